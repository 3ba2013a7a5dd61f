import { defineRule } from '../../define';
import { globalArgsOf } from '../../parse/variables';
import { resolveBaseImage } from '../../parse/image-reference';

type MessageId = 'latestTag' | 'latestTagAfterArgs';

export default defineRule<MessageId>({
  id: 'latest-base-image',
  language: 'dockerfile',
  aliases: ['DL3007'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    latestTag: '`{{image}}` uses the `latest` tag, which moves with every release: rebuilds are not reproducible. Pin a version tag or a digest.',
    latestTagAfterArgs: '`{{image}}` resolves to `{{resolved}}` with the ARG defaults: the `latest` tag moves with every release. Give the default a version tag.',
  },
  docs: {
    summary: 'Flags a FROM image pinned to the `latest` tag.',
    why:
      '`latest` is just the tag a publisher moves on each release. Writing it down looks deliberate but pins nothing: ' +
      'the next build may pull a new major version, break, or ship changes nobody reviewed, and two builds of the same ' +
      'commit can differ. Use a version tag (`node:20.11-alpine`) or a digest.',
    bad: ['FROM node:latest\nCMD ["node"]'],
    good: [
      'FROM node:20.11-alpine\nCMD ["node"]',
      'FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    ],
    differences:
      'A digest after `:latest` pins the image, so Shipshape accepts it; image names built from ARGs are resolved with the ' +
      'ARGs\' defaults.',
    references: ['https://docs.docker.com/reference/dockerfile/#from'],
  },
  check({ dockerfile, report }) {
    const globals = globalArgsOf(dockerfile);
    for (const stage of dockerfile.stages) {
      const resolved = resolveBaseImage(dockerfile, stage, globals);
      if (!resolved || resolved.parts.tag !== 'latest' || resolved.parts.digest !== undefined) continue;
      const image = stage.image!;
      if (resolved.substituted) {
        report({ messageId: 'latestTagAfterArgs', data: { image: image.text, resolved: resolved.text }, span: image.span });
      } else {
        report({ messageId: 'latestTag', data: { image: image.text }, span: image.tagSpan ?? image.span });
      }
    }
  },
});
