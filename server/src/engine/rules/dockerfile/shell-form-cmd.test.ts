import { ruleTester } from '#test/rule-tester';
import rule from './shell-form-cmd';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nCMD ["node", "server.js"]',
    'FROM node:20\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node"]',
    'FROM node:20\nCMD exec node server.js --port "$PORT"',
    'FROM node:20 AS build\nRUN npm ci',
    'FROM node:20\nCMD [ "node", \\\n  "server.js" ]',
  ],
  invalid: [
    {
      code: 'FROM node:20\nCMD «node server.js»',
      errors: [{ messageId: 'shellForm', data: { keyword: 'CMD' } }],
      output: 'FROM node:20\nCMD ["node", "server.js"]',
    },
    {
      code: "FROM python:3.12\nENTRYPOINT «python -m \"my app\" --flag='a b'»",
      errors: [{ messageId: 'shellForm', data: { keyword: 'ENTRYPOINT' } }],
      output: 'FROM python:3.12\nENTRYPOINT ["python", "-m", "my app", "--flag=a b"]',
    },
    {
      // BuildKit ends the CMD at `C:\\` (an escaped escape), dockerfile-ast takes the next line too: no fix there.
      code: 'FROM node:20\nCMD «node C:\\\\\nEXPOSE 80»',
      errors: [{ messageId: 'shellForm' }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM node:20\nCMD «node \\\n    server.js»',
      errors: [{ messageId: 'shellForm' }],
      output: 'FROM node:20\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM node:20\nCMD «npm run migrate && node server.js»',
      errors: [{ messageId: 'shellFormWithShellSyntax', data: { features: '`&&`' } }],
      output: null,
      unsafeOutput: 'FROM node:20\nCMD ["sh", "-c", "npm run migrate && exec node server.js"]',
    },
    {
      code: 'FROM node:20\nCMD «node server.js --port $PORT»',
      errors: [{ messageId: 'shellFormWithShellSyntax', data: { features: 'variables' } }],
      output: null,
      unsafeOutput: 'FROM node:20\nCMD ["sh", "-c", "exec node server.js --port $PORT"]',
    },
    {
      code: 'FROM node:20\nCMD «node server.js | tee /var/log/app.log»',
      errors: [{ messageId: 'shellFormWithShellSyntax', data: { features: '`|`' } }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM node:20\nCMD «node server.js > /var/log/app.log 2>&1»',
      errors: [{ messageId: 'shellFormWithShellSyntax', data: { features: 'redirection' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM node:20\nONBUILD CMD «node server.js»',
      errors: [{ messageId: 'shellForm' }],
      output: 'FROM node:20\nONBUILD CMD ["node", "server.js"]',
    },
    {
      code: 'FROM node:20\nCMD «[node, server.js]»',
      errors: [{ messageId: 'invalidJsonArray' }],
      output: 'FROM node:20\nCMD ["node", "server.js"]',
    },
    {
      code: "FROM node:20\nENTRYPOINT «['docker-entrypoint.sh', 'serve']»",
      errors: [{ messageId: 'invalidJsonArray' }],
      output: 'FROM node:20\nENTRYPOINT ["docker-entrypoint.sh", "serve"]',
    },
  ],
});
