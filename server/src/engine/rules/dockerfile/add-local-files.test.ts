import { ruleTester } from '#test/rule-tester';
import rule from './add-local-files';

ruleTester.run(rule, {
  valid: [
    'FROM python:3.12-slim\nCOPY requirements.txt app.py /app/',
    'FROM debian:bookworm-slim\nADD rootfs.tar.xz /',
    'FROM debian:bookworm-slim\nADD dist.tgz vendor.tar.zst /opt/',
    'FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool',
    'FROM alpine:3.20\nADD git@github.com:org/repo.git /src',
    'FROM alpine:3.20\nADD https://github.com/org/repo.git#v1.2.0 /src',
    'FROM alpine:3.20\nADD $JAR_FILE /app/app.jar',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\n«ADD» requirements.txt app.py /app/',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM python:3.12-slim\nCOPY requirements.txt app.py /app/',
    },
    {
      code: 'FROM nginx:1.27\n«add» --chown=nginx:nginx --chmod=644 site/ /usr/share/nginx/html/',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM nginx:1.27\ncopy --chown=nginx:nginx --chmod=644 site/ /usr/share/nginx/html/',
    },
    {
      code: 'FROM alpine:3.20\n«ADD» ["my app.jar", "/srv/app.jar"]',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM alpine:3.20\nCOPY ["my app.jar", "/srv/app.jar"]',
    },
    {
      code: 'FROM alpine:3.20\n«ADD» tools.zip /opt/',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM alpine:3.20\nCOPY tools.zip /opt/',
    },
    {
      code: 'FROM alpine:3.20\n«ADD» <<EOF /etc/motd\nhello\nEOF\n',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\n',
    },
    {
      code: 'FROM alpine:3.20\n«ADD» --keep-git-dir=true src /src',
      errors: [{ messageId: 'localFiles' }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:bookworm-slim\n«ADD» rootfs.tar.gz config.yml /',
      errors: [{ messageId: 'mixedSources', data: { files: '`config.yml`' } }],
      output: null,
    },
    {
      code: 'FROM node:20\nONBUILD «ADD» . /app',
      errors: [{ messageId: 'localFiles' }],
      output: 'FROM node:20\nONBUILD COPY . /app',
    },
  ],
});
