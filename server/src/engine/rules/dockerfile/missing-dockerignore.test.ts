import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '#test/rule-tester';
import { initShellParserForTests } from '#test/shell-parser-setup';
import { lint } from '../../lint';
import { parseDocument } from '../../document';
import rule from './missing-dockerignore';

const NONE = { dockerignore: null };

ruleTester.run(rule, {
  valid: [
    { code: 'FROM node:20\nCOPY . .', project: { dockerignore: 'node_modules\n' } },
    { code: 'FROM node:20\nWORKDIR /app\nCOPY . .', project: {} },
    { code: 'FROM node:20\nCOPY package.json src/ ./', project: NONE },
    { code: 'FROM node:20 AS build\nFROM nginx\nCOPY --from=build / /usr/share/nginx/html', project: NONE },
  ],
  invalid: [
    { code: 'FROM node:20\nWORKDIR /app\nCOPY «.» .\nCOPY . /other', project: NONE, errors: [{ messageId: 'missingDockerignore', data: { keyword: 'COPY', source: '.' } }], output: null, unsafeOutput: null },
    { code: 'FROM python:3.12\nADD --chown=app «./» /app', project: NONE, errors: [{ messageId: 'missingDockerignore', data: { keyword: 'ADD' } }] },
    { code: 'FROM golang:1.22\nCOPY ["go.mod", «"*"», "/src/"]', project: NONE, errors: [{ messageId: 'missingDockerignore' }] },
  ],
});

describe('missing-dockerignore fix', () => {
  before(() => initShellParserForTests());
  const createdFile = (code: string) => {
    const [finding] = lint(parseDocument(code, 'dockerfile'), { rules: [rule], project: NONE });
    assert.equal(finding.fixes[0].safety, 'unsafe');
    assert.deepEqual(finding.fixes[0].edits, []);
    const [file] = finding.fixes[0].createFiles!;
    assert.equal(file.relativePath, '.dockerignore');
    return { title: finding.fixes[0].title, lines: file.text.split('\n').filter((l) => l && !l.startsWith('#')) };
  };

  it('lists the common entries and those of the ecosystems it recognises', () => {
    const node = createdFile('FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci');
    assert.equal(node.title, 'Create a .dockerignore (Node.js)');
    assert.deepEqual(node.lines, ['.git', '**/.env', '**/*.log', '**/.DS_Store', '.idea', '.vscode', '**/node_modules', 'coverage', '.npm']);
    const python = createdFile('FROM debian:12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .');
    assert.ok(python.title.includes('Python') && python.lines.includes('**/__pycache__') && !python.lines.includes('**/node_modules'));
  });

  it('leaves out build folders unless the image builds the project, and never excludes a path the Dockerfile copies', () => {
    assert.ok(!createdFile('FROM eclipse-temurin:21\nCOPY . .\nCMD ["java", "-jar", "app.jar"]').lines.includes('target'));
    assert.ok(createdFile('FROM maven:3-eclipse-temurin-21\nCOPY . .\nRUN mvn -B package').lines.includes('target'));
    const copiesEnv = createdFile('FROM node:20\nCOPY . .\nCOPY .env.production .env\nCOPY coverage/report /srv/report');
    assert.ok(copiesEnv.lines.includes('**/.env') && !copiesEnv.lines.includes('coverage'));
  });
});
