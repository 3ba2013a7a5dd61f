import { defineRule } from '../../define';
import type { Span } from '../../model';
import type { Stage } from '../../parse/dockerfile';
import type { SimpleCommand } from '../../parse/shell-words';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { stageChain } from '../../knowledge/shipped-stages';
import { npmCallOf } from '../../knowledge/npm-commands';
import { replaceArguments } from '../../fix/run-arguments';

type MessageId = 'deprecatedFlag' | 'useOmitDev';

/** npm 7 (shipped with Node.js 15) introduced `--omit`; older npm ignores it and installs dev dependencies. */
const FIRST_NODE_WITH_OMIT = 15;

export default defineRule<MessageId>({
  id: 'deprecated-npm-production-flag',
  language: 'dockerfile',
  aliases: [],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    deprecatedFlag: '`{{flag}}` is deprecated since npm 7 and prints a warning on every build; `--omit=dev` says the same in current npm.',
    useOmitDev: 'Replace with `--omit=dev`',
  },
  docs: {
    summary: 'Flags `npm install --production` and `--only=production`, replaced by `--omit=dev` since npm 7.',
    why:
      'npm 7 replaced `--production` and `--only=prod[uction]` with `--omit=dev`. The old flags still work for now but ' +
      'print a deprecation warning into every build log, and flags that are deprecated get removed: a base image update ' +
      'could then quietly put development dependencies into the production image.',
    bad: ['FROM node:20-alpine\nCOPY package*.json ./\nRUN npm ci --only=production'],
    good: ['FROM node:20-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev'],
    fixSafety:
      'Safe on Node.js 15 and later images (npm 7+), where `--omit=dev` means the same. Unsafe when the Node.js version ' +
      'is unknown or older: npm 6 ignores `--omit` and would install the development dependencies too.',
    references: ['https://docs.npmjs.com/cli/commands/npm-install#omit', 'https://docs.npmjs.com/cli/commands/npm-ci'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        for (const flag of productionFlags(command)) {
          const safety = nodeMajorOf(stage) >= FIRST_NODE_WITH_OMIT ? 'safe' : 'unsafe';
          report({ messageId: 'deprecatedFlag', data: { flag: flag.text }, span: flag.span, fixes: [{ messageId: 'useOmitDev', safety, edits: [replaceArguments(run, flag.span, '--omit=dev')] }] });
        }
      }
    }
  },
});

/** `--production`, `--production=true`, `--only=prod[uction]`, `--only prod[uction]`, with the words they cover. */
function productionFlags(command: SimpleCommand): { text: string; span: Span }[] {
  const call = npmCallOf(command);
  if (!call) return [];
  const words = command.words;
  return call.options.flatMap((option) => {
    const production = option.name === 'production' && (option.value === undefined || option.value === 'true');
    const only = option.name === 'only' && (option.value === 'prod' || option.value === 'production');
    if (!production && !only) return [];
    const separate = option.value !== undefined && !option.word.value.includes('=');
    const last = separate ? words[words.indexOf(option.word) + 1] : option.word;
    return [{ text: separate ? `${option.word.value} ${last.value}` : option.word.value, span: { start: option.word.span.start, end: last.span.end } }];
  });
}

/** The Node.js major version of the stage's base image (`node:20-alpine` → 20); 0 when unknown. */
function nodeMajorOf(stage: Stage | undefined): number {
  const image = stage && stageChain(stage)[0].image;
  if (!image || image.hasVariables || image.name.replace(/^library\//, '') !== 'node') return 0;
  const tag = image.tag ?? 'latest';
  const major = /^(\d+)/.exec(tag);
  if (major) return Number(major[1]);
  return /^(latest|current|lts|alpine|slim|bookworm|bullseye|trixie)/.test(tag) ? FIRST_NODE_WITH_OMIT : 0;
}
