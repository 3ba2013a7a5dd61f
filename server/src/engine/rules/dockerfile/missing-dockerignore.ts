import { defineRule } from '../../define';
import type { DockerfileModel } from '../../parse/dockerfile';
import { copyArgsOf, type PathArg } from '../../parse/copy-args';
import { isExcluded, parseDockerignore } from '../../build-context/dockerignore';
import { suggestedIgnores } from '../../knowledge/context-ignores';

type MessageId = 'missingDockerignore' | 'createDockerignore';

/** Sources that stand for the whole build context. */
const WHOLE_CONTEXT = new Set(['.', './', '/', '*', './*']);

export default defineRule<MessageId>({
  id: 'missing-dockerignore',
  language: 'dockerfile',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'always',
  messages: {
    missingDockerignore:
      '`{{keyword}} {{source}}` copies the whole build context, and there is no `.dockerignore` beside this Dockerfile: `.git`, local `.env` files and dependency folders go into the image.',
    createDockerignore: 'Create a .dockerignore{{ecosystems}}',
  },
  docs: {
    summary: 'Flags a whole-context COPY or ADD when the build context has no `.dockerignore`.',
    why:
      'Without a `.dockerignore`, `COPY . .` copies everything in the directory: the `.git` history, `.env` files with ' +
      'real credentials, local `node_modules` or virtualenvs built for another platform, logs and editor folders. ' +
      'Secrets end up in an image layer for anyone who can pull it, the context upload gets slow, and every commit or ' +
      'editor save invalidates the build cache of the copy and everything after it.',
    bad: ['FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]'],
    good: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY src/ ./src/\nCMD ["node", "src/server.js"]'],
    exampleContext: { dockerignore: null },
    fixSafety:
      'Unsafe: the fix creates `.dockerignore` beside the Dockerfile with entries for the ecosystems it recognises ' +
      '(`.git`, `.env`, `node_modules`, `__pycache__`, build output folders when the image builds the project itself, …). ' +
      'Entries matching a path the Dockerfile copies by name are left out, but a build step that reads an excluded file ' +
      '(say, `git describe` reading `.git`) would fail: review the list.',
    references: ['https://docs.docker.com/build/concepts/context/#dockerignore-files'],
  },
  check({ dockerfile, project, report }) {
    if (project.dockerignore !== null) return;
    const found = firstWholeContextCopy(dockerfile);
    if (!found) return;
    const { ecosystems, entries } = suggestedIgnores(dockerfile);
    const copiedByName = copiedPaths(dockerfile);
    const kept = entries.filter((entry) => !copiedByName.some((path) => isExcluded(parseDockerignore(entry), path)));
    report({
      messageId: 'missingDockerignore',
      data: { keyword: found.keyword, source: found.source.value },
      span: found.source.span,
      fixes: [
        {
          messageId: 'createDockerignore',
          data: { ecosystems: ecosystems.length > 0 ? ` (${ecosystems.join(', ')})` : '' },
          safety: 'unsafe',
          edits: [],
          createFiles: [{ relativePath: '.dockerignore', text: dockerignoreText(kept) }],
        },
      ],
    });
  },
});

function firstWholeContextCopy(dockerfile: DockerfileModel): { keyword: string; source: PathArg } | undefined {
  for (const instruction of dockerfile.instructions) {
    const args = copyArgsOf(instruction, dockerfile.text);
    if (!args || args.from) continue;
    const source = args.sources.find((s) => WHOLE_CONTEXT.has(s.value));
    if (source) return { keyword: instruction.keyword, source };
  }
  return undefined;
}

/** Context paths the Dockerfile names in COPY/ADD: an entry excluding one of them would break the build. */
function copiedPaths(dockerfile: DockerfileModel): string[] {
  return dockerfile.instructions.flatMap((instruction) => {
    const args = copyArgsOf(instruction, dockerfile.text);
    if (!args || args.from) return [];
    return args.sources.filter((s) => !s.heredoc && !s.dynamic && !WHOLE_CONTEXT.has(s.value)).map((s) => s.value);
  });
}

function dockerignoreText(entries: readonly string[]): string {
  return ['# Keeps the build context small and free of secrets. Created by Shipshape: review it.', ...entries, ''].join('\n');
}
