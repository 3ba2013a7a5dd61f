import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isScalar } from 'yaml';
import { parseDocument } from '../document';
import type { ComposeModel } from './model';

const TEXT = `x-common: &common
  restart: unless-stopped
  environment:
    TZ: UTC
x-logs: &logs
  logging:
    driver: local
services:
  api:
    <<: [*common, *logs]
    image: nginx:1.27
    environment: !override
      A: "1"
    depends_on: [db]
    networks: [front]
    volumes:
      - data:/srv
      - ./conf:/etc/conf
      - type: volume
        source: cache
        target: /cache
    secrets: [token]
  db:
    <<: *common
    image: postgres:16
    restart: !reset null
    volumes_from: ["service:api:ro"]
    network_mode: "service:api"
networks:
  front:
volumes:
  data:
  cache:
secrets:
  token:
    file: ./token.txt
`;

const model = (text = TEXT): ComposeModel => parseDocument(text, 'compose').compose!;
const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('compose model', () => {
  it('lists services with their keys, merges applied and own keys first', () => {
    const m = model();
    assert.deepEqual(m.services.map((s) => s.name), ['api', 'db']);
    assert.deepEqual(m.service('api')!.keys.keys, ['image', 'environment', 'depends_on', 'networks', 'volumes', 'secrets', 'restart', 'logging']);
    // `!reset` drops the merged key; `!override` replaces it.
    assert.equal(m.service('db')!.get('restart'), undefined);
    assert.deepEqual(m.resolve(m.service('api')!.get('environment')!.value)!.keys, ['A']);
  });

  it('points merged entries at the anchor where they are written, and says which merge brought them', () => {
    const m = model();
    const restart = m.service('api')!.get('restart')!;
    assert.equal(at(TEXT, restart.keySpan), 'restart');
    assert.equal(restart.keySpan.start, TEXT.indexOf('restart'));
    assert.equal(at(TEXT, restart.valueSpan), 'unless-stopped');
    assert.equal(at(TEXT, { start: restart.mergedVia!.range![0], end: restart.mergedVia!.range![1] }), '[*common, *logs]');
    assert.equal(m.service('api')!.get('image')!.mergedVia, undefined);
  });

  it('locates logical paths through merges and aliases, and gives source paths', () => {
    const m = model();
    assert.equal(at(TEXT, m.locate(['services', 'api', 'logging', 'driver'])!.span), 'local');
    assert.equal(at(TEXT, m.locate(['services', 'api', 'volumes', 1])!.span), './conf:/etc/conf');
    assert.equal(m.locate(['services', 'nope']), undefined);
    const driver = m.locate(['services', 'api', 'logging', 'driver'])!.node!;
    assert.deepEqual(m.pathOf(driver), ['x-logs', 'logging', 'driver']);
  });

  it('declares top-level names and finds every reference with the span of the name', () => {
    const m = model();
    assert.deepEqual(m.declared('volumes').map((e) => e.key), ['data', 'cache']);
    assert.deepEqual(
      m.references.map((r) => [r.kind, r.name, at(TEXT, r.span), r.from, r.via]),
      [
        ['service', 'db', 'db', 'api', 'depends_on'],
        ['network', 'front', 'front', 'api', 'networks'],
        ['volume', 'data', 'data', 'api', 'volumes'],
        ['volume', 'cache', 'cache', 'api', 'volumes'],
        ['secret', 'token', 'token', 'api', 'secrets'],
        ['service', 'api', 'api', 'db', 'network_mode'],
        ['service', 'api', 'api', 'db', 'volumes_from'],
      ],
    );
  });

  it('gives the whole file as plain data, merges applied and !reset keys dropped', () => {
    const value = model().value;
    assert.ok(value.ok);
    const services = (value.value as { services: Record<string, Record<string, unknown>> }).services;
    assert.equal(services.api.restart, 'unless-stopped');
    assert.deepEqual({ ...(services.api.logging as object) }, { driver: 'local' });
    assert.equal('restart' in services.db, false);
  });

  it('keeps a key named __proto__ an ordinary key', () => {
    const value = model('services:\n  a:\n    labels:\n      __proto__: x\n').value;
    assert.ok(value.ok);
    const labels = (value.value as { services: { a: { labels: Record<string, unknown> } } }).services.a.labels;
    assert.deepEqual(Object.keys(labels), ['__proto__']);
  });

  it('reads a plain !override scalar with its YAML type and a quoted one as a string', () => {
    const value = model('services:\n  a:\n    scale: !override 3\n    user: !override "1000"\n').value;
    assert.ok(value.ok);
    assert.deepEqual({ ...(value.value as { services: { a: object } }).services.a }, { scale: 3, user: '1000' });
  });

  it('survives files that are not Compose-shaped', () => {
    for (const text of ['', '- a\n- b\n', 'services: 5\n', 'services:\n  - a\n', '{', 'a: *missing\n', '? [a]\n: b\n', 'services:\n  api: *nope\n']) {
      const m = model(text);
      assert.doesNotThrow(() => [m.services, m.references, m.value, m.declared('networks'), m.locate(['services', 'api'])], text);
    }
  });

  it('marks the merge key and reads keys as Compose does', () => {
    const m = model('services:\n  a:\n    ports:\n      8080: x\n');
    const ports = m.resolve(m.service('a')!.get('ports')!.value)!;
    assert.deepEqual(ports.keys, ['8080']);
    assert.ok(isScalar(ports.get('8080')!.keyNode));
  });
});
