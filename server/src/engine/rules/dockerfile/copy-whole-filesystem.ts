import { defineRule } from '../../define';
import type { DockerfileModel, ImageRef, Stage } from '../../parse/dockerfile';
import { splitImageReference } from '../../parse/image-reference';
import { resolveStageReference } from '../../parse/stage-refs';
import { imageFamilyOf } from '../../knowledge/base-images';
import { copyArgsOf } from '../../parse/copy-args';

type MessageId = 'wholeFilesystem';

const ROOT = new Set(['/', '/.']);

export default defineRule<MessageId>({
  id: 'copy-whole-filesystem',
  language: 'dockerfile',
  aliases: ['DL3067'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    wholeFilesystem:
      '`COPY --from={{from}} / /` pours that stage\'s whole file system over this one: its package database, `/etc/passwd`, caches and build tools overwrite what this image had. Copy the directories you need instead.',
  },
  docs: {
    summary: 'Flags `COPY --from=<stage> / /`, which copies another stage\'s entire file system over the current one.',
    why:
      'Copying `/` onto `/` merges two operating systems file by file. The package manager\'s database, users and groups, ' +
      'shared libraries and configuration of the source stage replace this stage\'s own, so the result matches neither ' +
      'image, security scanners misreport what is installed, and the build tools the multi-stage build was meant to leave ' +
      'behind come along. Copy the build output (`/app`, `/usr/local/bin/tool`) instead.',
    bad: ['FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build / /'],
    good: [
      'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /usr/local/bin/app',
      'FROM debian:bookworm-slim AS rootfs\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nFROM scratch\nCOPY --from=rootfs / /',
    ],
    differences:
      'hadolint flags every such COPY. Shipshape flags it only when the source is known to hold an operating system (its ' +
      'base image is Debian- or Alpine-based, a RHEL clone or distroless): artifact images built `FROM scratch`, such as ' +
      '`tonistiigi/xx`, are made to be copied whole. It also accepts the copy into a stage built `FROM scratch`, where ' +
      'there is nothing to overwrite and copying `/` is the usual way to flatten an image into a single layer.',
    references: ['https://docs.docker.com/build/building/multi-stage/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'COPY' || !instruction.stage || startsFromScratch(instruction.stage)) continue;
      const args = copyArgsOf(instruction, dockerfile.text);
      if (!args?.from?.value || !args.destination || !ROOT.has(args.destination.value)) continue;
      if (!args.sources.some((s) => ROOT.has(s.value)) || !carriesOperatingSystem(dockerfile, args.from.value)) continue;
      report({ messageId: 'wholeFilesystem', data: { from: args.from.value }, span: { start: args.sources[0].span.start, end: args.destination.span.end } });
    }
  },
});

function rootOf(stage: Stage): Stage {
  let root = stage;
  while (root.baseStage) root = root.baseStage;
  return root;
}

function startsFromScratch(stage: Stage): boolean {
  return rootOf(stage).image?.name.toLowerCase() === 'scratch';
}

/**
 * Whether the source holds a whole operating system (Debian, Alpine, a RHEL clone, distroless), by what we know of its
 * base image. Artifact images built `FROM scratch` (`tonistiigi/xx`, `docker/buildx-bin`) are meant to be copied whole.
 */
function carriesOperatingSystem(dockerfile: DockerfileModel, from: string): boolean {
  const reference = resolveStageReference(dockerfile, from);
  let image: ImageRef | undefined;
  if (reference.kind === 'stage') image = rootOf(reference.stage).image;
  else if (reference.kind === 'image' || reference.kind === 'unknown') image = imageRefOf(from);
  if (!image || image.hasVariables) return false;
  const family = imageFamilyOf(image);
  return family !== 'unknown' && family !== 'scratch';
}

/** `--from=alpine:3.20` as the image reference of a FROM line would be read. */
function imageRefOf(reference: string): ImageRef {
  const parts = splitImageReference(reference);
  return { text: reference, span: { start: 0, end: 0 }, name: parts.path, registry: parts.registry, tag: parts.tag, tagSpan: undefined, digest: parts.digest, hasVariables: false };
}
