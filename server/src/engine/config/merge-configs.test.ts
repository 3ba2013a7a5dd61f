import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeLintConfigs } from './merge-configs';
import { effectiveSetting } from './lint-config';
import shellFormCmd from '../rules/dockerfile/shell-form-cmd';

describe('mergeLintConfigs', () => {
  it('a higher layer wins even when the layers name the rule differently', () => {
    const merged = mergeLintConfigs({ rules: { 'shell-form-cmd': 'error' } }, { rules: { dl3025: 'off' } });
    assert.equal(effectiveSetting(shellFormCmd, merged).severity, 'off');
    const reversed = mergeLintConfigs({ rules: { JSONArgsRecommended: 'off' } }, { rules: { 'shell-form-cmd': 'info' } });
    assert.equal(effectiveSetting(shellFormCmd, reversed).severity, 'info');
  });

  it('within one layer the id wins over an alias; options merge key by key; unknown names are kept', () => {
    const merged = mergeLintConfigs(
      { rules: { 'shell-form-cmd': { severity: 'error', options: { a: 1, b: 1 } }, DL3025: 'off', SC2086: 'off' } },
      { rules: { DL3025: { options: { b: 2 } } }, disableIgnorePragmas: true },
    );
    assert.deepEqual(merged, { rules: { 'shell-form-cmd': { severity: 'error', options: { a: 1, b: 2 } }, SC2086: { severity: 'off' } }, disableIgnorePragmas: true });
  });
});
