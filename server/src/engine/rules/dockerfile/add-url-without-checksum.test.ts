import { ruleTester } from '#test/rule-tester';
import rule from './add-url-without-checksum';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://example.com/tini /tini',
    'FROM alpine:3.20\nADD rootfs.tar.gz /',
    'FROM alpine:3.20\nADD https://github.com/org/repo.git#v1.2.0 /src',
    'FROM alpine:3.20\nADD $TOOL_URL /usr/local/bin/tool',
    'FROM alpine:3.20\nCOPY https.txt /srv/',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nADD «https://github.com/krallin/tini/releases/download/v0.19.0/tini-static» /tini',
      errors: [{ messageId: 'unverifiedDownload', data: { url: 'https://github.com/krallin/tini/releases/download/v0.19.0/tini-static' } }],
      output: null,
    },
    {
      code: 'FROM alpine:3.20\nADD [«"http://example.com/a b.txt"», "/srv/"]',
      errors: [{ messageId: 'unverifiedDownload', data: { url: 'http://example.com/a b.txt' } }],
    },
    {
      code: 'FROM alpine:3.20\nARG VERSION=1.2.3\nADD «https://example.com/tool-${VERSION}.tar.gz» /tmp/',
      errors: [{ messageId: 'unverifiedDownload' }],
    },
  ],
});
