import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import type { SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { stageChain } from '../../knowledge/shipped-stages';
import { runsAsNonRootByDefault } from '../../knowledge/base-images';
import { remove } from '../../fix/edits';

type MessageId = 'sudo' | 'removeSudo';

export default defineRule<MessageId>({
  id: 'sudo-in-run',
  language: 'dockerfile',
  aliases: ['DL3004'],
  category: 'reliability',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    sudo: '`sudo` in a RUN depends on a sudo binary, a sudoers entry and no password prompt; switch users with USER instead (`USER root` for the step, then back).',
    removeSudo: 'Remove `sudo` (this RUN already runs as root)',
  },
  docs: {
    summary: 'Flags `sudo` in RUN instructions.',
    why:
      'A RUN already runs as the user set by the last USER instruction, root by default. `sudo` adds nothing there but ' +
      'ways to fail: most base images do not ship it, a password prompt hangs or aborts the build, and sudo rewrites the ' +
      'environment (PATH, HOME) so the command may not behave as in other RUNs. Leaving sudo in the image also hands an ' +
      'escalation path to whoever gets into the container. To run a step as root in a non-root stage, write `USER root` ' +
      'before it and switch back after; to drop privileges at run time use `gosu` or `su-exec` in the entrypoint.',
    bad: ['FROM debian:12\nUSER app\nRUN sudo apt-get update'],
    good: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app'],
    fixSafety:
      'Unsafe, and only offered when the RUN already runs as root: removing `sudo` keeps the user but no longer resets the ' +
      'environment the way sudo does (PATH, HOME and other variables).',
    references: ['https://docs.docker.com/reference/dockerfile/#user'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        const sudo = command.words.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value));
        if (sudo?.value.replace(/^.*\//, '') !== 'sudo') continue;
        const fix = runsAsRoot(run, stage) ? removeSudoFix(command) : undefined;
        report({ messageId: 'sudo', span: sudo.span, fixes: fix ? [fix] : [] });
      }
    }
  },
});

/** The last USER before the RUN (in its stage and the stages it is built on) is root, or there is none on a root image. */
function runsAsRoot(run: DockerInstruction, stage: Stage | undefined): boolean {
  if (!stage) return false;
  const chain = stageChain(stage);
  const users = chain.flatMap((s) => s.instructions).filter((i) => i.keyword === 'USER' && i.span.start < run.span.start);
  const last = users[users.length - 1];
  if (!last) return !!chain[0].image && !chain[0].image.hasVariables && !runsAsNonRootByDefault(chain[0].image);
  const user = last.args[0]?.value.split(':')[0];
  return user === 'root' || user === '0';
}

/** Removes `sudo` and its options, up to the command it runs. */
function removeSudoFix(command: SimpleCommand): FixSpec<MessageId> | undefined {
  const program = programOf(command);
  const sudoIndex = command.words.findIndex((w) => w.value.replace(/^.*\//, '') === 'sudo');
  if (!program || program.argsIndex - 1 <= sudoIndex) return undefined;
  const runs = command.words[program.argsIndex - 1];
  return { messageId: 'removeSudo', safety: 'unsafe', edits: [remove({ start: command.words[sudoIndex].span.start, end: runs.span.start })] };
}
