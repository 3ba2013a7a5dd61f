import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';
import { expandWord, findVariableReferences, globalArgsOf, keyValuePairsOf } from './variables';

const refs = (text: string, escape = '\\') =>
  findVariableReferences(text, 0, text.length, escape).map((r) => ({ name: r.name, text: text.slice(r.span.start, r.span.end), modifier: r.modifier }));

describe('findVariableReferences', () => {
  it('finds plain, braced and nested references with their source spans', () => {
    assert.deepEqual(refs('$A/${B}:${C:-$D}'), [
      { name: 'A', text: '$A', modifier: undefined },
      { name: 'B', text: '${B}', modifier: undefined },
      { name: 'C', text: '${C:-$D}', modifier: ':-' },
      { name: 'D', text: '$D', modifier: undefined },
    ]);
  });
  it('skips single quotes, escaped dollars and non-names, but reads double quotes', () => {
    assert.deepEqual(refs(`'$A' \\$B "$C" $1 $$ \\\${D}`).map((r) => r.name), ['C']);
    assert.deepEqual(refs('`$A $B', '`').map((r) => r.name), ['B']);
  });
  it('maps spans across line continuations and skips comment lines inside them', () => {
    const text = 'a \\\n# $NOT\n  ${B}';
    assert.deepEqual(refs(text), [{ name: 'B', text: '${B}', modifier: undefined }]);
  });
});

describe('expandWord', () => {
  const values: Record<string, string> = { A: 'x', EMPTY: '' };
  const lookup = (name: string) => values[name];
  it('expands the fallback modifiers the way the frontend does', () => {
    assert.equal(expandWord('${A}-${B:-def}-${EMPTY:-e}-${EMPTY-e}-${A:+alt}-${B+alt}', lookup, '\\'), 'x-def-e--alt-');
    assert.equal(expandWord('"$A" \'$A\' \\$A', lookup, '\\'), "x $A $A");
  });
  it('gives up on modifiers it does not evaluate', () => {
    assert.equal(expandWord('${A#x}', lookup, '\\'), undefined);
  });
});

describe('keyValuePairsOf', () => {
  const pairsOf = (source: string) => {
    const model = parseDocument(source, 'dockerfile').dockerfile!;
    const instruction = model.instructions[model.instructions.length - 1];
    const list = keyValuePairsOf(instruction, source, model.escapeChar);
    return { ...list, pairs: list.pairs.map((p) => [p.key, p.value, p.valueSpan && source.slice(p.valueSpan.start, p.valueSpan.end)]) };
  };
  it('splits key=value words outside quotes', () => {
    assert.deepEqual(pairsOf('FROM a\nENV A=1 B="two words" C=').pairs, [['A', '1', '1'], ['B', '"two words"', '"two words"'], ['C', '', '']]);
  });
  it('reads the legacy form as one pair with the rest of the line as value', () => {
    const list = pairsOf('FROM a\nENV PATH /usr/bin  /bin');
    assert.equal(list.legacy, true);
    assert.deepEqual(list.pairs, [['PATH', '/usr/bin  /bin', '/usr/bin  /bin']]);
  });
  it('reports a word without = in the key=value form, and accepts bare ARG names', () => {
    assert.equal(pairsOf('FROM a\nLABEL a=b c').missingEquals?.word, 'c');
    assert.deepEqual(pairsOf('ARG A B=2').pairs, [['A', undefined, undefined], ['B', '2', '2']]);
  });
});

describe('globalArgsOf', () => {
  it('expands defaults with earlier global ARGs and marks values it cannot evaluate', () => {
    const model = parseDocument('ARG A=1\nARG B=${A}.2\nARG C\nARG D=${A%1}\nFROM x\nARG E=5', 'dockerfile').dockerfile!;
    const globals = globalArgsOf(model);
    assert.deepEqual([...globals.values()], [
      { name: 'A', value: '1', known: true },
      { name: 'B', value: '1.2', known: true },
      { name: 'C', value: undefined, known: true },
      { name: 'D', value: undefined, known: false },
    ]);
  });
});
