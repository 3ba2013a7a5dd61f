import { defineRule, type FixSpec, type Report } from '../../define';
import type { DockerFlag, DockerInstruction, DockerfileModel } from '../../parse/dockerfile';
import { replace } from '../../fix/edits';
import { keyValuePairsOf } from '../../parse/variables';
import { parseGoDuration } from '../../parse/durations';
import { BOOLEAN_FLAGS, flagsOf, HEALTHCHECK_DURATION_FLAGS, INSTRUCTIONS, SIGNALS } from '../../knowledge/dockerfile-instructions';
import { closestMatch } from '../../text/suggest';

type MessageId =
  | 'unknownInstruction'
  | 'unknownInstructionDidYouMean'
  | 'missingContinuation'
  | 'unknownFlag'
  | 'unknownFlagDidYouMean'
  | 'flagNeedsValue'
  | 'badDuration'
  | 'durationTooShort'
  | 'badRetries'
  | 'missingArguments'
  | 'missingDestination'
  | 'fromArguments'
  | 'invalidStageName'
  | 'missingValue'
  | 'missingEquals'
  | 'healthcheckType'
  | 'healthcheckNoneArguments'
  | 'healthcheckMissingCommand'
  | 'shellNotJson'
  | 'unknownSignal'
  | 'invalidEscape'
  | 'useSuggestion'
  | 'addContinuation';

/** Instructions whose arguments may be empty (`CMD` alone clears nothing but is accepted). */
const ARGUMENTS_OPTIONAL = new Set(['CMD', 'ENTRYPOINT']);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const DURATION_HINTS: Record<string, string> = {
  missingUnit: 'a number needs a unit, as in `30s` or `1m`',
  unknownUnit: 'units are `ms`, `s`, `m` and `h`',
  malformed: 'write it like `30s`, `1m30s` or `500ms`',
};

