import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { applyEdits } from '../../fix/apply';
import type { Span } from '../../model';
import { composeFeatures as features } from './index';

const TEXT = [
  '# The app',
  '# and its database',
  'services:',
  '  api:',
  '    build:',
  '      context: ./api',
  '      target: prod',
  '    depends_on:',
  '      db:',
  '        condition: service_healthy',
  '    networks: [front]',
  '    volumes:',
  '      - data:/var/lib/data',
  '    secrets:',
  '      - token',
  '    command: |',
  '      # not a comment',
  '      run',
  '  "db":',
  '    image: postgres',
  '    links: ["db:database"]',
  '    network_mode: service:api',
  '    secrets:',
  '      - source: token',
  'networks:',
  '  front:',
  'volumes:',
  '  data:',
  'secrets:',
  '  token:',
  '    file: ./token.txt',
  '',
].join('\n');
const doc = parseDocument(TEXT, 'compose');
const lineOf = (offset: number) => doc.lines.positionAt(offset).line;
const shown = (spans: Span[]) => spans.map((s) => `${TEXT.slice(s.start, s.end)}@${lineOf(s.start)}`);
const at = (needle: string, shift = 0) => {
  const index = TEXT.indexOf(needle);
  assert.ok(index >= 0, needle);
  return index + shift;
};

describe('compose rename and highlights', () => {
  it('highlights a service key (quoted or not) and its uses in depends_on, links and network_mode', () => {
    assert.deepEqual(shown(features.highlights!(doc, at('db:')).map((h) => h.span)), ['db@8', 'db@18', 'db@20']);
    assert.deepEqual(features.highlights!(doc, at('"db"', 1)).map((h) => h.kind), ['read', 'write', 'read']);
    assert.deepEqual(shown(features.highlights!(doc, at('service:api', 8)).map((h) => h.span)), ['api@3', 'api@21']);
  });

  it('renames a secret in short and long syntax, a volume in short syntax, and a network in a flow list', () => {
    const rename = (needle: string, shift: number, newName: string) => {
      const result = features.rename!(doc, at(needle, shift), newName);
      assert.ok(result && 'edits' in result, JSON.stringify(result));
      return applyEdits(TEXT, result.edits);
    };
    const secrets = rename('- token', 2, 'api_token');
    assert.equal(secrets.match(/api_token/g)?.length, 3);
    assert.ok(rename('data:/var', 0, 'pgdata').includes('- pgdata:/var/lib/data\n') && rename('data:/var', 0, 'pgdata').includes('\n  pgdata:\n'));
    assert.ok(rename('[front]', 1, 'edge').includes('networks: [edge]') && rename('[front]', 1, 'edge').includes('\n  edge:\n'));
    assert.equal(rename('"db"', 1, 'postgres'), TEXT.replace('      db:', '      postgres:').replace('"db":', '"postgres":').replace('["db:', '["postgres:'));
  });

  it('prepares rename on the name only, and refuses clashes and names YAML would not read as strings', () => {
    assert.deepEqual(features.prepareRename!(doc, at('"db"', 2)), { span: { start: at('"db"', 1), end: at('"db"', 3) }, placeholder: 'db' });
    assert.equal(features.prepareRename!(doc, at('image')), undefined);
    const error = (newName: string) => (features.rename!(doc, at('db:'), newName) as { error?: string }).error;
    assert.match(error('api')!, /already exists/);
    assert.match(error('true')!, /not a valid service name/);
    assert.match(error('a/b')!, /not a valid service name/);
  });
});

describe('compose folding and workspace symbols', () => {
  it('folds keys and items spanning lines, and comment blocks but not `#` lines in block scalars', () => {
    const folds = features.folding!(doc)
      .map((f) => [lineOf(f.span.start), lineOf(f.span.end), f.kind])
      .filter(([start, end]) => start !== end);
    assert.deepEqual(folds, [
      [0, 1, 'comment'],
      [2, 23, undefined],
      [3, 17, undefined],
      [4, 6, undefined],
      [7, 9, undefined],
      [8, 9, undefined],
      [11, 12, undefined],
      [13, 14, undefined],
      [15, 17, undefined],
      [18, 23, undefined],
      [22, 23, undefined],
      [24, 25, undefined],
      [26, 27, undefined],
      [28, 30, undefined],
      [29, 30, undefined],
    ]);
  });

  it('offers services to a workspace search', () => {
    assert.deepEqual(features.workspaceSymbols!(doc).map((s) => [s.name, s.detail]), [['api', 'build'], ['db', 'postgres']]);
  });
});

describe('compose build.target', () => {
  const files: Record<string, string> = { './api/Dockerfile': 'FROM node:20 AS Build\nFROM build AS Prod\n' };
  const facts = { readFile: (path: string) => files[path] };

  it('goes to the stage in the Dockerfile the service builds', () => {
    assert.deepEqual(features.definition!(doc, at('prod', 2), facts), [{ path: './api/Dockerfile', text: files['./api/Dockerfile'], span: { start: 36, end: 40 } }]);
    assert.deepEqual(features.definition!(doc, at('prod', 2), {}), []);
  });

  it('lists every build.target with the Dockerfile it names', () => {
    assert.deepEqual(features.stageReferences!(doc), [{ span: { start: at('prod'), end: at('prod') + 4 }, stage: 'prod', dockerfile: './api/Dockerfile' }]);
    const remote = parseDocument('services:\n  a:\n    build:\n      context: https://github.com/x/y.git\n      target: t\n  b:\n    build:\n      dockerfile: ci/Dockerfile\n      target: "t2"\n', 'compose');
    assert.deepEqual(features.stageReferences!(remote).map((r) => [r.stage, r.dockerfile]), [['t2', 'ci/Dockerfile']]);
  });

  it('completes the stages of that Dockerfile', () => {
    const text = TEXT.replace('target: prod', 'target: ');
    const entries = features.completion!(parseDocument(text, 'compose'), text.indexOf('target: ') + 8, facts);
    assert.deepEqual(entries.filter((e) => e.detail === 'stage of the Dockerfile').map((e) => e.label), ['Build', 'Prod']);
  });
});
