import { ruleTester } from '#test/rule-tester';
import rule from './latest-service-image';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: postgres:16\n  b:\n    image: localhost:5000/team/app:1.2.3\n  c:\n    image: app:${TAG:-latest}\n  d:\n    image: ${IMAGE}\n',
    'services:\n  a:\n    image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  b:\n    build: .\n    image: app\n  c:\n    image: node:20-lts-slim\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: «postgres»\n  b:\n    image: nginx:«latest» # newest\n  c:\n    image: "${REGISTRY}/team/app:«stable»"\n  d:\n    image: «localhost:5000/app»\n  e:\n    image: node:«LTS»\n',
      errors: [
        { messageId: 'untagged', data: { image: 'postgres' } },
        { messageId: 'floatingTag', data: { tag: 'latest' } },
        { messageId: 'floatingTag', data: { tag: 'stable' } },
        { messageId: 'untagged' },
        { messageId: 'floatingTag' },
      ],
    },
  ],
});
