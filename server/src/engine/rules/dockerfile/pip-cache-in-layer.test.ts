import { ruleTester } from '#test/rule-tester';
import rule from './pip-cache-in-layer';

ruleTester.run(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12\nRUN pip install --no-cache flask==3.0.3',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3',
    'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install flask==3.0.3',
    'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3',
    'FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=on && pip install flask==3.0.3',
    'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
    'FROM python:3.12\nRUN --mount=type=cache,target=/home/app/.cache pip install -r requirements.txt',
    'FROM python:3.12\nRUN pip install -r requirements.txt && pip cache purge',
    'FROM python:3.12\nRUN pip install -r requirements.txt && rm -rf /root/.cache/pip',
    'FROM python:3.12 AS build\nRUN pip wheel -w /wheels -r requirements.txt && pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels',
    'FROM python:3.12\nRUN pipenv install --deploy',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN «pip install» -r requirements.txt',
      errors: [{ messageId: 'pipCache' }],
      output: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    {
      code: 'FROM python:3.12\nRUN apt-get update && «python3 -m pip install» --upgrade pip && «pip3 install» flask==3.0.3',
      errors: [{ messageId: 'pipCache' }, { messageId: 'pipCache' }],
      output: 'FROM python:3.12\nRUN apt-get update && python3 -m pip install --no-cache-dir --upgrade pip && pip3 install --no-cache-dir flask==3.0.3',
    },
    {
      code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN «pip install» flask==3.0.3',
      errors: [{ messageId: 'pipCache' }],
      output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install --no-cache-dir flask==3.0.3',
    },
    {
      code: 'FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask==3.0.3\nFROM build\nRUN «pip install» /wheels/*.whl',
      errors: [{ messageId: 'pipCache' }],
      output: 'FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask==3.0.3\nFROM build\nRUN pip install --no-cache-dir /wheels/*.whl',
    },
    {
      code: 'FROM python:3.12\nRUN [«"pip", "install"», "flask==3.0.3"]',
      errors: [{ messageId: 'pipCache' }],
      output: 'FROM python:3.12\nRUN ["pip", "install", "--no-cache-dir", "flask==3.0.3"]',
    },
    {
      code: 'FROM python:3.12 AS build\nONBUILD RUN «pip install» -r requirements.txt\nFROM alpine:3.20',
      errors: [{ messageId: 'pipCache' }],
      output: 'FROM python:3.12 AS build\nONBUILD RUN pip install --no-cache-dir -r requirements.txt\nFROM alpine:3.20',
    },
  ],
});
