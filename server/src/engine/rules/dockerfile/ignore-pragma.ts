import { defineRule } from '../../define';

type MessageId = 'ignorePragma';

export default defineRule<MessageId>({
  id: 'ignore-pragma',
  language: 'dockerfile',
  aliases: ['DL1001'],
  category: 'maintainability',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    ignorePragma: 'This comment silences {{names}} here. Fix what the rule found, or turn the rule off in `.shipshape.yaml` where the exception is visible.',
  },
  docs: {
    summary: 'Flags every ignore comment: `# shipshape ignore=`, `# hadolint ignore=` (any scope) and BuildKit `# check=skip=`.',
    why:
      'Teams that want every exception reviewed in one place keep them in the configuration file, not scattered through ' +
      'Dockerfiles where a one-line comment quietly switches a check off. Turn this rule on to find every such comment.',
    bad: ['FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl', '# check=skip=JSONArgsRecommended\nFROM node:20\nCMD node server.js'],
    good: ['FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5'],
    differences:
      'hadolint\'s DL1001 flags its own `# hadolint ignore=` comments; this rule also flags `# shipshape ignore=` and ' +
      'BuildKit\'s `# check=skip=`. Off by default, as in hadolint.',
  },
  check({ suppressions, report }) {
    for (const pragma of suppressions.pragmas) {
      if (pragma.names.length === 0 && !pragma.all) continue;
      const names = pragma.all ? 'every BuildKit check' : pragma.names.map((n) => `\`${n.name}\``).join(', ');
      report({ messageId: 'ignorePragma', data: { names }, span: pragma.span });
    }
  },
});
