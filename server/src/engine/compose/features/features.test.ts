import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { keysAt } from '../schema/navigate';
import { keyDocOf } from './hover';
import { composeHover } from './hover';
import { completionContext } from './completion-context';
import { composeFeatures } from './index';

/** `|` marks the cursor. */
function at(marked: string): { text: string; offset: number } {
  return { text: marked.replace('|', ''), offset: marked.indexOf('|') };
}

const labels = (marked: string) => {
  const { text, offset } = at(marked);
  return composeFeatures.completion!(parseDocument(text, 'compose'), offset).map((e) => e.label);
};

describe('compose hover docs', () => {
  it('has our own text for every key the schema knows in the sections people edit', () => {
    const paths: (string | number)[][] = [
      [],
      ['services', 'a'],
      ['services', 'a', 'build'],
      ['services', 'a', 'deploy'],
      ['services', 'a', 'deploy', 'resources'],
      ['services', 'a', 'deploy', 'resources', 'limits'],
      ['services', 'a', 'deploy', 'resources', 'reservations'],
      ['services', 'a', 'deploy', 'restart_policy'],
      ['services', 'a', 'deploy', 'update_config'],
      ['services', 'a', 'deploy', 'placement'],
      ['services', 'a', 'healthcheck'],
      ['services', 'a', 'depends_on', 'db'],
      ['services', 'a', 'networks', 'front'],
      ['services', 'a', 'volumes', 0],
      ['services', 'a', 'ports', 0],
      ['services', 'a', 'secrets', 0],
      ['services', 'a', 'configs', 0],
      ['services', 'a', 'logging'],
      ['services', 'a', 'develop', 'watch', 0],
      ['services', 'a', 'post_start', 0],
      ['services', 'a', 'extends'],
      ['networks', 'n'],
      ['volumes', 'v'],
      ['secrets', 's'],
      ['configs', 'c'],
      ['models', 'm'],
      ['include', 0],
    ];
    const missing = paths.flatMap((path) => keysAt(path).filter((k) => !keyDocOf(path, k.name)).map((k) => `${path.join('.')}.${k.name}`));
    assert.deepEqual(missing, []);
  });

  it('explains a key of an anchor merged into a service as a service key, and falls back to the schema', () => {
    const { text, offset } = at('x-base: &base\n  rest|art: always\nservices:\n  api:\n    <<: *base\n    image: nginx\n');
    assert.match(composeHover(parseDocument(text, 'compose').compose!, offset)!.markdown, /^\*\*`restart`\*\* · service key/);
    const other = at('services:\n  api:\n    image: nginx\n    labels:\n      a: b\n    device_cgroup_rules: []\n    annotat|ions: {}\n');
    assert.match(composeHover(parseDocument(other.text, 'compose').compose!, other.offset)!.markdown, /annotations/);
    const value = at('services:\n  api:\n    image: ngi|nx\n');
    assert.equal(composeHover(parseDocument(value.text, 'compose').compose!, value.offset), undefined);
  });
});

describe('compose completion context', () => {
  const context = (marked: string) => {
    const { text, offset } = at(marked);
    const c = completionContext(text, offset);
    return c && { parent: c.parent, mode: c.mode, key: c.key, prefix: c.prefix, siblings: [...c.siblings] };
  };

  it('reads the mapping path from indentation, through list items and indentless lists', () => {
    assert.deepEqual(context('services:\n  api:\n    image: x\n    hea|\n    ports: []\n'), { parent: ['services', 'api'], mode: 'key', key: undefined, prefix: 'hea', siblings: ['image', 'ports'] });
    assert.deepEqual(context('services:\n  api:\n    ports:\n      - target: 80\n        pub|\n'), { parent: ['services', 'api', 'ports', 0], mode: 'key', key: undefined, prefix: 'pub', siblings: ['target'] });
    assert.deepEqual(context('services:\n  api:\n    ports:\n    - "80:80"\n    - |\n'), { parent: ['services', 'api', 'ports'], mode: 'item', key: undefined, prefix: '', siblings: [] });
    assert.deepEqual(context('services:\n  api:\n    depends_on:\n      db:\n        condition: serv|\n'), { parent: ['services', 'api', 'depends_on', 'db'], mode: 'value', key: 'condition', prefix: 'serv', siblings: [] });
    assert.deepEqual(context('services:\n  api:\n    networks: [front, ba|\n'), { parent: ['services', 'api', 'networks'], mode: 'item', key: undefined, prefix: 'ba', siblings: [] });
    assert.deepEqual(context('x-base: &base\n  # shared\n  re|\n'), { parent: ['x-base'], mode: 'key', key: undefined, prefix: 're', siblings: [] });
  });

  it('offers nothing in comments and block text', () => {
    assert.equal(context('services:\n  api:\n    # hea|\n'), undefined);
    assert.equal(context('services:\n  api:\n    command: echo "a b|'), undefined);
  });
});

