import { defineRule } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import { copyArgsOf } from '../../parse/copy-args';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { stageChain } from '../../knowledge/shipped-stages';
import { NPM_INSTALL, npmCallOf, type NpmCall } from '../../knowledge/npm-commands';
import { replaceArguments } from '../../fix/run-arguments';

type MessageId = 'installWithLockfile' | 'useCi';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json'];

export default defineRule<MessageId>({
  id: 'npm-install-instead-of-ci',
  language: 'dockerfile',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    installWithLockfile:
      'The lockfile is copied in (line {{line}}), but `npm install` may still resolve other versions and rewrite it. `npm ci` installs exactly what the lockfile records and fails when it no longer matches package.json.',
    useCi: 'Use `npm ci`',
  },
  docs: {
    summary: 'Flags `npm install` of a project whose lockfile was copied into the image, where `npm ci` belongs.',
    why:
      '`npm install` treats the lockfile as a starting point: when package.json allows it, it picks newer versions and ' +
      'updates the lockfile inside the image, so the image can differ from what was tested. `npm ci` installs exactly the ' +
      'locked tree, starts from an empty `node_modules`, and stops the build when package.json and the lockfile disagree, ' +
      'which is what a reproducible image needs.',
    bad: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install'],
    good: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci'],
    fixSafety:
      'Unsafe: `npm ci` fails when the lockfile is out of date with package.json (which `npm install` silently repaired), ' +
      'and it deletes an existing `node_modules` first.',
    differences: 'hadolint has no such rule. Shipshape only reports when a COPY or ADD in the stage names the lockfile (or a pattern such as `package*.json` that matches it).',
    references: ['https://docs.npmjs.com/cli/commands/npm-ci'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      const installs = script.commands.flatMap((c) => npmCallOf(c) ?? []).filter(installsFromLockfile);
      const lockfileCopy = installs.length > 0 && stage ? lockfileCopiedBefore(stage, run, dockerfile.text) : undefined;
      if (!lockfileCopy) continue;
      for (const call of installs) {
        report({
          messageId: 'installWithLockfile',
          data: { line: dockerfile.lines.positionAt(lockfileCopy.span.start).line + 1 },
          span: call.subcommand!.span,
          fixes: [{ messageId: 'useCi', safety: 'unsafe', edits: [replaceArguments(run, call.subcommand!.span, 'ci')] }],
        });
      }
    }
  },
});

/** `npm install` of the project itself (no packages named), with the lockfile in use. */
function installsFromLockfile(call: NpmCall): boolean {
  if (!call.subcommand || !NPM_INSTALL.includes(call.subcommand.value) || call.operands.length > 0) return false;
  return !call.options.some((o) => o.name === 'no-package-lock' || (o.name === 'package-lock' && o.value === 'false'));
}

/** The COPY or ADD before `run` (in its stage or the stages it is built on) that brings in an npm lockfile. */
function lockfileCopiedBefore(stage: Stage, run: DockerInstruction, text: string): DockerInstruction | undefined {
  return stageChain(stage)
    .flatMap((s) => s.instructions)
    .find((i) => i.span.start < run.span.start && copyArgsOf(i, text)?.sources.some((s) => LOCKFILES.some((lock) => globMatches(s.value.replace(/^.*\//, ''), lock))));
}

/** A COPY source's base name, with `*`, `?` and `[…]` wildcards, matches `name`. */
function globMatches(pattern: string, name: string): boolean {
  const regex = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  try {
    return new RegExp(`^${regex}$`).test(name);
  } catch {
    return false;
  }
}
