import { ruleTester } from '#test/rule-tester';
import rule from './multiple-sources-to-file';

ruleTester.run(rule, {
  valid: [
    'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/',
    'FROM python:3.12-slim\nCOPY requirements.txt /app',
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt setup.py .',
    'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", "/srv/"]',
    'FROM python:3.12-slim\nCOPY <<EOF /etc/motd\nhello\nEOF\n',
    // BuildKit continues the line, so its destination is `/app/`; dockerfile-ast ends the COPY after the escaped `\`.
    'FROM python:3.12-slim\nCOPY a.txt b.txt \\\\ \\\n/app/',
    'FROM python:3.12-slim\nCOPY a.txt b.txt <<EOF\nhello\nEOF\n',
    'FROM python:3.12-slim\nCOPY a.txt b.txt <<"\nhello',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py «/app»',
      errors: [{ messageId: 'needsDirectory', data: { keyword: 'COPY', count: 2, dest: '/app' } }],
      output: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/',
    },
    {
      code: 'FROM python:3.12-slim\nADD a.txt b.txt c.txt «"/srv/data"»',
      errors: [{ messageId: 'needsDirectory', data: { keyword: 'ADD', count: 3 } }],
      output: 'FROM python:3.12-slim\nADD a.txt b.txt c.txt "/srv/data/"',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", «"/srv"»]',
      errors: [{ messageId: 'needsDirectory' }],
      output: 'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", "/srv/"]',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY --from=0 /a \\\n  /b «$APP_HOME»',
      errors: [{ messageId: 'needsDirectory', data: { dest: '$APP_HOME' } }],
      output: 'FROM python:3.12-slim\nCOPY --from=0 /a \\\n  /b $APP_HOME/',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY <<one <<two «/etc»\nfirst\none\nsecond\ntwo\n',
      errors: [{ messageId: 'needsDirectory', data: { count: 2 } }],
      output: 'FROM python:3.12-slim\nCOPY <<one <<two /etc/\nfirst\none\nsecond\ntwo\n',
    },
  ],
});
