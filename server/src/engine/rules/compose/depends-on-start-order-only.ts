import { isSeq, type YAMLSeq } from 'yaml';
import { defineRule } from '../../define';
import type { Edit } from '../../model';
import { insertLines, lineStartAt, nextLineStart, replace } from '../../fix/edits';
import { dependenciesOf, type Dependency } from '../../compose/dependencies';
import { dataServiceOfService, healthcheckState } from '../../compose/service-facts';
import { addHealthcheck, indentUnit } from '../../compose/block-edits';
import type { ComposeModel, ComposeService } from '../../compose/model';
import type { ComposeEntry } from '../../compose/merge';
import { spanOf } from '../../compose/yaml-nodes';

type MessageId = 'startOrderOnly' | 'waitForHealthy';

export default defineRule<MessageId>({
  id: 'depends-on-start-order-only',
  language: 'compose',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    startOrderOnly:
      '`{{from}}` only waits for the {{kind}} `{{to}}` to start, not to accept connections: on a fresh start it can fail to connect. Use `condition: service_healthy`{{needs}}.',
    waitForHealthy: 'Wait until `{{to}}` is healthy{{adding}}',
  },
  docs: {
    summary: 'Flags `depends_on` on a database, cache or queue that waits only for it to start.',
    why:
      'In its short form (and with `condition: service_started`) `depends_on` only orders start-up: Compose starts the ' +
      'application as soon as the database container runs, while the database may still be initialising for seconds. ' +
      'The application then fails to connect, crashes or retries, on a fresh checkout or in CI more than on a warm laptop. ' +
      '`condition: service_healthy` waits until the dependency\'s healthcheck passes.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n'],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n' +
        '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - worker\n  worker:\n    image: busybox:1.36\n',
    ],
    fixSafety:
      'Unsafe: the application then starts later, and only once the dependency is healthy. The fix writes the long form ' +
      '(`condition: service_healthy` for databases, caches and queues, `service_started` for the other entries of the ' +
      'same list) and, when the dependency has no healthcheck, adds the usual one for its image (`pg_isready`, ' +
      '`mysqladmin ping`, `redis-cli ping`, …), since Compose refuses `service_healthy` on a service without one. No fix ' +
      'when no healthcheck is known for the image, when the list is merged from an anchor, or when its items share lines.',
    references: ['https://docs.docker.com/compose/how-tos/startup-order/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const { entry, dependencies } = dependenciesOf(compose, service);
      for (const dependency of dependencies) {
        if (dependency.condition !== 'service_started') continue;
        const target = compose.service(dependency.name);
        const data = target && dataServiceOfService(compose, target);
        if (!target || !data) continue;
        const span = dependency.conditionSpan ?? dependency.nameSpan;
        if (seen.has(span.start)) continue;
        seen.add(span.start);
        const state = healthcheckState(compose, target);
        const fix = entry && !entry.mergedVia ? waitForHealthy(compose, entry, dependencies, dependency) : undefined;
        report({
          messageId: 'startOrderOnly',
          data: { from: service.name, to: target.name, kind: data.kind, needs: state === 'present' ? '' : ` (which needs a healthcheck on \`${target.name}\`)` },
          span,
          fixes: fix ? [{ messageId: 'waitForHealthy', data: { to: target.name, adding: fix.adding }, safety: 'unsafe', edits: fix.edits }] : [],
        });
      }
    }
  },
});

/** Whether a dependency can wait for health: it has a healthcheck, or we can add one (returned as an edit). */
function healthReady(compose: ComposeModel, target: ComposeService | undefined): { ok: boolean; edit?: Edit } {
  if (!target || !dataServiceOfService(compose, target)) return { ok: false };
  const state = healthcheckState(compose, target);
  if (state === 'present') return { ok: true };
  const edit = state === 'absent' ? addHealthcheck(compose, target) : undefined;
  return { ok: !!edit, edit };
}

function waitForHealthy(compose: ComposeModel, entry: ComposeEntry, dependencies: readonly Dependency[], flagged: Dependency): { edits: Edit[]; adding: string } | undefined {
  const target = compose.service(flagged.name);
  const ready = healthReady(compose, target);
  if (!ready.ok) return undefined;
  const adding = ready.edit ? ` (and give \`${flagged.name}\` a healthcheck)` : '';
  if (flagged.form === 'long') {
    // `db:` or `db: {}` has no `condition` to change.
    if (!flagged.conditionSpan) return undefined;
    return { edits: [replace(flagged.conditionSpan, 'service_healthy'), ...(ready.edit ? [ready.edit] : [])], adding };
  }
  if (!isSeq(entry.written)) return undefined;
  // The short form is converted whole: every item of the list becomes a key with its condition.
  const healthy = new Map<string, Edit | undefined>();
  for (const dependency of dependencies) {
    const state = healthReady(compose, compose.service(dependency.name));
    if (state.ok) healthy.set(dependency.name, state.edit);
  }
  const converted = entry.written.flow ? flowToLong(compose, entry.written, dependencies, healthy) : blockToLong(compose, entry, dependencies, healthy);
  if (!converted) return undefined;
  const checks = [...healthy.values()].filter((e): e is Edit => e !== undefined);
  return { edits: [...converted, ...checks], adding };
}

const condition = (healthy: Map<string, unknown>, name: string) => (healthy.has(name) ? 'service_healthy' : 'service_started');

/** `[db, cache]` → `{db: {condition: service_healthy}, cache: {condition: service_started}}`, on one line only. */
function flowToLong(compose: ComposeModel, list: YAMLSeq, dependencies: readonly Dependency[], healthy: Map<string, unknown>): Edit[] | undefined {
  const span = spanOf(list);
  if (!span || compose.text.slice(span.start, span.end).includes('\n') || dependencies.length !== list.items.length) return undefined;
  const items = dependencies.map((d) => `${compose.text.slice(d.nameSpan.start, d.nameSpan.end)}: {condition: ${condition(healthy, d.name)}}`);
  return [replace(span, `{${items.join(', ')}}`)];
}

/** Each `- name` line becomes `name:` with a `condition:` line under it; comments after the items stay on their lines. */
function blockToLong(compose: ComposeModel, entry: ComposeEntry, dependencies: readonly Dependency[], healthy: Map<string, unknown>): Edit[] | undefined {
  const { text } = compose;
  const list = entry.written as YAMLSeq;
  if (dependencies.length !== list.items.length) return undefined;
  const keyColumn = entry.keySpan.start - lineStartAt(text, entry.keySpan.start);
  const unit = indentUnit(compose);
  const edits: Edit[] = [];
  for (const dependency of dependencies) {
    const start = lineStartAt(text, dependency.nameSpan.start);
    const before = text.slice(start, dependency.nameSpan.start);
    const rest = text.slice(dependency.nameSpan.end, nextLineStart(text, dependency.nameSpan.end));
    if (!/^[ ]*-[ ]+$/.test(before) || !/^[ \t]*(#.*)?(\r?\n)?$/.test(rest)) return undefined;
    const column = Math.max(before.indexOf('-'), keyColumn + unit);
    const name = text.slice(dependency.nameSpan.start, dependency.nameSpan.end);
    edits.push(replace({ start, end: dependency.nameSpan.end }, `${' '.repeat(column)}${name}:`));
    edits.push(insertLines(text, nextLineStart(text, dependency.nameSpan.end), [`condition: ${condition(healthy, dependency.name)}`], ' '.repeat(column + unit)));
  }
  return edits;
}
