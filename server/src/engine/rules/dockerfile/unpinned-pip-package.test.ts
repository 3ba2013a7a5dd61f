import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-pip-package';

ruleTester.run(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install flask==3.0.3 "gunicorn>=22,<23"',
    'FROM python:3.12\nRUN pip install -r requirements.txt',
    'FROM python:3.12\nRUN pip install --requirement=requirements.txt extra',
    'FROM python:3.12\nRUN pip install -c constraints.txt flask',
    'FROM python:3.12\nRUN pip install .',
    'FROM python:3.12\nRUN pip install -e .',
    'FROM python:3.12\nRUN pip install --no-cache-dir /tmp/app-1.2.0-py3-none-any.whl ./vendor/lib.tar.gz',
    'FROM python:3.12\nRUN pip install git+https://github.com/org/repo.git@v1.2.0',
    'FROM python:3.12\nRUN pip install "$PACKAGES"',
    'FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple flask==3.0.3',
    'FROM python:3.12\nRUN pip download flask',
    'FROM python:3.12\nRUN pipx install black',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir «flask» gunicorn==22.0.0',
      errors: [{ messageId: 'unpinned', data: { package: 'flask' } }],
      output: null,
    },
    {
      code: 'FROM python:3.12\nRUN python3 -m pip install -U «pip» «setuptools»',
      errors: [{ messageId: 'unpinned', data: { package: 'pip' } }, { messageId: 'unpinned', data: { package: 'setuptools' } }],
    },
    {
      code: 'FROM python:3.12\nRUN pip3 install -i https://pypi.example.com/simple «"requests[socks]"»',
      errors: [{ messageId: 'unpinned', data: { package: 'requests[socks]' } }],
    },
    {
      code: 'FROM python:3.12\nRUN pip install «git+https://github.com/org/repo.git»',
      errors: [{ messageId: 'unpinned' }],
    },
    {
      code: 'FROM python:3.12\nONBUILD RUN pip install «flask»',
      errors: [{ messageId: 'unpinned' }],
    },
  ],
});