export default defineRule<MessageId>({
  id: 'dockerfile-syntax-error',
  language: 'dockerfile',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    unknownInstruction: '`{{keyword}}` is not a Dockerfile instruction, so the build stops here.',
    unknownInstructionDidYouMean: '`{{keyword}}` is not a Dockerfile instruction, so the build stops here; did you mean `{{suggestion}}`?',
    missingContinuation: '`{{keyword}}` is not a Dockerfile instruction: the line before probably lacks a trailing `{{escape}}`, so this line became an instruction of its own.',
    unknownFlag: '`--{{flag}}` is not a flag of {{keyword}} ({{known}}), so the build stops here.',
    unknownFlagDidYouMean: '`--{{flag}}` is not a flag of {{keyword}}, so the build stops here; did you mean `--{{suggestion}}`?',
    flagNeedsValue: '`--{{flag}}` needs a value (`--{{flag}}=…`), so the build stops here.',
    badDuration: '`{{value}}` is not a valid duration for `--{{flag}}`: {{hint}}.',
    durationTooShort: '`--{{flag}}={{value}}` is shorter than the 1ms minimum, so the build stops here.',
    badRetries: '`--retries={{value}}` must be a whole number of zero or more, so the build stops here.',
    missingArguments: '{{keyword}} needs {{what}}, so the build stops here.',
    missingDestination: '{{keyword}} needs at least one source and a destination (`{{keyword}} <src>… <dest>`), so the build stops here.',
    fromArguments: 'FROM takes an image and optionally `AS <name>` (`FROM <image> [AS <name>]`); this line does not parse.',
    invalidStageName: '`{{name}}` is not a valid stage name: it must start with a letter and contain only letters, digits, `-`, `_` and `.`.',
    missingValue: '`{{keyword}} {{key}}` has no value; write `{{keyword}} {{key}}=<value>`.',
    missingEquals: '`{{word}}` has no `=`: once an {{keyword}} uses `key=value`, every item must, so the build stops here.',
    healthcheckType: '`{{word}}` is not a HEALTHCHECK type: write `HEALTHCHECK [options] CMD <command>` or `HEALTHCHECK NONE`.',
    healthcheckNoneArguments: '`HEALTHCHECK NONE` takes no arguments, so the build stops here.',
    healthcheckMissingCommand: '`HEALTHCHECK CMD` needs a command to run, so the build stops here.',
    shellNotJson: 'SHELL must be a JSON array (`SHELL ["/bin/bash", "-c"]`); in this form the build stops here.',
    unknownSignal: '`{{signal}}` is not a signal name or number, so the build stops here.',
    invalidEscape: 'The escape directive accepts only `\\` or `` ` ``; `{{value}}` makes the build fail.',
    useSuggestion: 'Change to `{{suggestion}}`',
    addContinuation: 'Add `{{escape}}` to the end of the previous line',
  },
  docs: {
    summary: 'Flags what stops a build before it starts: unknown instructions and flags, missing arguments, bad durations, malformed directives.',
    why:
      'These mistakes are caught by the Dockerfile parser, so the build fails at once — but only when someone runs it, often ' +
      'in CI after a push. Seeing them while editing saves that round trip. The most common one is a line that lost its ' +
      'trailing `\\`, which turns the next line of a RUN into a nonsense instruction.',
    bad: [
      'FROM alpine:3.20\nRUNN apk add curl',
      'FROM alpine:3.20\nRUN apk add \\\n    curl\n    git',
      'FROM alpine:3.20\nHEALTHCHECK --interval=30 CMD true',
      'FROM alpine:3.20\nCOPY --chmown=app:app . /app',
      'FROM alpine:3.20\nCOPY app.jar',
    ],
    good: [
      'FROM alpine:3.20\nRUN apk add curl',
      'FROM alpine:3.20\nHEALTHCHECK --interval=30s --retries=3 CMD true',
      'FROM alpine:3.20\nCOPY --chown=app:app --chmod=755 . /app',
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir',
    ],
    fixSafety:
      'A misspelt instruction or flag that is one or two letters away from exactly one real name is renamed by a safe fix: ' +
      'the file cannot build as written, and the name is plainly what was meant. Adding a missing `\\` is unsafe: it joins ' +
      'two lines into one command.',
    references: ['https://docs.docker.com/reference/dockerfile/'],
  },
  check({ dockerfile, report }) {
    checkEscapeDirective(dockerfile, report);
    dockerfile.instructions.forEach((instruction, index) => {
      if (!INSTRUCTIONS.includes(instruction.keyword)) {
        report(unknownInstruction(dockerfile, instruction, dockerfile.instructions[index - 1]));
        return;
      }
      for (const target of instruction.trigger ? [instruction, instruction.trigger] : [instruction]) {
        if (!INSTRUCTIONS.includes(target.keyword)) {
          report(unknownInstruction(dockerfile, target, undefined));
          continue;
        }
        for (const finding of [...flagErrors(target), ...strayFlags(target), ...argumentErrors(dockerfile, target)]) report(finding);
      }
    });
  },
});

type Finding = Report<MessageId>;

function checkEscapeDirective(dockerfile: DockerfileModel, report: (finding: Finding) => void): void {
  for (const directive of dockerfile.directives) {
    if (directive.name.toLowerCase() === 'escape' && directive.value !== '\\' && directive.value !== '`') {
      report({ messageId: 'invalidEscape', data: { value: directive.value }, span: directive.valueSpan });
    }
  }
}