describe('compose completion', () => {
  it('completes keys of the mapping at the cursor, without those already there', () => {
    const keys = labels('services:\n  api:\n    image: nginx\n    |\n');
    assert.ok(keys.includes('healthcheck') && keys.includes('depends_on') && !keys.includes('image'));
    assert.deepEqual(labels('services:\n  api:\n    deploy:\n      resources:\n        limits:\n          |\n'), ['cpus', 'memory', 'pids']);
    assert.ok(labels('x-base: &base\n  |\nservices:\n  api:\n    <<: *base\n').includes('restart'), 'keys of an anchor merged into a service');
  });

  it('completes allowed and common values, and booleans', () => {
    assert.deepEqual(labels('services:\n  api:\n    depends_on:\n      db:\n        condition: |\n  db:\n    image: x\n'), ['service_started', 'service_healthy', 'service_completed_successfully']);
    assert.deepEqual(labels('services:\n  api:\n    read_only: |\n'), ['true', 'false']);
    assert.deepEqual(labels('services:\n  api:\n    network_mode: |\n  vpn:\n    image: x\n'), ['bridge', 'host', 'none', 'service:vpn']);
  });

  it('completes declared names where they are referenced', () => {
    const file = (body: string) => `services:\n  api:\n${body}\n  db:\n    image: postgres\n  cache:\n    image: redis\nnetworks:\n  front:\nvolumes:\n  pgdata:\nsecrets:\n  token:\n    file: t.txt\n`;
    assert.deepEqual(labels(file('    depends_on:\n      - |')), ['db', 'cache']);
    assert.deepEqual(labels(file('    depends_on:\n      |')), ['db', 'cache']);
    assert.deepEqual(labels(file('    networks: [|]')), ['front']);
    assert.ok(labels(file('    volumes:\n      - |')).includes('pgdata'));
    assert.deepEqual(labels(file('    secrets:\n      - source: |')), ['token']);
    assert.deepEqual(labels(file('    extends:\n      service: |')), ['db', 'cache']);
  });
});

describe('compose navigation, symbols and links', () => {
  const TEXT = 'services:\n  api:\n    depends_on: [db]\n    volumes: ["data:/d"]\n  db:\n    image: postgres\n    volumes_from: [api]\nvolumes:\n  data:\n';
  const doc = parseDocument(TEXT, 'compose');
  const text = (spans: readonly object[]) => (spans as { start: number; end: number }[]).map((s) => `${TEXT.slice(s.start, s.end)}@${s.start}`);

  it('goes from a reference to the declaration and back', () => {
    assert.deepEqual(text(composeFeatures.definition!(doc, TEXT.indexOf('[db]') + 1)), [`db@${TEXT.indexOf('  db:') + 2}`]);
    assert.deepEqual(text(composeFeatures.definition!(doc, TEXT.indexOf('data:/d'))), [`data@${TEXT.indexOf('  data:') + 2}`]);
    assert.deepEqual(text(composeFeatures.references!(doc, TEXT.indexOf('  api:') + 3, false)), [`api@${TEXT.indexOf('[api]') + 1}`]);
    assert.deepEqual(composeFeatures.definition!(doc, TEXT.indexOf('postgres')), []);
  });

  it('outlines sections and services', () => {
    const symbols = composeFeatures.symbols!(doc);
    assert.deepEqual(symbols.map((s) => [s.name, s.children.map((c) => c.name)]), [['services', ['api', 'db']], ['volumes', ['data']]]);
  });

  it('links paths, and skips URLs and variables', () => {
    const source = 'services:\n  a:\n    build: https://github.com/acme/app.git\n    env_file: ${ENV_FILE}\n  b:\n    build:\n      context: ./b\n    extends:\n      file: base.yaml\n      service: x\nsecrets:\n  s:\n    file: ./s.txt\n';
    const links = composeFeatures.links!(parseDocument(source, 'compose'));
    assert.deepEqual(links.map((l) => [source.slice(l.span.start, l.span.end), l.target]), [
      ['./b', './b/Dockerfile'],
      ['base.yaml', 'base.yaml'],
      ['./s.txt', './s.txt'],
    ]);
  });
});
