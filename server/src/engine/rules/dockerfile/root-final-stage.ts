import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import { commandsOf } from '../../parse/run-commands';
import { builtInUserOf, imageFamilyOf, runsAsNonRootByDefault, type ImageFamily } from '../../knowledge/base-images';
import { indentationAt, insertLines, nextLineStart, replace } from '../../fix/edits';

type MessageId = 'explicitRoot' | 'noUser' | 'runAsNonRoot';

/** Commands that let an entrypoint script start as root and drop to another user (as the official postgres image does). */
const PRIVILEGE_DROPPERS = new Set(['gosu', 'su-exec', 'setpriv', 'chpst', 's6-setuidgid']);

export default defineRule<MessageId>({
  id: 'root-final-stage',
  language: 'dockerfile',
  aliases: ['DL3002'],
  category: 'security',
  severity: 'warning',
  fixable: 'always',
  messages: {
    explicitRoot: 'The final stage switches to `{{user}}`, so the container runs as root: a compromised process owns the whole container.',
    noUser: 'The final stage (`{{image}}`) never sets USER, so the container runs as root: a compromised process owns the whole container.',
    runAsNonRoot: 'Run as a non-root user',
  },
  docs: {
    summary: 'Flags a final image stage that runs its process as root.',
    why:
      'Whatever the container runs inherits its user. As root, a bug or a compromised dependency can rewrite the image\'s ' +
      'files, read every secret mounted into it and, with a single kernel or runtime flaw, reach the host. Creating an ' +
      'unprivileged user and switching to it with USER is cheap; only the final stage matters, since build stages are not shipped.',
    bad: ['FROM node:20-alpine\nCOPY . /app\nCMD ["node", "/app/server.js"]', 'FROM debian:bookworm-slim\nUSER root\nCMD ["bash"]'],
    good: [
      'FROM node:20-alpine\nCOPY . /app\nUSER 1000:1000\nCMD ["node", "/app/server.js"]',
      'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]',
      'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
    ],
    fixSafety:
      'Unsafe: the process loses write access to root-owned files and cannot bind ports below 1024 without extra capabilities. ' +
      'The fix creates a user with the fixed id 10001 in the way the base image\'s family expects (Alpine/BusyBox `adduser -S -u`, ' +
      'Debian/Ubuntu and RHEL-like `useradd --uid … --no-log-init`), uses the image\'s own account where it ships one (`node`, ' +
      'uid 1000), distroless\'s `nonroot` (65532), and plain `10001:10001` when the family is unknown. The USER is always ' +
      'numeric so that Kubernetes can verify `runAsNonRoot`; it goes after the last build step of the stage. Replacing an ' +
      'explicit `USER root` uses the numeric id only: a UID needs no /etc/passwd entry to run.',
    differences:
      'hadolint\'s DL3002 flags only an explicit `USER root`. Shipshape also flags a final stage that never sets USER, unless ' +
      'its base image already runs as a non-root user (distroless `:nonroot`, Chainguard, chiseled .NET, bitnami…) or the ' +
      'stage installs a privilege-dropping tool (gosu, su-exec, setpriv) for its entrypoint.',
    references: ['https://docs.docker.com/reference/dockerfile/#user'],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    if (!final) return;
    const text = dockerfile.text;
    const lastUser = lastUserOf(final);
    if (lastUser) {
      const word = lastUser.args[0];
      if (!word || !isRoot(word.value)) return;
      const replacement = userFor(final).user;
      report({
        messageId: 'explicitRoot',
        data: { user: word.value },
        span: word.span,
        fixes: [{ messageId: 'runAsNonRoot', safety: 'unsafe', edits: [replace(word.span, replacement)] }],
      });
      return;
    }
    // `FROM` without an image is a syntax error (reported by dockerfile-syntax-error), not a root container.
    if (!final.image) return;
    if (inheritsNonRoot(final)) return;
    if (dropsPrivilegesAtRuntime(final, text, dockerfile.escapeChar)) return;
    report({ messageId: 'noUser', data: { image: final.image.text }, span: final.image.span, fixes: addUserFix(final, text, dockerfile.escapeChar) });
  },
});

/** The last USER of a stage, or of the stage it is built on. */
function lastUserOf(stage: Stage): DockerInstruction | undefined {
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    const users = s.instructions.filter((i) => i.keyword === 'USER');
    if (users.length > 0) return users[users.length - 1];
  }
  return undefined;
}

function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

function inheritsNonRoot(stage: Stage): boolean {
  let root: Stage = stage;
  while (root.baseStage) root = root.baseStage;
  return !!root.image && (root.image.hasVariables || runsAsNonRootByDefault(root.image));
}

function dropsPrivilegesAtRuntime(stage: Stage, text: string, escapeChar: string): boolean {
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    for (const ins of s.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const commands = commandsOf(ins, text, escapeChar).commands;
      if (commands.some((c) => c.words.some((w) => PRIVILEGE_DROPPERS.has(w.value.replace(/^.*\//, ''))))) return true;
    }
  }
  return false;
}

interface UserPlan {
  /** Lines that create the user, if the image lacks one. */
  create: string[];
  /** Numeric, so that Kubernetes' `runAsNonRoot` can verify it (see non-numeric-user). */
  user: string;
}

/** The id our fix gives the user it creates: above the range distributions hand out to their own accounts. */
const APP_ID = 10001;

function userFor(stage: Stage): UserPlan {
  let root: Stage = stage;
  while (root.baseStage) root = root.baseStage;
  const image = root.image;
  const builtIn = image && builtInUserOf(image);
  if (builtIn) return { create: [], user: `${builtIn.uid}:${builtIn.gid}` };
  const family: ImageFamily = image ? imageFamilyOf(image) : 'scratch';
  switch (family) {
    case 'alpine':
      return { create: [`RUN addgroup -S -g ${APP_ID} app && adduser -S -u ${APP_ID} -G app app`], user: `${APP_ID}:${APP_ID}` };
    case 'debian':
    case 'rhel':
      // --no-log-init: a high UID would otherwise grow a huge sparse /var/log/lastlog (hadolint's DL3046).
      return { create: [`RUN groupadd --gid ${APP_ID} app && useradd --uid ${APP_ID} --gid app --no-create-home --no-log-init app`], user: `${APP_ID}:${APP_ID}` };
    case 'distroless':
      return { create: [], user: '65532:65532' };
    default:
      return { create: [], user: `${APP_ID}:${APP_ID}` };
  }
}

/** Adds the user after the stage's last build step (RUN/COPY/ADD), so earlier steps keep running as root. */
function addUserFix(stage: Stage, text: string, escapeChar: string): FixSpec<MessageId>[] {
  const plan = userFor(stage);
  const buildSteps = stage.instructions.filter((i) => i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD');
  const anchor = buildSteps[buildSteps.length - 1] ?? stage.from;
  // Text after an unterminated heredoc is part of its body: a USER line there would change nothing.
  if (anchor.heredocs.some((h) => !h.terminated)) return [];
  const at = nextLineStart(text, anchor.span.end - 1);
  // Nor after an instruction still continued at its end (`FROM d \` as the last line, perhaps followed by comment
  // lines): the USER line would join it.
  const written = text.slice(anchor.span.start, at).split(/\r?\n|\r/).filter((line, i) => i === 0 || !/^\s*(#.*)?$/.test(line));
  if (written[written.length - 1].trimEnd().endsWith(escapeChar)) return [];
  const lines = [...plan.create, `USER ${plan.user}`];
  return [{ messageId: 'runAsNonRoot', safety: 'unsafe', edits: [insertLines(text, at, lines, indentationAt(text, anchor.span.start))] }];
}
