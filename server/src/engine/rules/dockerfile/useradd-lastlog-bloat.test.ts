import { ruleTester } from '#test/rule-tester';
import rule from './useradd-lastlog-bloat';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -u 1001 -m app',
    'FROM debian:12\nRUN useradd -l -u 1000680000 -m app',
    'FROM debian:12\nRUN useradd --no-log-init --uid=1000680000 app',
    'FROM debian:12\nRUN useradd -rlu 1000680000 app',
    'FROM debian:12\nRUN useradd -u "$APP_UID" app',
    'FROM alpine:3.20\nRUN adduser -D -u 1000680000 app',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN groupadd -g 1000680000 app && «useradd -m -u 1000680000» -g app app',
      errors: [{ messageId: 'lastlogBloat', data: { uid: '1000680000', size: '292' } }],
      output: 'FROM debian:12\nRUN groupadd -g 1000680000 app && useradd -l -m -u 1000680000 -g app app',
    },
    {
      code: 'FROM debian:12\nRUN «/usr/sbin/useradd --uid 123456» app',
      errors: [{ messageId: 'lastlogBloat', data: { size: '36' } }],
      output: 'FROM debian:12\nRUN /usr/sbin/useradd -l --uid 123456 app',
    },
    {
      code: 'FROM debian:12\nRUN [«"useradd", "-u", "1000680000"», "app"]',
      errors: [{ messageId: 'lastlogBloat' }],
      output: 'FROM debian:12\nRUN ["useradd", "-l", "-u", "1000680000", "app"]',
    },
  ],
});
