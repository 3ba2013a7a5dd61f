import { defineRule, type FixSpec } from '../../define';
import type { DockerfileModel } from '../../parse/dockerfile';
import { resolveStageReference } from '../../parse/stage-refs';
import { replace } from '../../fix/edits';
import { closestMatch } from '../../text/suggest';

type MessageId = 'unknownStage' | 'badIndex' | 'variable' | 'useStage';

export default defineRule<MessageId>({
  id: 'copy-from-unknown-stage',
  language: 'dockerfile',
  aliases: ['DL3022'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    unknownStage:
      '`{{ref}}` is not a stage of this Dockerfile, so BuildKit looks for a build context of that name or pulls the image `{{ref}}:latest`.',
    badIndex: 'There is no stage {{index}}: this Dockerfile has {{count}} (counted from 0), so the build fails.',
    variable:
      '`--from` does not expand variables and BuildKit stops the build. Declare the image in an ARG before the first FROM, name a stage `FROM ${…} AS <name>`, and copy from that stage.',
    useStage: 'Copy from stage `{{stage}}`',
  },
  docs: {
    summary: 'Flags `COPY --from` naming neither a stage of the Dockerfile nor a full image reference.',
    why:
      '`--from` takes a stage name, a stage index or an image. A name that matches no stage is not an error to BuildKit: it ' +
      'quietly treats the name as an image on Docker Hub and pulls `<name>:latest`. A misspelt stage name therefore fails ' +
      'with a confusing "pull access denied", or worse, copies files out of some unrelated public image. A variable in ' +
      '`--from` is refused outright, and an index past the last stage fails the build.',
    bad: [
      'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=buildr /out/app /app',
      'ARG TOOLS=ghcr.io/org/tools:1.2\nFROM alpine:3.20\nCOPY --from=$TOOLS /bin/tool /usr/local/bin/',
    ],
    good: [
      'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=builder /out/app /app',
      'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
      'ARG TOOLS=ghcr.io/org/tools:1.2\nFROM ${TOOLS} AS tools\nFROM alpine:3.20\nCOPY --from=tools /bin/tool /usr/local/bin/',
    ],
    fixSafety:
      'When the name is one or two letters away from a stage name, an unsafe fix switches to that stage: it is almost ' +
      'certainly the intent, but it changes what the build copies.',
    differences:
      'hadolint accepts only stages defined earlier and exempts references containing `:`. Shipshape follows BuildKit: a ' +
      'stage defined later in the file is a valid source, and any reference with a registry, path, tag or digest is an ' +
      'image. It also reports variables in `--from` and stage indexes past the last stage, which BuildKit rejects ' +
      '(Buildah and Podman expand variables there; Docker does not).',
    references: ['https://docs.docker.com/reference/dockerfile/#copy---from'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'COPY') continue;
      const from = instruction.flags.find((f) => f.name.toLowerCase() === 'from');
      if (!from?.value || !from.valueSpan) continue;
      const reference = resolveStageReference(dockerfile, from.value);
      switch (reference.kind) {
        case 'variable':
          report({ messageId: 'variable', span: from.valueSpan });
          break;
        case 'badIndex':
          report({ messageId: 'badIndex', data: { index: reference.index, count: dockerfile.stages.length }, span: from.valueSpan });
          break;
        case 'unknown':
          report({ messageId: 'unknownStage', data: { ref: from.value }, span: from.valueSpan, fixes: closeStageFix(dockerfile, from.value, from.valueSpan) });
          break;
      }
    }
  },
});

/** Switches to the stage whose name `ref` most likely misspells. */
function closeStageFix(dockerfile: DockerfileModel, ref: string, span: { start: number; end: number }): FixSpec<MessageId>[] {
  // Only names BuildKit accepts: a broken `FROM x AS  ld` may yield a name with spaces, which would not be one word here.
  const stage = closestMatch(ref, dockerfile.stages.flatMap((s) => (s.name && /^[a-z][a-z0-9-_.]*$/.test(s.name) ? [s.name] : [])));
  return stage ? [{ messageId: 'useStage', data: { stage }, safety: 'unsafe', edits: [replace(span, stage)] }] : [];
}
