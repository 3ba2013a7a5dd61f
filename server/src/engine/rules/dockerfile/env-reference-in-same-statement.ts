import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import { eolOf, indentationAt, replace } from '../../fix/edits';
import { findVariableReferences, keyValuePairsOf, type KeyValuePair } from '../../parse/variables';

type MessageId = 'sameStatement' | 'splitEnv';

export default defineRule<MessageId>({
  id: 'env-reference-in-same-statement',
  language: 'dockerfile',
  aliases: ['DL3044'],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    sameStatement:
      '`${{name}}` refers to a variable set by this same ENV, but every value of one ENV is expanded before any is set: here it is {{previous}}, not `{{value}}`. Set `{{name}}` in an earlier ENV.',
    splitEnv: 'Split the ENV so `{{name}}` is set first',
  },
  docs: {
    summary: 'Flags an ENV value that uses a variable set earlier in the same ENV instruction.',
    why:
      'The builder expands all values of one ENV instruction with the environment as it was before the instruction, then ' +
      'sets them together. In `ENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH`, `$APP_HOME` is still unset (or has its old ' +
      'value), so PATH gets `/bin:…` and the application is not found at run time.',
    bad: ['FROM alpine:3.20\nENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH'],
    good: [
      'FROM alpine:3.20\nENV APP_HOME=/app\nENV PATH=$APP_HOME/bin:$PATH',
      'FROM alpine:3.20\nENV PATH=/app/bin:$PATH',
    ],
    fixSafety:
      'Unsafe: splitting the instruction makes the variable take the new value, which is what the author meant but not what ' +
      'the build did. Offered only when the variable is set before it is used in the statement.',
    differences:
      'hadolint accepts the reference when the variable was already set earlier in the file; the value used is then the ' +
      'old one, which is just as surprising, so Shipshape flags it too and says which value is used.',
    references: ['https://docs.docker.com/reference/dockerfile/#env'],
  },
  check({ dockerfile, report }) {
    const text = dockerfile.text;
    for (const stage of dockerfile.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'ENV') continue;
        const { pairs, legacy } = keyValuePairsOf(instruction, text, dockerfile.escapeChar);
        if (legacy || pairs.length < 2) continue;
        // Only needed for the message of a finding; computing it for every ENV made the rule quadratic.
        let before: Set<string> | undefined;
        pairs.forEach((pair, index) => {
          if (!pair.valueSpan) return;
          for (const reference of findVariableReferences(text, pair.valueSpan.start, pair.valueSpan.end, dockerfile.escapeChar)) {
            const setBy = pairs.findIndex((p, i) => i !== index && p.key === reference.name);
            if (setBy < 0) continue;
            report({
              messageId: 'sameStatement',
              data: { name: reference.name, value: pairs[setBy].value ?? '', previous: (before ??= declaredBefore(dockerfile, stage, instruction)).has(reference.name) ? 'its previous value' : 'empty' },
              span: reference.span,
              fixes: setBy < index ? splitBefore(text, instruction, pairs[index - 1], pair, reference.name) : [],
            });
          }
        });
      }
    }
  },
});

/** Names set by ARG or ENV before `instruction` in its stage or the stages it is built on. */
function declaredBefore(dockerfile: DockerfileModel, stage: Stage, instruction: DockerInstruction): Set<string> {
  const names = new Set<string>();
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.baseStage) chain.unshift(s);
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instruction) return names;
      if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue;
      for (const pair of keyValuePairsOf(i, dockerfile.text, dockerfile.escapeChar).pairs) names.add(pair.key);
    }
  }
  return names;
}

/**
 * Starts a new ENV instruction at `pair`: `ENV A=1 B=$A` → `ENV A=1` / `ENV B=$A`. Not when the pair starts with `--`
 * (`--=$A`): first in an instruction, BuildKit would read it as a flag.
 */
function splitBefore(text: string, instruction: DockerInstruction, previous: KeyValuePair, pair: KeyValuePair, name: string): FixSpec<MessageId>[] {
  if (text.startsWith('--', pair.span.start)) return [];
  const gap = { start: previous.span.end, end: pair.span.start };
  const newLine = eolOf(text) + indentationAt(text, instruction.span.start) + instruction.rawKeyword + ' ';
  return [{ messageId: 'splitEnv', data: { name }, safety: 'unsafe', edits: [replace(gap, newLine)] }];
}
