import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasVariables, literalValue, variables, withDefaults } from './interpolation';

describe('compose interpolation', () => {
  it('finds every form of variable with its offsets, operator and argument', () => {
    const text = 'a $A ${B} ${C:-x} ${D-y} ${E:?missing} ${F?m} ${G:+r} ${H+r}';
    assert.deepEqual(
      variables(text).map((v) => [text.slice(v.start, v.end), v.name, v.operator, v.argument]),
      [
        ['$A', 'A', undefined, undefined],
        ['${B}', 'B', undefined, undefined],
        ['${C:-x}', 'C', ':-', 'x'],
        ['${D-y}', 'D', '-', 'y'],
        ['${E:?missing}', 'E', ':?', 'missing'],
        ['${F?m}', 'F', '?', 'm'],
        ['${G:+r}', 'G', ':+', 'r'],
        ['${H+r}', 'H', '+', 'r'],
      ],
    );
  });

  it('skips $$ escapes and reads nested defaults', () => {
    assert.deepEqual(variables('$$HOME and $${X}'), []);
    assert.equal(hasVariables('echo $$PATH'), false);
    assert.deepEqual(variables('${A:-${B:-c}}').map((v) => v.argument), ['${B:-c}']);
    assert.equal(withDefaults('${A:-${B:-c}}d'), 'cd');
  });

  it('substitutes defaults, and gives up when a variable has none', () => {
    assert.equal(withDefaults('${API_PORT:-8080}:8080'), '8080:8080');
    assert.equal(withDefaults('${TAG-latest}'), 'latest');
    assert.equal(withDefaults('${PORT}:80'), undefined);
    assert.equal(withDefaults('${PORT:?set PORT}'), undefined);
    assert.equal(withDefaults('$$5'), '$5');
    assert.equal(withDefaults('plain'), 'plain');
  });

  it('gives the literal value only when there is nothing to substitute', () => {
    assert.equal(literalValue('8080:80'), '8080:80');
    assert.equal(literalValue('pa$$word'), 'pa$word');
    assert.equal(literalValue('${X}'), undefined);
  });

  it('never throws on malformed input', () => {
    for (const text of ['${', '${}', '${:-x}', '$', '${A:-${B}', '}}${{', '$1']) {
      assert.doesNotThrow(() => [variables(text), withDefaults(text), literalValue(text), hasVariables(text)], text);
    }
    assert.equal(withDefaults('${A'), undefined);
  });
});
