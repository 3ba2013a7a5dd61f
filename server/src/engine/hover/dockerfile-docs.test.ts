import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directiveDocs, flagDocs, instructionDocs, mountTypeDocs, type KeywordDoc } from './dockerfile-docs';

const INSTRUCTIONS = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
];

const REQUIRED_FLAGS = [
  'FROM --platform',
  'RUN --mount',
  'RUN --network',
  'RUN --security',
  'COPY --from',
  'COPY --chown',
  'COPY --chmod',
  'COPY --link',
  'COPY --parents',
  'COPY --exclude',
  'ADD --chown',
  'ADD --chmod',
  'ADD --link',
  'ADD --checksum',
  'ADD --keep-git-dir',
  'ADD --exclude',
  'HEALTHCHECK --interval',
  'HEALTHCHECK --timeout',
  'HEALTHCHECK --start-period',
  'HEALTHCHECK --start-interval',
  'HEALTHCHECK --retries',
];

const MOUNT_TYPES = ['cache', 'secret', 'ssh', 'bind', 'tmpfs'];
const DIRECTIVES = ['syntax', 'escape', 'check'];

const allTables: Record<string, Record<string, KeywordDoc>> = {
  instructionDocs,
  flagDocs,
  mountTypeDocs,
  directiveDocs,
};

function* allEntries(): Generator<[string, KeywordDoc]> {
  for (const [table, docs] of Object.entries(allTables)) {
    for (const [key, doc] of Object.entries(docs)) yield [`${table}[${key}]`, doc];
  }
}

/** Sentences in a text, ignoring periods inside `inline code`. */
function sentenceCount(text: string): number {
  const prose = text.replace(/`[^`]*`/g, 'code');
  return prose.split(/[.!?](?=\s|$)/).filter((part) => part.trim() !== '').length;
}

test('all 18 instructions are documented, and nothing else', () => {
  assert.deepEqual(Object.keys(instructionDocs).sort(), [...INSTRUCTIONS].sort());
});

test('every entry has non-empty, trimmed fields', () => {
  for (const [name, doc] of allEntries()) {
    for (const field of ['summary', 'layer', 'pitfall', 'example'] as const) {
      const value = doc[field];
      assert.equal(typeof value, 'string', `${name}.${field} is a string`);
      assert.notEqual(value.trim(), '', `${name}.${field} is empty`);
      assert.equal(value, value.trim(), `${name}.${field} has surrounding whitespace`);
    }
  }
});

test('summaries are a single line and a single sentence; layer notes are short', () => {
  for (const [name, doc] of allEntries()) {
    assert.ok(!doc.summary.includes('\n'), `${name}.summary spans lines`);
    assert.equal(sentenceCount(doc.summary), 1, `${name}.summary is not one sentence`);
    assert.ok(!doc.layer.includes('\n'), `${name}.layer spans lines`);
    assert.ok(doc.layer.length <= 60, `${name}.layer is too long`);
  }
});

test('pitfalls are one to three sentences', () => {
  for (const [name, doc] of allEntries()) {
    assert.ok(!doc.pitfall.includes('\n'), `${name}.pitfall spans lines`);
    const count = sentenceCount(doc.pitfall);
    assert.ok(count >= 1 && count <= 3, `${name}.pitfall has ${count} sentences`);
  }
});

test('every example is exactly two non-empty lines', () => {
  for (const [name, doc] of allEntries()) {
    const lines = doc.example.split('\n');
    assert.equal(lines.length, 2, `${name}.example has ${lines.length} lines`);
    for (const line of lines) {
      assert.notEqual(line.trim(), '', `${name}.example has an empty line`);
      assert.ok(!line.includes('\r') && !line.includes('\t'), `${name}.example has a CR or tab`);
    }
  }
});

test('instruction examples use the instruction they document', () => {
  for (const [keyword, doc] of Object.entries(instructionDocs)) {
    if (keyword === 'MAINTAINER') continue; // the example shows its replacement
    assert.match(doc.example, new RegExp(`^(?:[^\\n]*\\n)?${keyword}\\b`, 'm'), `${keyword} example`);
  }
});

test('flag keys are `INSTRUCTION --flag` with a known instruction, and examples use the flag', () => {
  for (const [key, doc] of Object.entries(flagDocs)) {
    const match = /^([A-Z]+) --([a-z][a-z-]*)$/.exec(key);
    assert.ok(match, `malformed flag key: ${key}`);
    const [, instruction, flag] = match;
    assert.ok(INSTRUCTIONS.includes(instruction!), `unknown instruction in flag key: ${key}`);
    assert.ok(doc.example.includes(`--${flag}`), `${key} example does not use --${flag}`);
  }
});

test('all required flags are documented', () => {
  for (const key of REQUIRED_FLAGS) assert.ok(key in flagDocs, `missing flag doc: ${key}`);
});

test('all mount types are documented, and their examples use them', () => {
  assert.deepEqual(Object.keys(mountTypeDocs).sort(), [...MOUNT_TYPES].sort());
  for (const [type, doc] of Object.entries(mountTypeDocs)) {
    assert.ok(doc.example.includes(`--mount=type=${type}`), `${type} example does not mount type=${type}`);
  }
});

test('all parser directives are documented, and their examples start with the directive', () => {
  assert.deepEqual(Object.keys(directiveDocs).sort(), [...DIRECTIVES].sort());
  for (const [name, doc] of Object.entries(directiveDocs)) {
    assert.ok(doc.example.startsWith(`# ${name}=`), `${name} example does not start with the directive`);
  }
});
