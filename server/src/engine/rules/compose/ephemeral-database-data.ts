import { isScalar, isSeq } from 'yaml';
import { defineRule } from '../../define';
import { isWithin, mountsOf } from '../../compose/mounts';
import { dataServiceOfService } from '../../compose/service-facts';
import { literalValue } from '../../compose/interpolation';
import { stringValue } from '../../compose/yaml-nodes';
import type { ComposeModel, ComposeService } from '../../compose/model';

type MessageId = 'noVolume';

export default defineRule<MessageId>({
  id: 'ephemeral-database-data',
  language: 'compose',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    noVolume:
      '`{{service}}` keeps its {{label}} data in `{{dir}}` without a volume mounted there: only an anonymous volume holds it, and after `docker compose down` the next `up` starts empty. Mount a named volume (`{{service}}-data:{{dir}}`).',
  },
  docs: {
    summary: 'Flags a database, queue or search engine (or a cache told to persist) whose data directory has no volume mounted.',
    why:
      'Without a mount at its data directory, a database writes into an anonymous volume (or the container\'s own layer). ' +
      'That survives a restart, but `docker compose down` followed by `up` creates a new container with a new, empty ' +
      'volume: the data seems gone, and the old volume lingers unnamed until a prune deletes it for good. A named volume ' +
      'is kept across `down`/`up` and is easy to back up.',
    bad: ['services:\n  db:\n    image: postgres:16\n'],
    good: [
      'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
      'services:\n  test-db:\n    image: postgres:16\n    tmpfs: /var/lib/postgresql/data\n',
    ],
    differences:
      'A bind mount counts as persistent too; `tmpfs` at the data directory and `volumes_from` are taken as deliberate. ' +
      'Caches (Redis, Valkey, Memcached) are only flagged when their command turns persistence on (`--appendonly yes`, `--save …`).',
    references: ['https://docs.docker.com/engine/storage/volumes/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const data = dataServiceOfService(compose, service);
      const image = service.get('image');
      if (!data || !image || data.dataDirs.length === 0 || service.get('volumes_from') || seen.has(image.valueSpan.start)) continue;
      // A cache is meant to be thrown away, unless its command turns persistence on.
      if (data.kind === 'cache' && !PERSISTENT_CACHE.test(commandOf(compose, service))) continue;
      const moved = data.dataDirVariable ? environmentValue(compose, service, data.dataDirVariable) : undefined;
      const dirs = moved ? [moved] : data.dataDirs;
      const mounted = [...mountsOf(compose, service).map((m) => m.target), ...tmpfsOf(compose, service)];
      // Unknown mount targets (variables) may well be the data directory.
      if (mounted.some((target) => target === undefined || dirs.some((dir) => isWithin(dir, target)))) continue;
      seen.add(image.valueSpan.start);
      report({ messageId: 'noVolume', data: { service: service.name, label: data.label, dir: dirs[0] }, span: image.valueSpan });
    }
  },
});

/** Redis-style persistence switched on: `--appendonly yes`, or `--save` with a schedule. */
const PERSISTENT_CACHE = /--appendonly\s+["']?yes\b|--save\s+(?!["']{2}|$)\S/;

function commandOf(compose: ComposeModel, service: ComposeService): string {
  const value = compose.deref(service.get('command')?.value);
  const items = isSeq(value) ? value.items.map((i) => compose.deref(i)) : [value];
  return items.map((item) => stringValue(item) ?? '').join(' ');
}

function tmpfsOf(compose: ComposeModel, service: ComposeService): (string | undefined)[] {
  const value = compose.deref(service.get('tmpfs')?.value);
  const items = isSeq(value) ? value.items.map((i) => compose.deref(i)) : [value];
  return items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [literalValue(item.value.split(':')[0])] : []));
}

function environmentValue(compose: ComposeModel, service: ComposeService, name: string): string | undefined {
  const entry = service.get('environment');
  if (entry && isSeq(entry.value)) {
    for (const item of entry.value.items) {
      const text = stringValue(compose.deref(item));
      if (text?.startsWith(`${name}=`)) return literalValue(text.slice(name.length + 1));
    }
  }
  const value = stringValue(compose.deref(compose.resolve(entry?.value)?.get(name)?.value));
  return value === undefined ? undefined : literalValue(value);
}
