import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import type { ImageRef } from '../../parse/dockerfile';
import { dockerfileFeatures as features } from '.';
import { registryPage } from './links';

const TEXT = [
  '# Build the app',
  '# in two stages',
  'ARG NODE=20',
  'FROM node:${NODE}-alpine AS Build',
  'RUN npm ci && \\',
  '    npm run build',
  'COPY <<EOF /etc/app.conf',
  'port=80',
  'EOF',
  '',
  'FROM nginx:1.27',
  'COPY --from=build /app /usr/share/nginx/html',
  'COPY nginx.conf site/*.conf missing.txt https://example.com/x /etc/',
  'COPY ["public", "/srv"]',
  '',
].join('\n');
const doc = parseDocument(TEXT, 'dockerfile');
const lineOf = (offset: number) => doc.lines.positionAt(offset).line;

describe('Dockerfile outline', () => {
  it('lists global ARGs, then stages with their instructions', () => {
    const outline = features.symbols!(doc).map((s) => ({ name: s.name, detail: s.detail, lines: [lineOf(s.span.start), lineOf(s.span.end)], children: s.children.map((c) => `${c.name} ${c.detail}`) }));
    assert.deepEqual(outline, [
      { name: 'ARG', detail: 'NODE=20', lines: [2, 2], children: [] },
      { name: 'Build', detail: 'node:${NODE}-alpine', lines: [3, 8], children: ['FROM node:${NODE}-alpine AS Build', 'RUN npm ci &&', 'COPY <<EOF /etc/app.conf'] },
      { name: 'stage 1', detail: 'nginx:1.27', lines: [10, 13], children: ['FROM nginx:1.27', 'COPY --from=build /app /usr/share/nginx/html', 'COPY nginx.conf site/*.conf missing.txt https://example.com/x /e…', 'COPY ["public", "/srv"]'] },
    ]);
  });

  it('offers stages alone to a workspace search', () => {
    assert.deepEqual(features.workspaceSymbols!(doc).map((s) => [s.name, TEXT.slice(s.selectionSpan.start, s.selectionSpan.end)]), [['Build', 'Build'], ['stage 1', 'FROM']]);
  });
});

describe('Dockerfile folding', () => {
  it('folds stages, multi-line instructions, heredocs and comment blocks', () => {
    const folds = features.folding!(doc).map((f) => `${lineOf(f.span.start)}-${lineOf(f.span.end)}${f.kind ? ` ${f.kind}` : ''}`).filter((f) => !/^(\d+)-\1$/.test(f));
    assert.deepEqual(folds, ['0-1 comment', '3-8', '4-5', '6-8', '10-13']);
  });
});

describe('Dockerfile links', () => {
  const image = (registry: string | undefined, name: string) => ({ registry, name }) as ImageRef;

  it('links images to their registry pages', () => {
    assert.equal(registryPage(image(undefined, 'node')), 'https://hub.docker.com/_/node');
    assert.equal(registryPage(image('docker.io', 'library/node')), 'https://hub.docker.com/_/node');
    assert.equal(registryPage(image(undefined, 'bitnami/redis')), 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(registryPage(image('ghcr.io', 'astral-sh/uv')), 'https://github.com/astral-sh/uv/pkgs/container/uv');
    assert.equal(registryPage(image('ghcr.io', 'org/repo/tool')), 'https://github.com/org/repo/pkgs/container/repo%2Ftool');
    assert.equal(registryPage(image('mcr.microsoft.com', 'dotnet/sdk')), 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk');
    assert.equal(registryPage(image('quay.io', 'prometheus/node-exporter')), 'https://quay.io/repository/prometheus/node-exporter');
    assert.equal(registryPage(image('registry.example.com', 'team/app')), undefined);
    assert.equal(registryPage(image(undefined, 'scratch')), undefined);
    assert.equal(registryPage(image(undefined, '${BASE}')), undefined);
  });

  it('links FROM images and existing COPY sources, not stages, globs, URLs, missing files or --from copies', () => {
    const exists = new Set(['nginx.conf', 'public', 'app', 'site/*.conf']);
    const links = features.links!(doc, { pathExists: (p) => exists.has(p) });
    assert.deepEqual(
      links.map((l) => [TEXT.slice(l.span.start, l.span.end), l.target]),
      [
        ['node:${NODE}-alpine', 'https://hub.docker.com/_/node'],
        ['nginx:1.27', 'https://hub.docker.com/_/nginx'],
        ['nginx.conf', 'nginx.conf'],
        ['public', 'public'],
      ],
    );
    assert.equal(features.links!(doc, {}).length, 2, 'no file facts, no file links');
    const stageBased = parseDocument('FROM alpine AS base\nFROM base\nFROM scratch\n', 'dockerfile');
    assert.deepEqual(features.links!(stageBased, {}).map((l) => l.target), ['https://hub.docker.com/_/alpine']);
  });
});
