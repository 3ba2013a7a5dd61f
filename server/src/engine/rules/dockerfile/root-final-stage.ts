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
      'FROM node:20-alpine\nCOPY . /app\nUSER node\nCMD ["node", "/app/server.js"]',
      'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]',
      'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nRUN addgroup -S app && adduser -S app -G app\nUSER app\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
    ],
    fixSafety:
      'Unsafe: the process loses write access to root-owned files and cannot bind ports below 1024 without extra capabilities. ' +
      'The fix adds a system user in the way the base image\'s family expects (Alpine/BusyBox `adduser -S`, Debian/Ubuntu and ' +
      'RHEL-like `useradd --system`), uses the image\'s own user where it ships one (`node`), `nonroot` on distroless, and a ' +
      'numeric `10001:10001` when the family is unknown; the USER line goes after the last build step of the stage.',
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
    if (inheritsNonRoot(final)) return;
    if (dropsPrivilegesAtRuntime(final, text, dockerfile.escapeChar)) return;
    const image = final.image;
    report({
      messageId: 'noUser',
      data: { image: image?.text ?? 'scratch' },
      span: image?.span ?? final.from.keywordSpan,
      fixes: [addUserFix(final, text)],
    });
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
      const words = commandsOf(ins, text, escapeChar).commands.flatMap((c) => c.words.map((w) => w.value.replace(/^.*\//, '')));
      if (words.some((w) => PRIVILEGE_DROPPERS.has(w))) return true;
    }
  }
  return false;
}

interface UserPlan {
  /** Lines that create the user, if the image lacks one. */
  create: string[];
  user: string;
}

function userFor(stage: Stage): UserPlan {
  let root: Stage = stage;
  while (root.baseStage) root = root.baseStage;
  const image = root.image;
  const builtIn = image && builtInUserOf(image);
  if (builtIn) return { create: [], user: builtIn };
  const family: ImageFamily = image ? imageFamilyOf(image) : 'scratch';
  switch (family) {
    case 'alpine':
      return { create: ['RUN addgroup -S app && adduser -S -G app app'], user: 'app' };
    case 'debian':
    case 'rhel':
      return { create: ['RUN groupadd --system app && useradd --system --gid app --no-create-home app'], user: 'app' };
    case 'distroless':
      return { create: [], user: 'nonroot:nonroot' };
    default:
      return { create: [], user: '10001:10001' };
  }
}

/** Adds the user after the stage's last build step (RUN/COPY/ADD), so earlier steps keep running as root. */
function addUserFix(stage: Stage, text: string): FixSpec<MessageId> {
  const plan = userFor(stage);
  const buildSteps = stage.instructions.filter((i) => i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD');
  const anchor = buildSteps[buildSteps.length - 1] ?? stage.from;
  const at = nextLineStart(text, anchor.span.end - 1);
  const lines = [...plan.create, `USER ${plan.user}`];
  return { messageId: 'runAsNonRoot', safety: 'unsafe', edits: [insertLines(text, at, lines, indentationAt(text, anchor.span.start))] };
}