function unknownInstruction(dockerfile: DockerfileModel, instruction: DockerInstruction, previous: DockerInstruction | undefined): Finding {
  const text = dockerfile.text;
  const keyword = instruction.rawKeyword;
  const between = previous ? text.slice(previous.span.end, instruction.span.start) : '';
  const indented = /^[ \t]/.test(text.slice(text.lastIndexOf('\n', instruction.span.start - 1) + 1, instruction.span.start + 1));
  if (previous && between.split('\n').length === 2 && (indented || /^(&&|\|\|?|;)$/.test(keyword))) {
    const escape = dockerfile.escapeChar;
    return {
      messageId: 'missingContinuation',
      data: { keyword, escape },
      span: instruction.keywordSpan,
      // The edit spans the line break it continues, so fix-all never inserts a line there in the same pass.
      fixes: [{ messageId: 'addContinuation', data: { escape }, safety: 'unsafe', edits: [replace({ start: previous.span.end, end: instruction.span.start }, ` ${escape}${between}`)] }],
    };
  }
  const match = closestMatch(keyword, INSTRUCTIONS);
  if (!match) return { messageId: 'unknownInstruction', data: { keyword }, span: instruction.keywordSpan };
  const suggestion = keyword === keyword.toLowerCase() ? match.toLowerCase() : match;
  return {
    messageId: 'unknownInstructionDidYouMean',
    data: { keyword, suggestion },
    span: instruction.keywordSpan,
    fixes: [{ messageId: 'useSuggestion', data: { suggestion }, safety: 'safe', edits: [replace(instruction.keywordSpan, suggestion)] }],
  };
}

function flagErrors(instruction: DockerInstruction): Finding[] {
  const findings: Finding[] = [];
  const known = flagsOf(instruction.keyword);
  // HEALTHCHECK NONE ignores its flags.
  const healthcheckNone = instruction.keyword === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'NONE';
  for (const flag of instruction.flags) {
    if (flag.name === '' || healthcheckNone) continue;
    if (!known.includes(flag.name)) {
      findings.push(unknownFlag(instruction, flag, known));
      continue;
    }
    if (flag.value === null && !BOOLEAN_FLAGS.has(flag.name)) {
      findings.push({ messageId: 'flagNeedsValue', data: { flag: flag.name }, span: flag.span });
      continue;
    }
    if (instruction.keyword === 'HEALTHCHECK' && flag.value && !flag.value.includes('$')) findings.push(...healthcheckFlagErrors(flag, flag.value));
  }
  return findings;
}

/**
 * The builder reads leading `--words` as flags on every instruction; our parser only separates them for the
 * instructions that have flags. On the others (`CMD --help`, `WORKDIR --x /app`) each one is an unknown flag.
 */
function strayFlags(instruction: DockerInstruction): Finding[] {
  if (flagsOf(instruction.keyword).length > 0 || instruction.keyword === 'ONBUILD') return [];
  const findings: Finding[] = [];
  for (const word of instruction.args) {
    if (!word.value.startsWith('--') || word.value === '--') break;
    const name = word.value.slice(2).replace(/=.*$/s, '');
    findings.push({ messageId: 'unknownFlag', data: { flag: name, keyword: instruction.keyword, known: 'it takes no flags' }, span: word.span });
  }
  return findings;
}

function unknownFlag(instruction: DockerInstruction, flag: DockerFlag, known: readonly string[]): Finding {
  const suggestion = closestMatch(flag.name, known);
  if (!suggestion) {
    const list = known.length > 0 ? `it takes ${known.map((k) => `--${k}`).join(', ')}` : 'it takes no flags';
    return { messageId: 'unknownFlag', data: { flag: flag.name, keyword: instruction.keyword, known: list }, span: flag.span };
  }
  const fix: FixSpec<MessageId> = { messageId: 'useSuggestion', data: { suggestion: `--${suggestion}` }, safety: 'safe', edits: [replace(flag.nameSpan, suggestion)] };
  return { messageId: 'unknownFlagDidYouMean', data: { flag: flag.name, keyword: instruction.keyword, suggestion }, span: flag.span, fixes: [fix] };
}

function healthcheckFlagErrors(flag: DockerFlag, value: string): Finding[] {
  const span = flag.valueSpan ?? flag.span;
  if (flag.name === 'retries') {
    return /^\+?\d+$/.test(value) ? [] : [{ messageId: 'badRetries', data: { value }, span }];
  }
  if (!HEALTHCHECK_DURATION_FLAGS.has(flag.name)) return [];
  const duration = parseGoDuration(value);
  if (!duration.ok) return [{ messageId: 'badDuration', data: { value, flag: flag.name, hint: DURATION_HINTS[duration.reason] }, span }];
  if (duration.milliseconds !== 0 && duration.milliseconds < 1) return [{ messageId: 'durationTooShort', data: { value, flag: flag.name }, span }];
  return [];
}

