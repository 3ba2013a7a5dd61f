/** schemas/shipshape.schema.json (editors complete .shipshape.yaml with it) agrees with what the config reader accepts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { parseShipshapeConfig, rules } from '../../server/src/engine';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'shipshape.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const GOOD = 'rules:\n  DL3008: off\n  shell-form-cmd: error\n  untrusted-base-image-registry:\n    severity: warning\n    options:\n      trustedRegistries: [docker.io]\n';
const BAD = ['rule:\n  x: off\n', 'rules:\n  shell-form-cmd: loud\n', 'rules:\n  shell-form-cmd:\n    level: off\n'];

test('the schema accepts what the reader accepts and rejects what it rejects', () => {
  assert.deepEqual(parseShipshapeConfig(GOOD).problems, []);
  assert.ok(validate(parse(GOOD)), JSON.stringify(validate.errors));
  for (const bad of BAD) {
    assert.ok(parseShipshapeConfig(bad).problems.length > 0, bad);
    assert.ok(!validate(parse(bad)), bad);
  }
});

test('the schema names every rule id and alias, with its summary', () => {
  const names = Object.keys(schema.properties.rules.properties);
  for (const rule of rules) {
    for (const name of [rule.id, ...rule.aliases]) assert.ok(names.includes(name), name);
    assert.equal(schema.properties.rules.properties[rule.id].description, rule.docs.summary);
  }
});
