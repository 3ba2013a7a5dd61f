import { defineRule } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import { isAbsolutePath, resolvePath } from '../../text/posix-path';
import { replace } from '../../fix/edits';
import { dropQuotes } from '../../text/quotes';

type MessageId = 'relativeToBase' | 'resolvable' | 'writeAbsolute';

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;

export default defineRule<MessageId>({
  id: 'relative-workdir',
  language: 'dockerfile',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    relativeToBase:
      '`WORKDIR {{path}}` is relative to the base image\'s working directory, which this Dockerfile does not control: if the image changes it, every later step runs somewhere else. Use an absolute path.',
    resolvable: '`WORKDIR {{path}}` is relative; it means `{{absolute}}`, so write that and spare the reader working it out.',
    writeAbsolute: 'Write it as `{{absolute}}`',
  },
  docs: {
    summary: 'Flags WORKDIR with a relative path.',
    why:
      'A relative WORKDIR is joined to the working directory in force at that point. Before the stage sets one, that is ' +
      'the base image\'s, an implementation detail of someone else\'s image: most use `/`, some use `/go`, `/usr/src/app` ' +
      'or `/home/<user>`, and a new release may change it. Every later COPY, RUN and the container\'s start-up directory ' +
      'then move with it. An absolute path keeps the layout of the image in the Dockerfile.',
    bad: ['FROM node:20-alpine\nWORKDIR app\nCOPY . .', 'FROM node:20-alpine\nWORKDIR /srv\nWORKDIR app'],
    good: ['FROM node:20-alpine\nWORKDIR /app\nCOPY . .', 'FROM node:20-alpine\nWORKDIR $HOME/app'],
    fixSafety:
      'Safe when an absolute WORKDIR earlier in the stage (or in the stage it is built on) fixes the directory, or the ' +
      'stage starts from `scratch`: the fix writes out the same path. Otherwise the unsafe fix assumes the base image ' +
      'works in `/`.',
    differences:
      'BuildKit warns only when no absolute WORKDIR came before in the stage; hadolint flags every relative WORKDIR as an ' +
      'error. Shipshape flags both cases, as a warning, and tells them apart: the second only needs the path written out, ' +
      'which the quick fix does.',
    references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://docs.docker.com/reference/build-checks/workdir-relative-path/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'WORKDIR' || !instruction.stage || instruction.args.length !== 1) continue;
      const word = instruction.args[0];
      const path = dropQuotes(word.value);
      if (path.startsWith('$') || isAbsolutePath(path) || WINDOWS_ABSOLUTE.test(path)) continue;
      const previous = workdirBefore(instruction.stage, instruction);
      if (!previous) continue;
      const absolute = resolvePath(previous.path, path);
      report({
        messageId: previous.assumed ? 'relativeToBase' : 'resolvable',
        data: { path, absolute },
        span: word.span,
        fixes: [
          {
            messageId: 'writeAbsolute',
            data: { absolute },
            safety: previous.assumed ? 'unsafe' : 'safe',
            edits: [replace(word.span, word.value === path ? absolute : word.value[0] + absolute + word.value[0])],
          },
        ],
      });
    }
  },
});

interface Workdir {
  path: string;
  /** Worked out assuming the base image's working directory is `/`: no absolute WORKDIR came first, and the base is not `scratch`. */
  assumed: boolean;
}

/** The working directory in force just before `instruction`; null when it depends on a variable. */
function workdirBefore(stage: Stage, instruction: DockerInstruction): Workdir | null {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.baseStage) chain.unshift(s);
  // `scratch` works in `/`, with nothing to inherit.
  let current: Workdir | null = { path: '/', assumed: chain[0].image?.name.toLowerCase() !== 'scratch' };
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instruction) return current;
      if (i.keyword !== 'WORKDIR' || i.args.length !== 1) continue;
      const path = dropQuotes(i.args[0].value);
      if (path.includes('$') || WINDOWS_ABSOLUTE.test(path)) current = null;
      else if (isAbsolutePath(path)) current = { path: resolvePath('/', path), assumed: false };
      else if (current) current = { path: resolvePath(current.path, path), assumed: current.assumed };
    }
  }
  return current;
}
