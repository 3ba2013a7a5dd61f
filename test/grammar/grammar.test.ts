/**
 * The Dockerfile TextMate grammar (syntaxes/dockerfile.tmLanguage.json), tokenized with the engine VS Code uses
 * (vscode-textmate + vscode-oniguruma). `source.shell` is stubbed by fixtures/shell.tmLanguage.json, a tiny
 * grammar whose double-quoted string spans lines like the real one's: the point is where the embedded shell
 * starts and ends, not how the shell is colored.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import * as textmate from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'fixtures');
const GRAMMAR = join(root, 'syntaxes', 'dockerfile.tmLanguage.json');
const LANGUAGE_CONFIGURATION = join(root, 'syntaxes', 'language-configuration.json');
const SHELL_STUB = join(fixtures, 'shell.tmLanguage.json');

// ---- tokenizing ----
interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}
interface Tokenized {
  lines: string[];
  tokens: Token[][];
}

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<void> {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = scopeName === 'source.dockerfile' ? GRAMMAR : scopeName === 'source.shell' ? SHELL_STUB : undefined;
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  const loaded = await registry.loadGrammar('source.dockerfile');
  assert.ok(loaded, 'source.dockerfile did not load');
  grammar = loaded;
}

function tokenize(source: string): Tokenized {
  const lines = source.split(/\r?\n/);
  let state: textmate.StateStack = textmate.INITIAL;
  const tokens = lines.map((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    assert.ok(!result.stoppedEarly, `tokenizing stopped early on line ${index + 1}`);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
  return { lines, tokens };
}

function fixture(name: string): Tokenized {
  return tokenize(readFileSync(join(fixtures, name), 'utf8'));
}

/** Index of the first line (from `from`) that contains `text`. */
function lineOf(doc: Tokenized, text: string, from = 0): number {
  const index = doc.lines.findIndex((line, i) => i >= from && line.includes(text));
  assert.notEqual(index, -1, `no line contains ${JSON.stringify(text)}`);
  return index;
}

/** Scopes of the token at the first character of the `occurrence`-th `needle` on line `line`. */
function scopesAt(doc: Tokenized, line: number, needle: string, occurrence = 0): string[] {
  let column = -1;
  for (let i = 0; i <= occurrence; i++) {
    column = doc.lines[line]!.indexOf(needle, column + 1);
    assert.notEqual(column, -1, `${JSON.stringify(needle)} (#${occurrence}) not on line ${line + 1}: ${doc.lines[line]}`);
  }
  const token = doc.tokens[line]!.find((t) => t.start <= column && column < t.end);
  assert.ok(token, `no token at line ${line + 1}, column ${column}`);
  return token.scopes;
}

function describeAt(doc: Tokenized, line: number, needle: string): string {
  return `${JSON.stringify(needle)} on line ${line + 1} (${JSON.stringify(doc.lines[line])})`;
}

/** The token at `needle` has `scope` (exactly, as one of its scopes). */
function expectScope(doc: Tokenized, line: number, needle: string, scope: string, occurrence = 0): void {
  const scopes = scopesAt(doc, line, needle, occurrence);
  assert.ok(scopes.includes(scope), `${describeAt(doc, line, needle)} should have ${scope}; has ${scopes.join(' ')}`);
}

/** No scope of the token at `needle` starts with `prefix`. */
function expectNoScope(doc: Tokenized, line: number, needle: string, prefix: string, occurrence = 0): void {
  const scopes = scopesAt(doc, line, needle, occurrence);
  assert.ok(!scopes.some((s) => s.startsWith(prefix)), `${describeAt(doc, line, needle)} should have no ${prefix}*; has ${scopes.join(' ')}`);
}

const KEYWORD = 'keyword.other.special-method.dockerfile';
const SHELL = 'meta.embedded.block.shellscript';
const COMMENT = 'comment.line.number-sign.dockerfile';
const VARIABLE = 'variable.other.dockerfile';

/** `needle` on `line` is a Dockerfile instruction keyword outside any embedded shell. */
function expectInstruction(doc: Tokenized, line: number, needle: string): void {
  expectScope(doc, line, needle, KEYWORD);
  expectNoScope(doc, line, needle, SHELL);
}

before(loadGrammar);

