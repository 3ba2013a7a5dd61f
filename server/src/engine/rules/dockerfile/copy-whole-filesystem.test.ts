import { ruleTester } from '#test/rule-tester';
import rule from './copy-whole-filesystem';

ruleTester.run(rule, {
  valid: [
    'FROM golang:1.22 AS build\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /usr/local/bin/app',
    'FROM debian:bookworm-slim AS rootfs\nFROM scratch\nCOPY --from=rootfs / /',
    'FROM debian:bookworm-slim\nCOPY / /',
    'FROM golang:1.22 AS build\nFROM debian:bookworm-slim\nCOPY --from=build / /srv/build/',
    // Artifact images built from scratch are made to be copied whole.
    'FROM tonistiigi/xx:1.4 AS xx\nFROM golang:1.22\nCOPY --link --from=xx / /',
    'FROM golang:1.22\nCOPY --from=gloursdocker/docker / /',
    'FROM scratch AS binaries\nCOPY app /app\nFROM alpine:3.20\nCOPY --from=binaries / /',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm-slim\nCOPY --from=build «/ /»',
      errors: [{ messageId: 'wholeFilesystem', data: { from: 'build' } }],
      output: null,
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm-slim\nCOPY --link --from=0 [«"/", "/"»]',
      errors: [{ messageId: 'wholeFilesystem', data: { from: '0' } }],
    },
    {
      code: 'FROM golang:1.22\nCOPY --from=alpine:3.20 «/ /»',
      errors: [{ messageId: 'wholeFilesystem', data: { from: 'alpine:3.20' } }],
    },
  ],
});
