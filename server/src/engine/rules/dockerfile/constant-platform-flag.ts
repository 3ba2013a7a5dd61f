import { defineRule } from '../../define';

type MessageId = 'constantPlatform';

export default defineRule<MessageId>({
  id: 'constant-platform-flag',
  language: 'dockerfile',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    constantPlatform:
      '`--platform={{platform}}` pins this stage to one platform: on any other machine or in a multi-platform build it runs under emulation or produces the wrong architecture. Use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or drop the flag.',
  },
  docs: {
    summary: 'Flags `FROM --platform=` with a constant value such as `linux/amd64`.',
    why:
      'Without the flag a stage is built for the requested target platform. A hard-coded platform overrides that: on an ' +
      'arm64 laptop or CI runner the stage runs under slow emulation, and `docker buildx build --platform linux/arm64` ' +
      'quietly produces an amd64 image. Cross-compiling stages should use `--platform=$BUILDPLATFORM`.',
    bad: ['FROM --platform=linux/amd64 node:20\nCMD ["node"]'],
    good: [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .',
      'FROM --platform=linux/amd64 debian:12 AS build-amd64',
    ],
    differences:
      'hadolint flags every `--platform`, including the recommended `--platform=$BUILDPLATFORM`; Shipshape, like BuildKit, ' +
      'flags only constants, and accepts a constant when the stage name mentions its OS or architecture (`AS build-amd64`), ' +
      'a sign the stage is meant for that platform.',
    references: ['https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag || !flag.value || flag.value.includes('$')) continue;
      const parts = flag.value.toLowerCase().split('/').filter(Boolean);
      if (stage.name && parts.some((part) => stage.name!.includes(part))) continue;
      report({ messageId: 'constantPlatform', data: { platform: flag.value }, span: flag.span });
    }
  },
});
