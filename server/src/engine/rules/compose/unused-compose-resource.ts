import { defineRule } from '../../define';
import { isPartialProject } from '../../compose/service-facts';
import type { ResourceSection } from '../../compose/model';

type MessageId = 'unused';

const SECTIONS: { section: ResourceSection; kind: string }[] = [
  { section: 'volumes', kind: 'volume' },
  { section: 'networks', kind: 'network' },
  { section: 'secrets', kind: 'secret' },
  { section: 'configs', kind: 'config' },
];

export default defineRule<MessageId>({
  id: 'unused-compose-resource',
  language: 'compose',
  aliases: [],
  category: 'maintainability',
  severity: 'info',
  fixable: 'never',
  messages: {
    unused: 'The {{kind}} `{{name}}` is declared but no service uses it.',
  },
  docs: {
    summary: 'Points out volumes, networks, secrets and configs that are declared but used by no service.',
    why:
      'A declaration nobody uses is usually left over from a service that was removed or renamed. Compose still creates ' +
      'the volume or network, and readers assume something depends on it; a leftover secret keeps a credential file ' +
      'wired into the project for no reason.',
    bad: ['services:\n  api:\n    image: nginx:1.27\nvolumes:\n  old-data:\n'],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    volumes:\n      - data:/srv\nvolumes:\n  data:\n',
      'services:\n  api:\n    image: nginx:1.27\nnetworks:\n  default:\n    name: shared\n',
    ],
    differences:
      'The `default` network is used implicitly. Files that include others or are layered over a base file (names such as ' +
      '`compose.override.yaml`) are not checked.',
  },
  check({ compose, project, report }) {
    if (compose.services.length === 0 || isPartialProject(compose, project.fileName)) return;
    const used = new Set(compose.references.map((r) => `${r.kind}:${r.name}`));
    for (const { section, kind } of SECTIONS) {
      for (const entry of compose.declared(section)) {
        if (used.has(`${kind}:${entry.key}`) || (kind === 'network' && entry.key === 'default') || entry.key.startsWith('x-')) continue;
        report({ messageId: 'unused', data: { kind, name: entry.key }, span: entry.keySpan });
      }
    }
  },
});
