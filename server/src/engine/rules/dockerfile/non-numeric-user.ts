import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import { accountIdsOf, type AccountIds } from '../../knowledge/user-accounts';
import { isWindowsImage } from '../../knowledge/windows-images';
import { replace } from '../../fix/edits';

type MessageId = 'userName' | 'useIds';

export default defineRule<MessageId>({
  id: 'non-numeric-user',
  language: 'dockerfile',
  aliases: ['DL3066'],
  category: 'security',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    userName:
      'The image runs as the user name `{{user}}`. Kubernetes cannot check a name against `runAsNonRoot` and refuses to start the pod; a numeric UID (`USER {{uid}}`) can be checked without reading the image\'s /etc/passwd.',
    useIds: 'Use the numeric id (`{{ids}}`)',
  },
  docs: {
    summary: 'Flags a final image whose USER is a name rather than a numeric UID.',
    why:
      'A user name only means something inside the image\'s `/etc/passwd`. The platform that runs the container cannot ' +
      'see that file before starting it: Kubernetes with `runAsNonRoot: true` refuses an image whose user is not numeric ' +
      '("cannot verify user is non-root"), and Pod Security admission and OpenShift policies reason about UIDs too. With ' +
      'a numeric USER the runtime still looks up the name, home directory and groups, so nothing else changes.',
    bad: ['FROM node:20-alpine\nUSER node\nCMD ["node", "server.js"]'],
    good: [
      'FROM node:20-alpine\nUSER 1000\nCMD ["node", "server.js"]',
      'FROM debian:bookworm-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\nUSER 10001:10001',
      'FROM node:20-alpine AS build\nUSER node\nRUN npm ci\nFROM gcr.io/distroless/nodejs20-debian12:nonroot\nUSER 65532\nCMD ["server.js"]',
    ],
    fixSafety:
      'Safe when the id is known: the stage creates the user with a fixed id (`useradd -u`, `adduser -u`, `groupadd -g`, ' +
      '`addgroup -g`), or the base image ships it (`nobody` 65534, distroless `nonroot` 65532, `node` 1000 in the official ' +
      'Node.js images). The container then runs as the same account. A user created without a fixed id gets no fix: the id ' +
      'would depend on what else the image created.',
    differences:
      'hadolint flags every USER with a name, build stages included. Only the user the final image runs as matters to the ' +
      'platform, so Shipshape checks the last USER of the final stage; `root` is left to `root-final-stage`, and Windows ' +
      'images, whose users are names by design, are skipped.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.docker.com/reference/dockerfile/#user',
    ],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    const instruction = final && lastUserOf(final);
    const word = instruction?.args[0];
    if (!final || !word || instruction.args.length !== 1 || word.value.includes('$')) return;
    const [user, group] = word.value.split(':');
    if (/^\d+$/.test(user) || user === 'root' || runsOnWindows(final)) return;
    const ids = accountIdsOf(final, dockerfile);
    report({ messageId: 'userName', data: { user, uid: ids.users.get(user) ?? 10001 }, span: word.span, fixes: numericFix(user, group, word.span, ids) });
  },
});

/** Windows containers name their users (`ContainerUser`); Kubernetes' UID checks do not apply to them. */
function runsOnWindows(stage: Stage): boolean {
  let root = stage;
  while (root.baseStage) root = root.baseStage;
  return !!root.image && isWindowsImage(root.image);
}

/** The last USER of a stage, or of the stage it is built on. */
function lastUserOf(stage: Stage): DockerInstruction | undefined {
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    const users = s.instructions.filter((i) => i.keyword === 'USER');
    if (users.length > 0) return users[users.length - 1];
  }
  return undefined;
}

function numericFix(user: string, group: string | undefined, span: { start: number; end: number }, ids: AccountIds): FixSpec<MessageId>[] {
  const uid = ids.users.get(user);
  if (uid === undefined) return [];
  const gid = group === undefined ? undefined : /^\d+$/.test(group) ? group : (ids.groups.get(group) ?? group);
  const text = gid === undefined ? String(uid) : `${uid}:${gid}`;
  return [{ messageId: 'useIds', data: { ids: text }, safety: 'safe', edits: [replace(span, text)] }];
}
