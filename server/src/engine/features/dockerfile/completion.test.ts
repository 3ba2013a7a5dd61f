import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { dockerfileCompletion } from './completion';

/** `|` marks the cursor. */
function complete(marked: string) {
  const text = marked.replace('|', '');
  const entries = dockerfileCompletion(parseDocument(text, 'dockerfile'), marked.indexOf('|'));
  return entries.map((e) => ({ ...e, replaced: text.slice(e.span.start, e.span.end) }));
}
const labels = (marked: string) => complete(marked).map((e) => e.label);
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];

describe('Dockerfile completion: instructions', () => {
  it('offers only ARG and FROM before the first FROM, with snippets and our docs', () => {
    const entries = complete('# syntax=docker/dockerfile:1\n\nARG V=1\n|');
    assert.deepEqual(
      entries.map((e) => [e.label, e.insertText, e.snippet, e.replaced]),
      [
        ['FROM', 'FROM ${1:image}:${2:tag}', true, ''],
        ['ARG', 'ARG ${1:NAME}', true, ''],
      ],
    );
    assert.equal(entries[0].detail, 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]');
    assert.match(entries[0].documentation!, /^Starts a new build stage/);
  });

  it('offers every instruction but MAINTAINER in a stage, replacing the word typed so far', () => {
    const entries = complete('FROM alpine\nCO|');
    assert.deepEqual(entries.map((e) => e.label), ['FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK']);
    assert.ok(entries.every((e) => e.replaced === 'CO'));
    const copy = entries.find((e) => e.label === 'COPY')!;
    assert.equal(copy.detail, 'COPY [--from=<stage|image|context>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--parents] [--exclude=<pattern>] <src>... <dest>');
    assert.equal(entries.find((e) => e.label === 'CMD')!.detail, 'CMD ["<executable>", "<param>"...]');
  });

  it('inserts the bare keyword when the line already has arguments', () => {
    const copy = complete('FROM alpine\nCO|PY a b').find((e) => e.label === 'COPY')!;
    assert.deepEqual([copy.insertText, copy.snippet, copy.replaced], ['COPY', false, 'COPY']);
  });

  it('offers the instructions ONBUILD may wrap after ONBUILD', () => {
    const found = labels('FROM alpine\nONBUILD |');
    assert.ok(found.includes('RUN') && found.includes('COPY'));
    assert.ok(!found.includes('FROM') && !found.includes('ONBUILD') && !found.includes('MAINTAINER'));
  });

  it('offers nothing in comments, in heredoc bodies or on a heredoc delimiter', () => {
    assert.deepEqual(labels('FROM alpine\n# RUN --|'), []);
    assert.deepEqual(labels('FROM alpine\nRUN <<EOF\n  --|\nEOF\n'), []);
    assert.deepEqual(labels('FROM alpine\nRUN <<EOF\necho\nEO|F\n'), []);
    assert.deepEqual(labels('FROM alpine\nCOPY <<EOF /a\n$|'), []); // unterminated: the rest of the file is its body
    assert.deepEqual(labels('FROM alpine\nRUN apt-get install \\\n  # a comment $|\n  curl'), []);
  });

  it('completes after a heredoc has ended', () => {
    assert.ok(labels('FROM alpine\nRUN <<EOF\necho\nEOF\nCO|').includes('COPY'));
  });
});

describe('Dockerfile completion: parser directives', () => {
  it('offers the directives not yet written, at the top only', () => {
    const entries = complete('# syntax=docker/dockerfile:1\n# |');
    assert.deepEqual(entries.map((e) => [e.label, e.insertText]), [
      ['escape', 'escape=${1|`,\\\\|}'],
      ['check', 'check=${1:error=true}'],
    ]);
    assert.deepEqual(labels('# sy|'), ['syntax', 'escape', 'check']);
    assert.deepEqual(labels('FROM alpine\n# |'), []);
    assert.deepEqual(labels('# a comment\n# |'), []);
  });

  it('offers directive values', () => {
    assert.deepEqual(labels('# escape=|'), ['`', '\\']);
    assert.deepEqual(labels('# syntax=docker/|'), ['docker/dockerfile:1', 'docker/dockerfile:1-labs']);
  });
});