function argumentErrors(dockerfile: DockerfileModel, instruction: DockerInstruction): Finding[] {
  const keyword = instruction.keyword;
  const args = instruction.args;
  const at = instruction.keywordSpan;
  if (args.length === 0 && instruction.heredocs.length === 0) {
    if (ARGUMENTS_OPTIONAL.has(keyword)) return [];
    const what = keyword === 'COPY' || keyword === 'ADD' ? 'a source and a destination' : keyword === 'FROM' ? 'an image' : 'an argument';
    return [{ messageId: 'missingArguments', data: { keyword: instruction.rawKeyword, what }, span: at }];
  }
  switch (keyword) {
    case 'COPY':
    case 'ADD':
      // In exec form the JSON array's elements count, not the words: `["a" ]` is one source and no destination.
      return (instruction.form === 'exec' ? instruction.execArgs.length : args.length) < 2 && instruction.heredocs.length === 0
        ? [{ messageId: 'missingDestination', data: { keyword: instruction.rawKeyword }, span: instruction.argsSpan ?? at }]
        : [];
    case 'FROM':
      return fromErrors(instruction);
    case 'ENV':
    case 'LABEL':
      return keyValueErrors(dockerfile, instruction);
    case 'HEALTHCHECK':
      return healthcheckErrors(instruction);
    case 'SHELL':
      return instruction.form === 'exec' && instruction.execArgs.length > 0 ? [] : [{ messageId: 'shellNotJson', span: instruction.argsSpan ?? at }];
    case 'STOPSIGNAL':
      return signalErrors(instruction);
    default:
      return [];
  }
}

function fromErrors(from: DockerInstruction): Finding[] {
  const args = from.args;
  if (args.length === 1) return [];
  if (args.length !== 3 || args[1].value.toLowerCase() !== 'as') {
    return [{ messageId: 'fromArguments', span: from.argsSpan ?? from.keywordSpan }];
  }
  const name = args[2];
  return STAGE_NAME.test(name.value.toLowerCase()) || name.value.includes('$')
    ? []
    : [{ messageId: 'invalidStageName', data: { name: name.value }, span: name.span }];
}

function keyValueErrors(dockerfile: DockerfileModel, instruction: DockerInstruction): Finding[] {
  const list = keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar);
  const keyword = instruction.rawKeyword;
  if (list.legacy && list.pairs[0] && list.pairs[0].value === undefined) {
    return [{ messageId: 'missingValue', data: { keyword, key: list.pairs[0].key }, span: list.pairs[0].keySpan }];
  }
  return list.missingEquals ? [{ messageId: 'missingEquals', data: { word: list.missingEquals.word, keyword }, span: list.missingEquals.span }] : [];
}

function healthcheckErrors(instruction: DockerInstruction): Finding[] {
  const [type, ...rest] = instruction.args;
  const kind = type.value.toUpperCase();
  if (kind === 'NONE') {
    return rest.length > 0 ? [{ messageId: 'healthcheckNoneArguments', span: { start: rest[0].span.start, end: rest[rest.length - 1].span.end } }] : [];
  }
  if (kind !== 'CMD') return [{ messageId: 'healthcheckType', data: { word: type.value }, span: type.span }];
  return rest.length === 0 ? [{ messageId: 'healthcheckMissingCommand', span: type.span }] : [];
}

function signalErrors(instruction: DockerInstruction): Finding[] {
  const word = instruction.args[0];
  if (instruction.args.length !== 1 || word.value.includes('$')) return [];
  const name = word.value.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(name) || SIGNALS.has(name) || /^RT(MIN\+|MAX-)\d+$/.test(name)) return [];
  return [{ messageId: 'unknownSignal', data: { signal: word.value }, span: word.span }];
}
