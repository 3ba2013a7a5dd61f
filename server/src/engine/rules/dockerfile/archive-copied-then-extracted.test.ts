import { ruleTester } from '#test/rule-tester';
import rule from './archive-copied-then-extracted';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nADD app-1.2.0.tar.gz /opt/',
    'FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt',
    'FROM debian:12\nCOPY data.json.gz /tmp/\nRUN gunzip /tmp/data.json.gz',
    'FROM debian:12\nCOPY app.tar.gz /srv/\nRUN ls /srv',
    'FROM debian:12 AS build\nRUN tar -czf /app.tar.gz /src\nFROM debian:12\nCOPY --from=build /app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY «app-1.2.0.tar.gz» /tmp/\nRUN tar -xzf /tmp/app-1.2.0.tar.gz -C /opt && rm /tmp/app-1.2.0.tar.gz',
      errors: [{ messageId: 'extractWithAdd', data: { archive: 'app-1.2.0.tar.gz', line: 3 } }],
      output: null,
    },
    {
      code: 'FROM debian:12\nCOPY «dist/bundle.tgz» /tmp/app.tgz\nWORKDIR /opt\nRUN tar xf /tmp/app.tgz',
      errors: [{ messageId: 'extractWithAdd', data: { archive: 'dist/bundle.tgz' } }],
    },
    {
      code: 'FROM debian:12\nCOPY [«"rootfs.tar.xz"», "/"]\nRUN tar --extract --file=/rootfs.tar.xz -C /',
      errors: [{ messageId: 'extractWithAdd' }],
    },
  ],
});