describe('grammar file', () => {
  const raw = JSON.parse(readFileSync(GRAMMAR, 'utf8')) as { scopeName: string; repository: Record<string, unknown>; patterns: unknown[] };

  it('is source.dockerfile, and every include is local or into source.shell', () => {
    assert.equal(raw.scopeName, 'source.dockerfile');
    const includes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'include' && typeof value === 'string') includes.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    for (const include of includes) {
      if (include.startsWith('#')) assert.ok(include.slice(1) in raw.repository, `unknown repository rule ${include}`);
      else assert.ok(/^source\.shell(#[\w-]+)?$/.test(include), `unexpected external include ${include}`);
    }
    const used = new Set(includes.filter((i) => i.startsWith('#')).map((i) => i.slice(1)));
    const unused = Object.keys(raw.repository).filter((name) => !used.has(name));
    assert.deepEqual(unused, [], 'repository rules nothing includes');
  });

  it('language configuration: comments, brackets, pairs and continuation onEnterRules', () => {
    const config = JSON.parse(readFileSync(LANGUAGE_CONFIGURATION, 'utf8')) as {
      comments: { lineComment: string };
      brackets: [string, string][];
      autoClosingPairs: { open: string; close: string }[];
      surroundingPairs: [string, string][];
      onEnterRules: { beforeText: string; previousLineText?: string; action: { indent: string } }[];
    };
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets.map((b) => b.join('')).sort(), ['()', '[]', '{}']);
    for (const pair of ['""', "''", '[]', '{}', '()']) {
      assert.ok(config.autoClosingPairs.some((p) => p.open + p.close === pair), `autoClosingPairs ${pair}`);
      assert.ok(config.surroundingPairs.some((p) => p.join('') === pair), `surroundingPairs ${pair}`);
    }
    // VS Code applies the first rule whose regexes match (beforeText: the line up to the cursor).
    const indentOnEnter = (previousLine: string, before: string): string | undefined =>
      config.onEnterRules.find(
        (rule) => new RegExp(rule.beforeText).test(before) && (rule.previousLineText === undefined || new RegExp(rule.previousLineText).test(previousLine)),
      )?.action.indent;
    assert.equal(indentOnEnter('FROM alpine', 'RUN apk add curl \\'), 'indent');
    assert.equal(indentOnEnter('FROM alpine', 'RUN apk add curl \\  '), 'indent');
    assert.equal(indentOnEnter('RUN apk add \\', '    curl \\'), 'none');
    assert.equal(indentOnEnter('RUN apk add \\', '    curl'), 'outdent');
    assert.equal(indentOnEnter('RUN apk add \\', '    # a comment inside the continuation'), undefined);
    assert.equal(indentOnEnter('FROM alpine', 'RUN apk add curl'), undefined);
  });
});

