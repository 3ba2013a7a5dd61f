import { defineRule } from '../../define';
import type { Stage } from '../../parse/dockerfile';
import { copyArgsOf } from '../../parse/copy-args';
import { isAbsolutePath } from '../../text/posix-path';
import { replace } from '../../fix/edits';

type MessageId = 'noWorkdir' | 'makeAbsolute';

/** `C:\\app`, `C:/app` and the drive itself, `C:`. */
const WINDOWS_ABSOLUTE = /^[A-Za-z]:([\\/]|$)/;

export default defineRule<MessageId>({
  id: 'relative-copy-destination',
  language: 'dockerfile',
  aliases: ['DL3045'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    noWorkdir:
      '`{{dest}}` is relative, and this stage never sets WORKDIR, so the files land wherever the base image\'s working directory happens to be (often `/`). Set WORKDIR first or write an absolute path.',
    makeAbsolute: 'Make the destination absolute (`{{absolute}}`)',
  },
  docs: {
    summary: 'Flags COPY and ADD to a relative destination in a stage that never set WORKDIR.',
    why:
      'A relative destination is resolved against the working directory, which the stage inherits from its base image ' +
      'until it sets its own. Most images leave it at `/`, so `COPY . .` scatters the build context over the root file ' +
      'system; some set another directory, and a base image update can move it. Either way the Dockerfile does not say ' +
      'where the files end up. A WORKDIR line (or an absolute destination) pins it down.',
    bad: ['FROM node:20-alpine\nCOPY package.json .\nRUN npm ci'],
    good: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm ci', 'FROM node:20-alpine\nCOPY package.json /app/'],
    fixSafety:
      'Unsafe: the fix puts a `/` in front, which keeps the result only while the base image\'s working directory is `/`. ' +
      'Adding a WORKDIR is usually the better repair.',
    differences:
      'hadolint checks COPY only. Shipshape checks ADD too, follows `FROM <stage>` chains (the working directory carries ' +
      'over), and leaves alone stages built `FROM scratch`, whose working directory can only be `/`, and stages whose FROM ' +
      'is a variable that may name a stage with a WORKDIR.',
    references: ['https://docs.docker.com/reference/dockerfile/#workdir'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      // Where BuildKit ends the instruction elsewhere than dockerfile-ast, its destination is another word.
      if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.stage || instruction.disputed) continue;
      const dest = copyArgsOf(instruction, dockerfile.text)?.destination;
      // `COPY <<EOF` (or a bare `<<`) with nothing after it has no destination: the marker is not a path.
      // Nor does a destination that ends in a continuation at the end of the file (`a\`).
      if (!dest || dest.heredoc || dest.value.startsWith('<<') || dest.value.endsWith(dockerfile.escapeChar) || dest.value.startsWith('$') || isAbsolutePath(dest.value) || WINDOWS_ABSOLUTE.test(dest.value)) continue;
      if (setsWorkdirBefore(instruction.stage, instruction.span.start) || workdirIsKnown(instruction.stage)) continue;
      const absolute = '/' + dest.value.replace(/^\.(\/|$)/, '');
      report({
        messageId: 'noWorkdir',
        data: { dest: dest.value },
        span: dest.span,
        fixes: [{ messageId: 'makeAbsolute', data: { absolute }, safety: 'unsafe', edits: [replace(dest.span, quoteLike(dockerfile.text.slice(dest.span.start, dest.span.end), absolute))] }],
      });
    }
  },
});

/** A WORKDIR earlier in the stage, or anywhere in the stages it is built on. */
function setsWorkdirBefore(stage: Stage, offset: number): boolean {
  if (stage.instructions.some((i) => i.keyword === 'WORKDIR' && i.span.start < offset)) return true;
  for (let base = stage.baseStage; base; base = base.baseStage) {
    if (base.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  }
  return false;
}

/**
 * `scratch` has no working directory but `/`, so nothing is left to chance; a FROM with a variable may name a stage
 * that set WORKDIR, which we cannot tell.
 */
function workdirIsKnown(stage: Stage): boolean {
  let root = stage;
  while (root.baseStage) root = root.baseStage;
  return !root.image || root.image.hasVariables || root.image.name.toLowerCase() === 'scratch';
}

/** Keeps the quotes the destination was written with. */
function quoteLike(written: string, path: string): string {
  const quote = written[0] === '"' || written[0] === "'" ? written[0] : '';
  return quote + path + quote;
}
