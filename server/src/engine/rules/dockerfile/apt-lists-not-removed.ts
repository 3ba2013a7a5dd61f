import { defineRule } from '../../define';
import type { SimpleCommand } from '../../parse/shell-words';
import { callSpan, hasOption, isSubcommand, packageCommandOf, type RunStep } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { cachesCleanedBy, mountCovers, removedPathsOf, removesWhole } from '../../knowledge/package-caches';
import { isShipped, shippedStages, stageChain } from '../../knowledge/shipped-stages';
import { appendCommand } from '../../fix/run-script-edits';
import { programOf } from '../../parse/run-commands';

type MessageId = 'listsKept' | 'removeLists';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = 'rm -rf /var/lib/apt/lists/*';
const APT_TOOLS = ['apt-get', 'apt', 'aptitude'];

export default defineRule<MessageId>({
  id: 'apt-lists-not-removed',
  language: 'dockerfile',
  aliases: ['DL3009'],
  category: 'image-size',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    listsKept:
      '`{{command}}` downloads the package lists, and this RUN never removes them: megabytes of indexes stay in the layer. End the RUN with `rm -rf /var/lib/apt/lists/*`.',
    removeLists: 'Remove the apt lists at the end of this RUN',
  },
  docs: {
    summary: 'Flags a RUN that runs `apt-get update` but leaves `/var/lib/apt/lists` in its layer.',
    why:
      '`apt-get update` fills `/var/lib/apt/lists` with the package indexes of every configured repository, often tens of ' +
      'megabytes. The image does not need them once the packages are installed, and a layer keeps whatever is on disk when ' +
      'its RUN ends: deleting the lists in a later RUN does not shrink the image. Remove them at the end of the same RUN.',
    bad: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl'],
    good: [
      'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl',
      'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /usr/bin/gcc /usr/local/bin/',
    ],
    fixSafety:
      'Safe: the fix appends `rm -rf /var/lib/apt/lists/*` to the RUN, in its own continuation style. It is unsafe when a later ' +
      'RUN in the stage (or a stage built on it) installs packages without its own `apt-get update`, as that install would ' +
      'then find no lists. No fix when the script ends in a way we cannot extend (a trailing comment, a background job) or the ' +
      'RUN is in exec form.',
    differences:
      'Like hadolint, Shipshape accepts a cache or tmpfs mount over the lists, and skips build stages: only the final stage ' +
      'and the stages it is built on are checked, since a stage that is only copied from is never shipped. Stages built only ' +
      'with `--target` count as build stages. Shipshape also checks `apt update`, `aptitude update` and apt 3\'s ' +
      '`apt-get install --update`, accepts ' +
      '`apt-get distclean`, and requires the removal to come after the last update.',
    references: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
  },
  check({ document, dockerfile, report }) {
    const shipped = shippedStages(dockerfile);
    const steps = [...posixRunSteps(dockerfile, document.pragmas.shell?.name)];
    steps.forEach((step, index) => {
      const { run, script } = step;
      const isTrigger = run !== step.instruction;
      if ((!isTrigger && !isShipped(step.stage, shipped)) || mountCovers(run, LISTS)) return;
      const commands = script.commands;
      const update = commands.reduce((last, command, i) => (isAptUpdate(command) ? i : last), -1);
      if (update < 0 || commands.slice(update + 1).some(removesLists)) return;
      const call = packageCommandOf(commands[update])!;
      const updateOption = call.options.find((o) => o.name === 'update')?.word;
      const span = { start: call.program.span.start, end: Math.max(callSpan(call).end, updateOption?.span.end ?? 0) };
      const edit = appendCommand(dockerfile.text, dockerfile.escapeChar, run, script, CLEANUP);
      const safety = !isTrigger && laterStepNeedsLists(steps, index) ? 'unsafe' : 'safe';
      report({
        messageId: 'listsKept',
        data: { command: dockerfile.text.slice(span.start, span.end) },
        span,
        fixes: edit ? [{ messageId: 'removeLists', safety, edits: [edit] }] : [],
      });
    });
  },
});

/** `apt-get update`, or an install that updates first (`apt-get install --update`, apt 3). */
function isAptUpdate(command: SimpleCommand): boolean {
  const call = packageCommandOf(command);
  return !!call && APT_TOOLS.includes(call.tool) && (isSubcommand(call, 'update') || hasOption(call, 'update'));
}

function removesLists(command: SimpleCommand): boolean {
  return cachesCleanedBy(command).includes('apt-lists') || removedPathsOf(command, undefined).some((r) => removesWhole(r.path, LISTS));
}

/** A later RUN of the stage, or of a stage built on it, reads the lists without downloading them first. */
function laterStepNeedsLists(steps: RunStep[], index: number): boolean {
  const stage = steps[index].stage;
  return steps.slice(index + 1).some((later) => {
    if (later.run !== later.instruction) return false;
    if (stage && (!later.stage || !stageChain(later.stage).includes(stage))) return false;
    for (const command of later.script.commands) {
      if (isAptUpdate(command)) return false;
      const call = packageCommandOf(command);
      if (call && APT_TOOLS.includes(call.tool) && !isSubcommand(call, 'clean', 'autoclean', 'distclean', 'purge', 'remove', 'autoremove', 'mark')) return true;
      if (programOf(command)?.name === 'apt-cache') return true;
    }
    return false;
  });
}
