import { defineRule } from '../../define';
import { globalArgsOf } from '../../parse/variables';
import { resolveBaseImage } from '../../parse/image-reference';

type MessageId = 'untagged' | 'untaggedAfterArgs';

export default defineRule<MessageId>({
  id: 'untagged-base-image',
  language: 'dockerfile',
  aliases: ['DL3006'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    untagged: '`{{image}}` has no tag, so the build pulls whatever `latest` points to that day: rebuilds are not reproducible. Pin a version tag or a digest.',
    untaggedAfterArgs:
      '`{{image}}` resolves to `{{resolved}}` with the ARG defaults, which has no tag: rebuilds pull whatever `latest` points to. Give the default a version tag.',
  },
  docs: {
    summary: 'Flags a FROM image with neither a tag nor a digest.',
    why:
      'An image without a tag means `:latest`, which moves whenever the publisher pushes. The same Dockerfile then builds ' +
      'a different image next week, a new major version can break the build or the application, and nobody can tell ' +
      'which base a running container came from. A version tag (or a digest) makes the base a deliberate choice.',
    bad: ['FROM ubuntu\nRUN apt-get update', 'ARG BASE=node\nFROM ${BASE}\nCMD ["node"]'],
    good: [
      'FROM ubuntu:24.04\nRUN apt-get update',
      'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM build\nCMD ["/app"]',
      'ARG IMAGE\nFROM ${IMAGE}',
      'FROM scratch\nCOPY app /app',
    ],
    differences:
      'Image names built from ARGs are resolved with the ARGs\' defaults, so `ARG BASE=node:20` + `FROM $BASE` is accepted ' +
      'and `ARG BASE=node` is flagged; an ARG without a default (set with `--build-arg`) is not guessed at.',
    references: ['https://docs.docker.com/reference/dockerfile/#from'],
  },
  check({ dockerfile, report }) {
    const globals = globalArgsOf(dockerfile);
    for (const stage of dockerfile.stages) {
      const resolved = resolveBaseImage(dockerfile, stage, globals);
      if (!resolved || resolved.parts.tag !== undefined || resolved.parts.digest !== undefined) continue;
      const image = stage.image!;
      report({
        messageId: resolved.substituted ? 'untaggedAfterArgs' : 'untagged',
        data: { image: image.text, resolved: resolved.text },
        span: image.span,
      });
    }
  },
});
