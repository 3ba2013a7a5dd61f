import { defineRule, type FixSpec } from '../../define';
import type { Edit, Span } from '../../model';
import type { DockerfileModel, DockerInstruction, Stage } from '../../parse/dockerfile';
import { resolveBaseImage } from '../../parse/image-reference';
import { runsPosixShell } from '../../parse/stage-shell';
import { keyValuePairsOf } from '../../parse/key-value-pairs';
import { fullLines, remove } from '../../fix/edits';
import { insertRunFlags } from '../../fix/run-script-edits';
import { cacheMountPlanOf, type CacheMountPlan, type ToolEnvironment } from '../../knowledge/cache-mount-targets';
import { cacheMountTargets } from '../../knowledge/package-caches';
import { runsAsNonRootByDefault } from '../../knowledge/base-images';
import { stageChain } from '../../knowledge/shipped-stages';
import { commandsOf } from '../../parse/run-commands';

type MessageId = 'noCacheMount' | 'addCacheMount';

export default defineRule<MessageId>({
  id: 'missing-cache-mount',
  language: 'dockerfile',
  aliases: [],
  category: 'build-cache',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'sometimes',
  messages: {
    noCacheMount:
      '`{{command}}` downloads everything again whenever this step reruns. A cache mount keeps {{tool}}\'s downloads between builds without putting them in the image: `RUN {{flags}} …`.',
    addCacheMount: 'Add a cache mount for {{tool}}',
  },
  docs: {
    summary: 'Suggests a BuildKit cache mount for package-manager and build-tool downloads.',
    why:
      'When a dependency changes, the install step reruns from scratch and downloads every package again. ' +
      '`RUN --mount=type=cache,target=<cache dir>` gives the tool a cache that survives between builds on the same builder ' +
      'but never enters a layer: reruns fetch only what changed, and the image stays as small as with `--no-cache`. ' +
      'It needs BuildKit (the default builder since Docker 23). On CI runners that start empty the cache only helps when ' +
      'it is exported and restored, so the rule is off by default.',
    bad: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev'],
    good: [
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
      'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app',
    ],
    fixSafety:
      'Unsafe: the fix adds `--mount=type=cache,target=…` for the tool\'s cache directory (and drops `--no-cache` or ' +
      '`--no-cache-dir`, which would make the mount useless). Files the tool leaves in that directory no longer reach the ' +
      'image, which matters if a later step copies them out (`COPY --from=build /root/.m2 …`). For apt, Debian and Ubuntu ' +
      'images delete downloaded packages after each install unless `/etc/apt/apt.conf.d/docker-clean` is removed, so only ' +
      'the package lists are reused until then; apk likewise keeps only its indexes there unless `/etc/apk/cache` links to ' +
      'the mount. No fix when the stage runs as a non-root user, whose cache lives elsewhere ' +
      'and needs `uid=` on the mount.',
    differences: 'Neither hadolint nor BuildKit suggests cache mounts. A RUN that already has a cache mount is left alone: its tools may be configured to use it.',
    references: ['https://docs.docker.com/build/cache/optimize/#use-cache-mounts', 'https://docs.docker.com/reference/dockerfile/#run---mounttypecache'],
  },
  check({ document, dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      for (const run of stage.instructions) {
        if (run.keyword !== 'RUN' || cacheMountTargets(run).length > 0 || !runsPosixShell(run, dockerfile, document.pragmas.shell?.name)) continue;
        const tools = toolEnvironment(dockerfile, stage, run);
        const seen = new Set<string>();
        for (const command of commandsOf(run, dockerfile.text, dockerfile.escapeChar).commands) {
          const plan = cacheMountPlanOf(command, tools);
          if (!plan || seen.has(plan.tool)) continue;
          seen.add(plan.tool);
          const flags = plan.targets.map((target) => `--mount=type=cache,target=${target}${plan.locked ? ',sharing=locked' : ''}`);
          const fix = runsAsRoot(stage, run) ? cacheMountFix(dockerfile.text, dockerfile.escapeChar, run, plan, flags) : undefined;
          report({
            messageId: 'noCacheMount',
            data: { command: dockerfile.text.slice(plan.span.start, plan.span.end), tool: plan.tool, flags: flags.join(' ') },
            span: plan.span,
            fixes: fix ? [fix] : [],
          });
        }
      }
    }
  },
});

function cacheMountFix(text: string, escapeChar: string, run: DockerInstruction, plan: CacheMountPlan, flags: string[]): FixSpec<MessageId> | undefined {
  const mount = insertRunFlags(run, flags);
  if (!mount) return undefined;
  const edits: Edit[] = [mount];
  if (plan.disablesCache && run.form === 'shell') edits.push(remove(optionRemoval(text, escapeChar, plan.disablesCache.span)));
  return { messageId: 'addCacheMount', data: { tool: plan.tool }, safety: 'unsafe', edits };
}

/** The option with the blanks before it; its whole line when it stands alone on a continued line. */
function optionRemoval(text: string, escapeChar: string, span: Span): Span {
  const line = fullLines(text, span);
  const rest = (text.slice(line.start, span.start) + text.slice(span.end, line.end)).trim();
  if (rest === escapeChar) return line;
  let start = span.start;
  while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  return { start, end: span.end };
}

/** The static `ENV` values before the RUN, and the image the stage chain starts from. */
function toolEnvironment(dockerfile: DockerfileModel, stage: Stage, run: DockerInstruction): ToolEnvironment {
  const chain = stageChain(stage);
  const env = new Map<string, string>();
  for (const instruction of chain.flatMap((s) => s.instructions)) {
    if (instruction === run) break;
    if (instruction.keyword !== 'ENV') continue;
    for (const pair of keyValuePairsOf(instruction)) {
      if (pair.value !== null && !pair.value.includes('$')) env.set(pair.key, pair.value);
      else env.delete(pair.key);
    }
  }
  const name = resolveBaseImage(dockerfile, chain[0])?.parts.path ?? chain[0].image?.name;
  return { env, baseImage: name && !name.includes('$') ? name.toLowerCase().replace(/^library\//, '') : undefined };
}

/**
 * The cache paths we know are root's: the last USER before the RUN (or the base image) must be root. An image named
 * by a variable is taken to run builds as root, as nearly all do.
 */
function runsAsRoot(stage: Stage, run: DockerInstruction): boolean {
  const chain = stageChain(stage);
  const users = chain.flatMap((s) => s.instructions).filter((i) => i.keyword === 'USER' && i.span.start < run.span.start);
  const last = users[users.length - 1];
  if (last) return /^(root|0)(:|$)/.test(last.args[0]?.value ?? '');
  const image = chain[0].image;
  return !image || image.hasVariables || !runsAsNonRootByDefault(image);
}