describe('Dockerfile instructions', () => {
  let doc: Tokenized;
  before(() => {
    doc = fixture('instructions.Dockerfile.txt');
  });

  it('parser directives at the top; the same text later is a comment', () => {
    expectScope(doc, 0, 'syntax', 'keyword.other.directive.dockerfile');
    expectScope(doc, 0, 'docker/dockerfile:1.7', 'string.unquoted.directive-value.dockerfile');
    expectScope(doc, 0, '#', 'punctuation.definition.directive.dockerfile');
    expectScope(doc, 1, 'escape', 'keyword.other.directive.dockerfile');
    expectScope(doc, 2, 'check', 'keyword.other.directive.dockerfile');
    expectScope(doc, 2, 'skip=JSONArgsRecommended;error=true', 'string.unquoted.directive-value.dockerfile');
    expectScope(doc, 3, 'An ordinary comment', COMMENT);
    expectScope(doc, 4, 'syntax=this-is-just-a-comment', COMMENT);
    expectNoScope(doc, 4, 'syntax', 'keyword.other.directive');
  });

  it('instruction keywords, case-insensitive, with leading whitespace', () => {
    for (const keyword of ['ARG', 'FROM', 'COPY', 'ADD', 'ENV', 'LABEL', 'EXPOSE', 'USER', 'VOLUME', 'STOPSIGNAL', 'SHELL', 'MAINTAINER', 'HEALTHCHECK']) {
      expectInstruction(doc, lineOf(doc, `${keyword} `), keyword);
    }
    expectInstruction(doc, lineOf(doc, '  workdir /app'), 'workdir');
    const onbuild = lineOf(doc, 'ONBUILD COPY');
    expectInstruction(doc, onbuild, 'ONBUILD');
    expectInstruction(doc, onbuild, 'COPY');
    expectScope(doc, lineOf(doc, 'HEALTHCHECK NONE'), 'NONE', 'constant.language.none.dockerfile');
  });

  it('FROM: flag, image, AS and the stage name', () => {
    const from = lineOf(doc, 'FROM --platform');
    expectScope(doc, from, '--platform', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, from, '$BUILDPLATFORM', VARIABLE);
    expectScope(doc, from, '${BASE_IMAGE', 'string.unquoted.image.dockerfile');
    expectScope(doc, from, 'BASE_IMAGE', VARIABLE);
    expectScope(doc, from, ':-', 'keyword.operator.expansion.dockerfile');
    expectScope(doc, from, 'AS build', 'keyword.other.as.dockerfile');
    expectScope(doc, from, 'build', 'entity.name.type.stage.dockerfile');
    const final = lineOf(doc, 'FROM build AS final');
    expectScope(doc, final, 'build', 'string.unquoted.image.dockerfile');
    expectScope(doc, final, 'final', 'entity.name.type.stage.dockerfile');
  });

  it('flags --name=value and boolean flags', () => {
    const copy = lineOf(doc, 'COPY --from=deps');
    expectScope(doc, copy, '--from', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, copy, '--', 'punctuation.definition.flag.dockerfile');
    expectScope(doc, copy, '=deps', 'keyword.operator.assignment.dockerfile');
    expectScope(doc, copy, 'deps', 'string.unquoted.flag-value.dockerfile');
    expectScope(doc, copy, '--chown', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, copy, '--link', 'entity.other.attribute-name.flag.dockerfile');
    expectNoScope(doc, copy, '/deps', 'meta.flag');
    expectScope(doc, lineOf(doc, 'ADD --checksum'), 'sha256:', 'string.unquoted.flag-value.dockerfile');
  });

  it('variables: $VAR, ${VAR}, ${VAR:-default}; none in single quotes', () => {
    const arg = lineOf(doc, 'ARG BASE_IMAGE');
    expectScope(doc, arg, 'BASE_IMAGE', 'variable.other.arg.dockerfile');
    expectScope(doc, arg, 'node:20-alpine', 'string.unquoted.value.dockerfile');
    expectScope(doc, lineOf(doc, 'ARG VERSION'), 'VERSION', 'variable.other.arg.dockerfile');
    const env = lineOf(doc, 'ENV NODE_ENV');
    expectScope(doc, env, 'NODE_ENV', 'variable.other.env.dockerfile');
    expectScope(doc, env, '=production', 'keyword.operator.assignment.dockerfile');
    expectScope(doc, env, '$PATH', VARIABLE);
    expectScope(doc, env, '$PATH', 'punctuation.definition.variable.dockerfile');
    expectScope(doc, env, '$PATH', 'string.quoted.double.dockerfile');
    expectScope(doc, env, '$NOT_A_VAR', 'string.quoted.single.dockerfile');
    expectNoScope(doc, env, '$NOT_A_VAR', 'variable');
    expectScope(doc, env, '\\ ', 'constant.character.escape.dockerfile');
    expectScope(doc, env, 'a\\ b', 'string.unquoted.value.dockerfile');
    const legacy = lineOf(doc, 'ENV LEGACY_KEY');
    expectScope(doc, legacy, 'LEGACY_KEY', 'variable.other.env.dockerfile');
    expectScope(doc, legacy, 'legacy value', 'string.unquoted.value.dockerfile');
    expectScope(doc, legacy, '$VAR', VARIABLE);
    const braced = lineOf(doc, 'version=${VERSION}');
    expectScope(doc, braced, '${', 'punctuation.definition.variable.begin.dockerfile');
    expectScope(doc, braced, 'VERSION', VARIABLE);
    expectScope(doc, braced, '}', 'punctuation.definition.variable.end.dockerfile');
  });

  it('LABEL keys across a line continuation; EXPOSE ports; STOPSIGNAL; MAINTAINER', () => {
    const label = lineOf(doc, 'LABEL');
    expectScope(doc, label, 'org.opencontainers.image.title', 'support.type.property-name.label.dockerfile');
    expectScope(doc, label, 'shipshape', 'string.quoted.double.dockerfile');
    expectScope(doc, label, '\\', 'constant.character.escape.line-continuation.dockerfile');
    expectScope(doc, label + 1, 'com.example.quoted', 'support.type.property-name.label.dockerfile');
    expectScope(doc, label + 1, 'version', 'support.type.property-name.label.dockerfile');
    expectScope(doc, label + 1, 'version', 'meta.instruction.label.dockerfile');
    const expose = lineOf(doc, 'EXPOSE');
    expectScope(doc, expose, '8080', 'constant.numeric.port.dockerfile');
    expectScope(doc, expose, 'tcp', 'constant.language.protocol.dockerfile');
    expectScope(doc, expose, '9000-9010', 'constant.numeric.port.dockerfile');
    expectScope(doc, expose, 'METRICS_PORT', VARIABLE);
    expectScope(doc, expose, 'udp', 'constant.language.protocol.dockerfile');
    expectScope(doc, lineOf(doc, 'STOPSIGNAL'), 'SIGTERM', 'constant.language.signal.dockerfile');
    expectScope(doc, lineOf(doc, 'MAINTAINER'), 'Jane', 'string.unquoted.maintainer.dockerfile');
  });

  it('JSON arrays (exec form)', () => {
    const copy = lineOf(doc, 'COPY ["package.json"');
    expectScope(doc, copy, '[', 'punctuation.definition.array.begin.dockerfile');
    expectScope(doc, copy, 'package.json', 'string.quoted.double.dockerfile');
    expectScope(doc, copy, ',', 'punctuation.separator.array.dockerfile');
    expectScope(doc, copy, ']', 'punctuation.definition.array.end.dockerfile');
    const shell = lineOf(doc, 'SHELL [');
    expectScope(doc, shell, 'pipefail', 'string.quoted.double.dockerfile');
    expectNoScope(doc, shell, 'pipefail', SHELL);
  });
});

