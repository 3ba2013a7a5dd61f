import { isScalar } from 'yaml';
import { defineRule } from '../../define';
import { hasVariables } from '../../compose/interpolation';
import { spanInScalar } from '../../compose/yaml-nodes';

type MessageId = 'untagged' | 'floatingTag';

/** Tags that publishers move from release to release. */
const FLOATING_TAGS = new Set(['latest', 'stable', 'edge', 'nightly', 'canary', 'dev', 'beta', 'test', 'lts']);

export default defineRule<MessageId>({
  id: 'latest-service-image',
  language: 'compose',
  aliases: ['service-image-require-explicit-tag'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    untagged: '`{{image}}` has no tag, so Compose pulls `latest`, which moves with every release: the next pull may run a different version. Pin a version tag or a digest.',
    floatingTag: '`{{image}}` uses the `{{tag}}` tag, which moves with every release: the next pull may run a different version. Pin a version tag or a digest.',
  },
  docs: {
    summary: 'Flags service images without a tag or on a moving tag such as `latest`.',
    why:
      'An image without a tag means `latest`, and `latest`, `stable` or `lts` are just tags a publisher moves on each ' +
      'release. Two machines running the same file can then run different versions, a fresh pull can bring a major ' +
      'upgrade (a database that refuses its old data files), and a rollback has nothing to go back to. Pin a version ' +
      '(`postgres:16.4-alpine`) or a digest.',
    bad: ['services:\n  db:\n    image: postgres\n', 'services:\n  web:\n    image: nginx:latest\n'],
    good: [
      'services:\n  db:\n    image: postgres:16.4-alpine\n',
      'services:\n  web:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
      'services:\n  api:\n    build: .\n    image: registry.example.com/shop/api\n',
    ],
    differences:
      'A service with `build` is left alone: its `image` names what the build produces. Digests pin the image whatever the ' +
      'tag; tags given by variables (`app:${TAG}`) are only known at `up`.',
    references: ['https://docs.docker.com/reference/compose-file/services/#image'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const entry = service.get('image');
      const scalar = compose.deref(entry?.value);
      if (!entry || service.get('build') || !isScalar(scalar) || typeof scalar.value !== 'string' || seen.has(entry.valueSpan.start)) continue;
      const image = scalar.value.trim();
      // Only the last path component holds the tag: a variable in the registry part does not hide it.
      const name = image.slice(image.lastIndexOf('/') + 1);
      if (name === '' || hasVariables(name) || image.includes('@')) continue;
      const colon = name.indexOf(':');
      const tag = colon < 0 ? undefined : name.slice(colon + 1);
      if (tag !== undefined && !FLOATING_TAGS.has(tag.toLowerCase())) continue;
      seen.add(entry.valueSpan.start);
      if (tag === undefined) report({ messageId: 'untagged', data: { image }, span: entry.valueSpan });
      else {
        const at = scalar.value.lastIndexOf(tag);
        report({ messageId: 'floatingTag', data: { image, tag }, span: spanInScalar(compose.text, scalar, at, at + tag.length) });
      }
    }
  },
});
