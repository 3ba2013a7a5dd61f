import { defineRule } from '../../define';
import { packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { unpinnedPackages } from '../../knowledge/package-pins';

type MessageId = 'unpinned';

export default defineRule<MessageId>({
  id: 'unpinned-apt-package',
  language: 'dockerfile',
  aliases: ['DL3008'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version pin, so each rebuild installs whatever version the mirror offers that day. Pin it: `{{pinned}}`.',
  },
  docs: {
    summary: 'Flags packages that `apt-get install` installs without a version pin.',
    why:
      'Without a pin, the package version depends on the day the image is built: two builds of the same commit can ship ' +
      'different libraries, and a rebuild for an unrelated change can pull in a breaking upgrade. Pinning ' +
      '(`curl=7.88.1-10+deb12u5`) makes builds repeatable and upgrades deliberate. The cost is upkeep: Debian and Ubuntu ' +
      'mirrors drop superseded versions, so pins must move with the base image (tools like Renovate can do it). Teams ' +
      'that rebuild often on purpose to pick up security updates may prefer to turn this rule off.',
    bad: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'],
    good: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nCOPY tool_1.2.3_amd64.deb /tmp/\nRUN apt-get install -y /tmp/tool_1.2.3_amd64.deb',
    ],
    differences:
      'Like hadolint, Shipshape skips `.deb` files, the value of `-t`/`--target-release` and packages named by variables. ' +
      'It reports each unpinned package at its own word instead of once per RUN, also checks `apt install`, and counts ' +
      '`pkg/bookworm-backports` as unpinned: it chooses a release, not a version.',
    references: ['https://manpages.debian.org/bookworm/apt/apt-get.8.en.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'apt-get' && call.tool !== 'apt') continue;
        for (const { word, pinned } of unpinnedPackages(call)) report({ messageId: 'unpinned', data: { package: word.value, pinned }, span: word.span });
      }
    }
  },
});