describe('embedded shell (RUN, CMD/ENTRYPOINT shell form, HEALTHCHECK CMD)', () => {
  let doc: Tokenized;
  before(() => {
    doc = fixture('shell-embedding.Dockerfile.txt');
  });

  it('RUN flags (with --mount option keys) stay Dockerfile; the command after them is shell', () => {
    const run = lineOf(doc, 'RUN --mount');
    expectInstruction(doc, run, 'RUN');
    expectScope(doc, run, '--mount', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, run, 'type', 'entity.other.attribute-name.option.dockerfile');
    expectScope(doc, run, 'cache', 'string.unquoted.flag-value.dockerfile');
    expectScope(doc, run, 'target', 'entity.other.attribute-name.option.dockerfile');
    expectScope(doc, run, 'sharing', 'entity.other.attribute-name.option.dockerfile');
    expectScope(doc, run, ',', 'punctuation.separator.option.dockerfile');
    expectNoScope(doc, run, '--mount', SHELL);
    expectScope(doc, run + 1, '--network', 'entity.other.attribute-name.flag.dockerfile');
    expectNoScope(doc, run + 1, '--network', SHELL);
    expectScope(doc, run + 2, 'apk', SHELL);
    expectScope(doc, run + 2, 'apk', 'entity.name.command.shell');
    expectScope(doc, run + 2, '&&', 'keyword.operator.list.shell');
    expectScope(doc, run + 2, '\\', 'constant.character.escape.line-continuation.dockerfile');
  });

  it('continued lines stay shell; a comment line inside the continuation does not end the RUN', () => {
    const comment = lineOf(doc, '# a comment line inside the continuation');
    expectScope(doc, comment, '#', COMMENT);
    expectScope(doc, comment, '#', 'meta.instruction.run.dockerfile');
    expectScope(doc, comment + 1, 'if', 'keyword.control.shell');
    expectScope(doc, comment + 1, 'if', SHELL);
    expectScope(doc, comment + 1, 'fi', 'keyword.control.shell');
    expectScope(doc, comment + 1, '$HOME', 'string.quoted.double.shell');
    // That line has no continuation: the RUN ends there.
    const after = lineOf(doc, '# blank line and comment above');
    expectScope(doc, after, '#', COMMENT);
    expectNoScope(doc, after, '#', 'meta.instruction');
    expectNoScope(doc, after, '#', SHELL);
  });

  it('continuation with trailing whitespace and a blank line inside it', () => {
    const run = lineOf(doc, 'RUN apt-get update');
    expectScope(doc, run, '\\', 'constant.character.escape.line-continuation.dockerfile');
    expectScope(doc, run + 1, '&&', 'keyword.operator.list.shell');
    expectScope(doc, run + 3, '&&', 'keyword.operator.list.shell');
    expectScope(doc, run + 3, 'rm', SHELL);
    expectInstruction(doc, lineOf(doc, 'WORKDIR /after-run'), 'WORKDIR');
  });

  it('lower-case run; CMD exec form is JSON, shell form is shell; [ -f ] is not JSON', () => {
    const run = lineOf(doc, 'run echo lower-case');
    expectInstruction(doc, run, 'run');
    expectScope(doc, run, 'for', 'keyword.control.shell');
    expectScope(doc, run, 'done', 'keyword.control.shell');
    const exec = lineOf(doc, 'CMD ["node"');
    expectInstruction(doc, exec, 'CMD');
    expectScope(doc, exec, 'server.js', 'string.quoted.double.dockerfile');
    expectNoScope(doc, exec, 'server.js', SHELL);
    const entrypoint = lineOf(doc, 'ENTRYPOINT exec');
    expectInstruction(doc, entrypoint, 'ENTRYPOINT');
    expectScope(doc, entrypoint, 'exec', 'entity.name.command.shell');
    expectScope(doc, entrypoint, 'server.js', SHELL);
    expectScope(doc, entrypoint, '&&', 'keyword.operator.list.shell');
    const test = lineOf(doc, 'CMD [ -f /x ]');
    expectScope(doc, test, '[', SHELL);
    expectNoScope(doc, test, '[', 'meta.array');
    const multiline = lineOf(doc, 'CMD ["python"');
    expectScope(doc, multiline + 1, 'app.py', 'string.quoted.double.dockerfile');
    expectScope(doc, multiline + 1, ']', 'punctuation.definition.array.end.dockerfile');
    expectInstruction(doc, multiline + 2, 'LABEL');
  });

  it('HEALTHCHECK flags, then CMD with a shell command; ONBUILD RUN', () => {
    const healthcheck = lineOf(doc, 'HEALTHCHECK --interval');
    expectInstruction(doc, healthcheck, 'HEALTHCHECK');
    expectScope(doc, healthcheck, '--timeout', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, healthcheck, 'CMD', KEYWORD);
    expectScope(doc, healthcheck, 'curl', SHELL);
    expectScope(doc, healthcheck, '||', 'keyword.operator.list.shell');
    const onbuild = lineOf(doc, 'ONBUILD RUN');
    expectInstruction(doc, onbuild, 'ONBUILD');
    expectInstruction(doc, onbuild, 'RUN');
    expectScope(doc, onbuild, '&&', 'keyword.operator.list.shell');
  });

  it('RUN <<EOF: the heredoc body is shell, up to the terminator; then Dockerfile again', () => {
    const run = lineOf(doc, 'RUN <<EOF');
    expectScope(doc, run, '<<', 'keyword.operator.heredoc.dockerfile');
    expectScope(doc, run, 'EOF', 'entity.name.tag.heredoc.dockerfile');
    expectScope(doc, run + 1, 'set', SHELL);
    expectScope(doc, run + 2, 'if', 'keyword.control.shell');
    expectScope(doc, run + 2, 'then', SHELL);
    expectScope(doc, run + 3, 'COPY', SHELL); // inside the body, not an instruction
    expectNoScope(doc, run + 3, 'COPY', KEYWORD);
    expectScope(doc, run + 4, 'EOF', 'entity.name.tag.heredoc.dockerfile');
    expectNoScope(doc, run + 4, 'EOF', SHELL);
    expectInstruction(doc, run + 5, 'USER');
  });

  it('RUN <<-"EOT" (quoted, tab-stripped) and <<\'SCRIPT\'; an open string in the body ends at the terminator', () => {
    const dash = lineOf(doc, 'RUN <<-"EOT"');
    expectScope(doc, dash, '<<-', 'keyword.operator.heredoc.dockerfile');
    expectScope(doc, dash, 'EOT', 'entity.name.tag.heredoc.dockerfile');
    expectScope(doc, dash, 'bash', SHELL);
    expectScope(doc, dash + 1, 'for', 'keyword.control.shell');
    expectScope(doc, dash + 2, 'EOT', 'entity.name.tag.heredoc.dockerfile');
    const quoted = lineOf(doc, "RUN <<'SCRIPT'");
    expectScope(doc, quoted, 'SCRIPT', 'entity.name.tag.heredoc.dockerfile');
    expectScope(doc, quoted + 1, 'unterminated', 'string.quoted.double.shell');
    expectScope(doc, quoted + 2, 'SCRIPT', 'entity.name.tag.heredoc.dockerfile');
    expectNoScope(doc, quoted + 2, 'SCRIPT', 'string');
    expectInstruction(doc, quoted + 3, 'COPY');
  });

  it('COPY/ADD heredoc bodies are plain text (variables expand unless the delimiter is quoted), not shell', () => {
    const copy = lineOf(doc, 'COPY <<EOF /etc/app.conf');
    expectScope(doc, copy, 'EOF', 'entity.name.tag.heredoc.dockerfile');
    expectNoScope(doc, copy, '/etc/app.conf', 'string.unquoted.heredoc');
    expectScope(doc, copy + 1, 'name=', 'string.unquoted.heredoc.dockerfile');
    expectScope(doc, copy + 1, 'APP_NAME', VARIABLE);
    expectScope(doc, copy + 2, 'if', 'string.unquoted.heredoc.dockerfile');
    expectNoScope(doc, copy + 2, 'if', SHELL);
    expectNoScope(doc, copy + 2, 'if', 'keyword');
    expectScope(doc, copy + 3, 'EOF', 'entity.name.tag.heredoc.dockerfile');
    const literal = lineOf(doc, "COPY <<'EOF'");
    expectScope(doc, literal + 1, 'NOT_EXPANDED', 'string.quoted.other.heredoc.dockerfile');
    expectNoScope(doc, literal + 1, 'NOT_EXPANDED', 'variable');
    const add = lineOf(doc, 'ADD --chmod=755 <<-EOF');
    expectScope(doc, add, '--chmod', 'entity.other.attribute-name.flag.dockerfile');
    expectScope(doc, add + 1, '#!/bin/sh', 'string.unquoted.heredoc.dockerfile');
    expectNoScope(doc, add + 1, '#!/bin/sh', 'comment');
    expectScope(doc, add + 3, 'EOF', 'entity.name.tag.heredoc.dockerfile');
    expectInstruction(doc, add + 4, 'RUN');
  });

  it('a shell string left open does not swallow the next upper-case instruction', () => {
    const open = lineOf(doc, 'echo "a string left open');
    expectScope(doc, open, 'a string', 'string.quoted.double.shell');
    expectInstruction(doc, open + 1, 'COPY');
    expectNoScope(doc, open + 1, 'recovered.txt', 'string');
  });
});

describe('edge cases', () => {
  it('an instruction continued onto the next line keeps its scope; a plain next line is top level', () => {
    const doc = tokenize('ENV A=1 \\\n    B=2\nB=3');
    expectScope(doc, 1, 'B', 'variable.other.env.dockerfile');
    expectNoScope(doc, 2, 'B', 'meta.instruction');
  });

  it('a directive after the first line is a comment', () => {
    const doc = tokenize('FROM alpine\n# syntax=docker/dockerfile:1');
    expectScope(doc, 1, 'syntax', COMMENT);
  });

  it('the RUN ends at a line that is not continued, even when shell text follows the keyword only', () => {
    const doc = tokenize('RUN \\\n  echo one && \\\n  echo two\nEXPOSE 80');
    expectScope(doc, 1, 'echo', SHELL);
    expectScope(doc, 2, 'echo', SHELL);
    expectInstruction(doc, 3, 'EXPOSE');
    expectScope(doc, 3, '80', 'constant.numeric.port.dockerfile');
  });
});