describe('Dockerfile completion: flags', () => {
  it('offers the flags of the instruction, without those already given', () => {
    const entries = complete('FROM alpine\nCOPY --link --|');
    assert.deepEqual(entries.map((e) => [e.label, e.insertText, e.replaced]), [
      ['--from=', '--from=${1:stage}', '--'],
      ['--chown=', '--chown=${1:10001}:${2:10001}', '--'],
      ['--chmod=', '--chmod=${1:0755}', '--'],
      ['--parents', '--parents', '--'],
      ['--exclude=', '--exclude=${1:pattern}', '--'],
    ]);
    assert.match(entries[0].documentation!, /^Copies from an earlier build stage/);
  });

  it('offers one --mount entry per mount type, with its required options', () => {
    assert.deepEqual(
      complete('FROM alpine\nRUN -|').map((e) => [e.label, e.insertText]),
      [
        ['--mount=type=bind', '--mount=type=bind,target=${1:<path>}'],
        ['--mount=type=cache', '--mount=type=cache,target=${1:<path>}'],
        ['--mount=type=tmpfs', '--mount=type=tmpfs,target=${1:<path>}'],
        ['--mount=type=secret', '--mount=type=secret,id=${1:<id>}'],
        ['--mount=type=ssh', '--mount=type=ssh'],
        ['--network=', '--network=$1'],
        ['--security=', '--security=$1'],
      ],
    );
  });

  it('offers flags and the first argument after the keyword, and no flag after an argument', () => {
    assert.deepEqual(labels('FROM base AS build\nFROM |'), ['--platform=', 'build', 'scratch']);
    assert.deepEqual(labels('FROM alpine\nCOPY a --|'), []);
    assert.deepEqual(labels('FROM alpine\nRUN echo --|'), []);
  });

  it('offers HEALTHCHECK options, then CMD or NONE', () => {
    assert.deepEqual(labels('FROM alpine\nHEALTHCHECK --interval=5s |'), ['--timeout=', '--start-period=', '--start-interval=', '--retries=', 'CMD', 'NONE']);
  });

  it('offers flag values', () => {
    assert.deepEqual(labels('FROM alpine\nRUN --network=|'), ['default', 'none', 'host']);
    assert.deepEqual(labels('FROM alpine\nRUN --security=|'), ['sandbox', 'insecure']);
    assert.deepEqual(labels('FROM --platform=|'), ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64']);
  });

  it('offers only earlier stage names after --from=', () => {
    const entries = complete('FROM golang AS build\nFROM alpine AS test\nCOPY --from=b| /out /out\nFROM scratch AS later');
    assert.deepEqual(entries.map((e) => [e.label, e.detail, e.replaced]), [
      ['build', 'stage 0 (FROM golang)', 'b'],
      ['test', 'stage 1 (FROM alpine)', 'b'],
    ]);
  });

  it('offers mount types, the keys of the mount type not yet given, and their values', () => {
    assert.deepEqual(labels('FROM alpine\nRUN --mount=type=|'), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.deepEqual(labels('FROM alpine\nRUN --mount=type=cache,target=/root/.npm,|'), ['id=', 'sharing=', 'from=', 'source=', 'mode=', 'uid=', 'gid=', 'ro']);
    assert.deepEqual(labels('FROM alpine\nRUN --mount=|'), ['type=', 'target=', 'source=', 'from=', 'rw']);
    assert.deepEqual(labels('FROM alpine\nRUN --mount=type=secret,id=npm,|'), ['target=', 'env=', 'required', 'mode=', 'uid=', 'gid=']);
    assert.deepEqual(labels('FROM alpine\nRUN --mount=type=cache,sharing=|'), ['shared', 'private', 'locked']);
    const stages = complete('FROM node AS deps\nFROM node\nRUN --mount=type=bind,from=d|,target=/x');
    assert.deepEqual(stages.map((e) => [e.label, e.replaced]), [['deps', 'd']]);
  });

  it('reads a flag across continued lines with a comment between them', () => {
    assert.deepEqual(labels('FROM alpine\nRUN --mount=type=cache,target=/x \\\n  # why\n  --network=|'), ['default', 'none', 'host']);
  });
});

describe('Dockerfile completion: arguments', () => {
  it('offers AS after the image of a FROM', () => {
    assert.deepEqual(complete('FROM node:20 |').map((e) => [e.label, e.insertText]), [['AS', 'AS ${1:name}']]);
  });

  it('offers SHELL forms, stop signals and exec form for CMD', () => {
    assert.deepEqual(labels('FROM alpine\nSHELL |'), ['["/bin/bash", "-o", "pipefail", "-c"]', '["/bin/ash", "-eo", "pipefail", "-c"]', '["/bin/sh", "-c"]', '["pwsh", "-Command"]', '["cmd", "/S", "/C"]']);
    assert.deepEqual(labels('FROM alpine\nSTOPSIGNAL |').slice(0, 3), ['SIGTERM', 'SIGINT', 'SIGQUIT']);
    assert.deepEqual(complete('FROM alpine\nCMD |').map((e) => e.insertText), ['["${1:executable}", "${2:param}"]']);
  });

  it('offers global ARGs not re-declared yet and the platform ARGs after ARG in a stage', () => {
    assert.deepEqual(labels('ARG VERSION=1\nARG OTHER\nFROM alpine\nARG OTHER\nARG |'), ['VERSION', ...PLATFORM_ARGS]);
  });
});

describe('Dockerfile completion: variables', () => {
  it('offers global ARGs and the platform ARGs in FROM, closing the brace', () => {
    const entries = complete('ARG NODE_VERSION=20\nFROM node:${N|');
    assert.deepEqual(entries.map((e) => e.label), ['NODE_VERSION', ...PLATFORM_ARGS]);
    assert.deepEqual([entries[0].insertText, entries[0].replaced, entries[0].detail], ['NODE_VERSION}', 'N', 'ARG NODE_VERSION=20']);
    assert.equal(complete('ARG V=1\nFROM node:${|}')[0].insertText, 'V');
  });

  it('offers ARG and ENV seen so far in the stage, inherited ones, and the predefined ARGs', () => {
    const text = 'ARG GLOBAL=1\nFROM alpine AS base\nENV BASE_HOME=/b\nFROM base\nARG GLOBAL\nENV A=1\nRUN echo $|\nENV LATER=1';
    const entries = complete(text);
    const declared = entries.filter((e) => !e.sortText!.startsWith('1') && !e.sortText!.startsWith('2')).map((e) => e.label);
    assert.deepEqual(declared, ['GLOBAL', 'A', 'BASE_HOME']);
    const names = entries.map((e) => e.label);
    for (const name of ['HTTP_PROXY', 'no_proxy', 'BUILDKIT_INLINE_CACHE', 'TARGETARCH']) assert.ok(names.includes(name), name);
    assert.ok(!names.includes('LATER'));
    assert.match(entries.find((e) => e.label === 'TARGETARCH')!.detail!, /Declare `ARG TARGETARCH` in this stage/);
  });

  it('leaves out a global ARG the stage has not re-declared', () => {
    assert.ok(!labels('ARG GLOBAL=1\nFROM alpine\nRUN echo ${|').includes('GLOBAL'));
  });

  it('offers nothing after an escaped $ or inside single quotes', () => {
    assert.deepEqual(labels("FROM alpine\nRUN echo '$|"), []);
    assert.deepEqual(labels('FROM alpine\nRUN echo \\$|'), []);
  });

  it('uses the escape directive', () => {
    assert.deepEqual(labels('# escape=`\nFROM alpine\nRUN echo `$|'), []);
    assert.deepEqual(labels('# escape=`\nFROM alpine\nRUN --mount=type=cache,target=/x `\n  --network=|'), ['default', 'none', 'host']);
  });
});
