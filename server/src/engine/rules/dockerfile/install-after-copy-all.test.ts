import { ruleTester } from '#test/rule-tester';
import rule from './install-after-copy-all';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .',
    'FROM node:20-alpine\nCOPY . .\nRUN npm run build',
    'FROM node:20-alpine\nCOPY . .\nRUN npm install express',
    'FROM python:3.12\nCOPY . .\nRUN pip install .',
    'FROM node:20 AS deps\nRUN npm ci\nFROM node:20\nCOPY --from=deps . .\nRUN npm ci',
    'FROM node:20-alpine\nCOPY . .\nFROM node:20-alpine\nRUN npm ci',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nWORKDIR /app\n«COPY . .»\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'installAfterCopyAll', data: { install: 'npm ci --omit=dev', line: 4 } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM python:3.12-slim\nWORKDIR /srv\n«COPY --chown=app:app . /srv»\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements/prod.txt -r requirements.txt\nCMD ["python", "app.py"]',
      errors: [{ messageId: 'installAfterCopyAll' }],
      unsafeOutput:
        'FROM python:3.12-slim\nWORKDIR /srv\nENV PIP_NO_CACHE_DIR=1\nCOPY --chown=app:app requirements.txt /srv/\nCOPY --chown=app:app requirements/ /srv/requirements/\nRUN pip install -r requirements/prod.txt -r requirements.txt\nCOPY --chown=app:app . /srv\nCMD ["python", "app.py"]',
    },
    {
      code: 'FROM golang:1.22\nWORKDIR /src\n«COPY . .»\nWORKDIR /src/cmd\nRUN go mod download\nRUN go build -o /app',
      errors: [{ messageId: 'installAfterCopyAll' }],
      unsafeOutput: 'FROM golang:1.22\nWORKDIR /src\nWORKDIR /src/cmd\nCOPY go.mod go.sum* /src/\nRUN go mod download\nCOPY . /src\nRUN go build -o /app',
    },
    {
      code: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /build\n«COPY . .»\nRUN mvn -B package -DskipTests',
      errors: [{ messageId: 'installAfterCopyAll', data: { install: 'mvn -B package -DskipTests' } }],
      unsafeOutput: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /build\nCOPY pom.xml ./\nRUN mvn -B dependency:go-offline\nCOPY . .\nRUN mvn -B package -DskipTests',
    },
    {
      code: 'FROM node:20\n«COPY . .»\nRUN npm ci && npm run build',
      errors: [{ messageId: 'installAfterCopyAll' }],
      unsafeOutput: null,
    },
    {
      // Moved after the pip install, the COPY would still come before the Maven build.
      code: 'FROM python:3.12\nWORKDIR /app\n«COPY . .»\nRUN pip install -r requirements.txt\nRUN mvn -B package',
      errors: [{ messageId: 'installAfterCopyAll', data: { install: 'pip install -r requirements.txt' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM ruby:3.3\n«ADD . /app»\nRUN cd /app && \\\n    bundle install',
      errors: [{ messageId: 'installAfterCopyAll', data: { install: 'bundle install' } }],
    },
  ],
});
