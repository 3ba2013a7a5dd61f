import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initShellParserForTests } from '#test/shell-parser-setup';
import { parseDockerfile, type DockerInstruction } from './dockerfile';
import { commandsOf, programOf } from './run-commands';
import { maskForShell } from './run-script';

/** The commands of the file's RUN instructions (ONBUILD triggers included) as text, each word checked against the source. */
function runCommands(text: string): string[][] {
  const model = parseDockerfile(text);
  const runs = model.instructions.map((i) => i.trigger ?? i).filter((i): i is DockerInstruction => i.keyword === 'RUN');
  return runs.map((run) =>
    commandsOf(run, text, model.escapeChar).commands.map((command) => {
      for (const word of command.words) assert.equal(text.slice(word.span.start, word.span.end).replace(/[`\r]/g, (c) => (c === '`' ? '\\' : ' ')), word.raw);
      return command.words.map((w) => w.value).join(' ');
    }),
  );
}

describe('commandsOf', () => {
  before(() => initShellParserForTests());

  it('joins continuation lines and skips comment and empty lines inside them, keeping source spans', () => {
    const text = 'FROM debian:12\nRUN apt-get update \\\n# refresh first\n    && apt-get install -y \\\n\n        curl \\  \n        git\n';
    assert.deepEqual(runCommands(text), [['apt-get update', 'apt-get install -y curl git']]);
  });

  it('reads CRLF files and `# escape=` + backquote continuations', () => {
    assert.deepEqual(runCommands('FROM debian:12\r\nRUN echo a \\\r\n  b && ls\r\n'), [['echo a b', 'ls']]);
    assert.deepEqual(runCommands('# escape=`\nFROM debian:12\nRUN echo a `\n  b && ls C:\\dir\n'), [['echo a b', 'ls C:dir']]);
  });

  it('skips RUN flags and reads ONBUILD RUN', () => {
    assert.deepEqual(runCommands('FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci\nONBUILD RUN npm run build'), [['npm ci'], ['npm run build']]);
  });

  it('reads exec form as one command of plain words', () => {
    const model = parseDockerfile('FROM node:20\nRUN ["npm", "ci", "--omit=dev"]');
    const script = commandsOf(model.instructions[1], model.text, model.escapeChar);
    assert.deepEqual(script.commands.map((c) => c.words.map((w) => w.value)), [['npm', 'ci', '--omit=dev']]);
    assert.equal(script.usesShellSyntax, false);
  });

  it('runs the body of `RUN <<EOF` (and `RUN <<EOF bash -e`) as the script', () => {
    assert.deepEqual(runCommands('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n'), [['apt-get update', 'apt-get install -y curl']]);
    assert.deepEqual(runCommands('FROM debian:12\nRUN <<-EOT bash -ex\n\tset -o pipefail\n\tmake\n\tEOT\n'), [['set -o pipefail', 'make']]);
  });

  it('treats other here-documents as data of the command line', () => {
    assert.deepEqual(runCommands('FROM debian:12\nRUN cat <<EOF > /etc/app.conf && chmod 600 /etc/app.conf\nrm -rf /\nEOF\n'), [['cat', 'chmod 600 /etc/app.conf']]);
    assert.deepEqual(runCommands('FROM python:3.12\nRUN python3 <<EOF\nimport os\nEOF\n'), [['python3']]);
    assert.deepEqual(runCommands('FROM debian:12\nRUN <<A cat > /a && <<B cat > /b\nbody a\nA\nbody b\nB\n'), [['cat', 'cat']]);
    assert.deepEqual(runCommands("FROM debian:12\nRUN cat <<'EOF' > /f; echo done\nhello\nEOF\n"), [['cat', 'echo done']]);
  });

  it('skips a here-document script written for another interpreter', () => {
    assert.deepEqual(runCommands('FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\n'), [[]]);
    assert.deepEqual(runCommands('FROM debian:12\nRUN <<EOF\n#!/bin/bash\necho hi\nEOF\n'), [['echo hi']]);
  });

  it('parses each instruction once and shares the result', () => {
    const model = parseDockerfile('FROM debian:12\nRUN make');
    const run = model.instructions[1];
    assert.equal(commandsOf(run, model.text, model.escapeChar), commandsOf(run, model.text, model.escapeChar));
  });
});

describe('maskForShell', () => {
  it('keeps the length and masks what the Dockerfile frontend removes', () => {
    const raw = 'a \\  \n# c\n\n  b`\r\n  c';
    for (const escape of ['\\', '`']) assert.equal(maskForShell(raw, escape).length, raw.length);
    assert.equal(maskForShell('a \\  \n# c\n  b', '\\'), 'a   \\\n      b');
    assert.equal(maskForShell('a `\n  b', '`'), 'a \\\n  b');
  });
});

describe('programOf', () => {
  const program = (line: string) => {
    const model = parseDockerfile(`FROM x\nRUN ${line}`);
    const [command] = commandsOf(model.instructions[1], model.text, model.escapeChar).commands;
    return programOf(command)?.name;
  };
  before(() => initShellParserForTests());

  it('skips assignments and wrappers, with the values of their options', () => {
    assert.equal(program('A=1 sudo -u app -E npm ci'), 'npm');
    assert.equal(program('env -u HOME B=2 /usr/bin/pip install x'), 'pip');
    assert.equal(program('nice -n 10 make'), 'make');
    assert.equal(program('command -v curl'), 'command');
    assert.equal(program('A=1'), undefined);
  });
});
