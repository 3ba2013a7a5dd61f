import { ruleTester } from '#test/rule-tester';
import rule from './copy-ignored-file';

const IGNORE = { dockerignore: '.git\n.env\ndist\n**/*.log\nnode_modules\ndocs/*\n!docs/README.md\n' };

ruleTester.run(rule, {
  valid: [
    { code: 'FROM node:20\nCOPY package.json src/ ./', project: IGNORE },
    { code: 'FROM node:20\nCOPY . .', project: IGNORE },
    { code: 'FROM node:20\nCOPY docs/README.md ./', project: IGNORE },
    { code: 'FROM node:20\nCOPY *.log $DIR/dist ./', project: IGNORE },
    { code: 'FROM node:20 AS build\nFROM node:20\nCOPY --from=build /app/dist ./dist', project: IGNORE },
    { code: 'FROM node:20\nADD https://example.com/dist/app.tgz /tmp/', project: IGNORE },
    { code: 'FROM node:20\nCOPY .env ./', project: { dockerignore: null } },
    { code: 'FROM node:20\nCOPY .env /app/', project: {} },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCOPY «.env» «./dist/» ./\nADD [«"node_modules/x"», "/x"]\nCOPY «/logs/a.log» «docs/guide.md» /srv/',
      project: IGNORE,
      errors: [
        { messageId: 'copyIgnoredFile', data: { path: '.env', keyword: 'COPY' } },
        { messageId: 'copyIgnoredFile', data: { path: 'dist' } },
        { messageId: 'copyIgnoredFile', data: { path: 'node_modules/x', keyword: 'ADD' } },
        { messageId: 'copyIgnoredFile', data: { path: 'logs/a.log' } },
        { messageId: 'copyIgnoredFile', data: { path: 'docs/guide.md' } },
      ],
      output: null,
    },
  ],
});
