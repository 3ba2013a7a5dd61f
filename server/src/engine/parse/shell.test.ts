import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initShellParserForTests } from '#test/shell-parser-setup';
import { isShellParserReady, parseShell } from './shell';
import type { ShellScript } from './shell-words';

const names = (script: ShellScript) => script.commands.map((c) => c.words.map((w) => w.value).join(' '));

describe('parseShell', () => {
  before(() => initShellParserForTests());

  it('is ready after initShellParser', () => assert.equal(isShellParserReady(), true));

  it('splits commands and reports the operator after each', () => {
    const script = parseShell('a && b || c; d | e & f\ng');
    assert.deepEqual(names(script), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    assert.deepEqual(script.commands.map((c) => c.separator), ['&&', '||', ';', '|', '&', '\n', undefined]);
  });

  it('removes quotes, keeps expansions as written and marks them dynamic', () => {
    const [command] = parseShell(`echo 'a b' "c $HOME" x\\ y $'t\\n' "$(id -u)" *.txt ~/bin plain`).commands;
    assert.deepEqual(
      command.words.map((w) => [w.value, w.dynamic]),
      [['echo', false], ['a b', false], ['c $HOME', true], ['x y', false], ['t\n', false], ['$(id -u)', true], ['*.txt', true], ['~/bin', true], ['plain', false]],
    );
  });

  it('gives every word its span in the source, shifted by the base offset, with UTF-16 offsets', () => {
    const text = 'echo "héllo 😀" && apt-get install -y \\\n    curl';
    const script = parseShell(text, 100);
    for (const command of script.commands) for (const word of command.words) assert.equal(text.slice(word.span.start - 100, word.span.end - 100), word.raw);
    assert.deepEqual(names(script), ['echo héllo 😀', 'apt-get install -y curl']);
  });

  it('keeps leading assignments as words and reads export and unset', () => {
    assert.deepEqual(names(parseShell('DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata; export A=1 B; unset C; X=1')), [
      'DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata',
      'export A=1 B',
      'unset C',
      'X=1',
    ]);
  });

  it('finds commands inside $( ), backquotes, subshells, conditions and loops, and says where they run', () => {
    const script = parseShell('if command -v x; then (cd /a && make); fi; V=$(curl -s u | jq .t); while read l; do echo `date`; done');
    const by = (name: string) => script.commands.find((c) => c.words[0].value === name)!;
    assert.equal(by('command').inCondition, true);
    assert.equal(by('cd').inSubshell, true);
    assert.equal(by('curl').inSubstitution, true);
    assert.equal(by('read').inCondition, true);
    assert.equal(by('date').inSubstitution, true);
    assert.equal(by('echo').inCondition, undefined);
  });

  it('records pipelines with their stages and `|` operators', () => {
    const text = 'curl -fsSL u | tar -xz && a | b | c';
    const script = parseShell(text);
    assert.deepEqual(script.pipelines?.map((p) => [p.stages, p.pipes.map((s) => text.slice(s.start, s.end))]), [[2, ['|']], [3, ['|', '|']]]);
    assert.deepEqual(script.commands.map((c) => c.pipeline), [{ index: 0, stage: 0 }, { index: 0, stage: 1 }, { index: 1, stage: 0 }, { index: 1, stage: 1 }, { index: 1, stage: 2 }]);
  });

  it('attaches redirections to the command, also after `a && b` (tree-sitter binds them to the list)', () => {
    const [a, b] = parseShell('a && b > /log 2>&1').commands;
    assert.equal(a.redirects, undefined);
    assert.deepEqual(b.redirects?.map((r) => [r.operator, r.target?.value]), [['>', '/log'], ['2>&', '1']]);
  });

  it('keeps the words after `>&2` as arguments (tree-sitter-bash #233)', () => {
    assert.deepEqual(names(parseShell('echo >&2 "error: x" y; exit 1')), ['echo error: x y', 'exit 1']);
  });

  it('does not merge commands across a newline after a long pipeline (tree-sitter-bash #347)', () => {
    assert.deepEqual(names(parseShell('a | grep x | head -30\necho B && cd s')), ['a', 'grep x', 'head -30', 'echo B', 'cd s']);
  });

  it('reads here-documents in a script as data, and commands after them', () => {
    const script = parseShell('cat <<EOF > /etc/x && echo ok\nrm -rf /\nEOF\nls');
    assert.deepEqual(names(script), ['cat', 'echo ok', 'ls']);
    assert.deepEqual(script.commands[0].redirects?.map((r) => r.operator), ['<<', '>']);
    assert.equal(script.commands[0].separator, '&&');
  });

  it('knows where `set -o pipefail` takes effect', () => {
    assert.equal(parseShell('set -eux; a | b').pipefailFrom, undefined);
    assert.equal(parseShell('set -euxo pipefail; a | b').pipefailFrom, 18);
    assert.equal(parseShell('(set -o pipefail); a | b').pipefailFrom, undefined);
  });

  it('tells plain command lists from scripts with shell syntax', () => {
    assert.equal(parseShell('a && b | c; d').usesShellSyntax, false);
    for (const text of ['a > f', '(a)', '{ a; }', 'if a; then b; fi', 'for x in 1; do a; done', 'f() { a; }', '! a', 'diff <(a) <(b)']) {
      assert.equal(parseShell(text).usesShellSyntax, true, text);
    }
  });

  it('never throws on broken input and still reads the commands around the damage', () => {
    for (const text of ['echo "unclosed && apt-get install -y curl', 'apt-get update &&', 'if true; then echo x', 'foo && && bar', '(cd /x && make', 'cat <<EOF\nbody', '))))', '']) {
      assert.doesNotThrow(() => parseShell(text), text);
    }
    assert.deepEqual(names(parseShell('foo && && bar')), ['foo', 'bar']);
    assert.deepEqual(names(parseShell('(cd /x && make')), ['cd /x', 'make']);
  });
});
