import { ruleTester } from '#test/rule-tester';
import rule from './invalid-label-key';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/org/app" maintainer="team@example.com"',
    'FROM alpine:3.20\nLABEL com.example.build-number=42 version=1.0',
    'FROM alpine:3.20\nLABEL $KEY=value',
    // A paragraph separator splits words for BuildKit: the legacy form, key `s`.
    'FROM alpine:3.20\nLABEL s\u2029v',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL «Maintainer»="team@example.com" «build_date»="2024-05-01"',
      errors: [
        { messageId: 'badCharacters', data: { key: 'Maintainer' } },
        { messageId: 'badCharacters', data: { key: 'build_date' } },
      ],
      output: null,
      unsafeOutput: 'FROM alpine:3.20\nLABEL maintainer="team@example.com" build-date="2024-05-01"',
    },
    {
      code: 'FROM alpine:3.20\nLABEL «"com.example..team"»=core',
      errors: [{ messageId: 'badCharacters' }],
      unsafeOutput: 'FROM alpine:3.20\nLABEL com.example.team=core',
    },
    {
      code: 'FROM alpine:3.20\nLABEL «com.docker.compose.project»=app',
      errors: [{ messageId: 'reservedNamespace', data: { namespace: 'com.docker' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM alpine:3.20\nLABEL «_»=x',
      errors: [{ messageId: 'badCharacters' }],
      unsafeOutput: null,
    },
  ],
});
