import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';
import { isValidImageReference, resolveBaseImage, splitImageReference } from './image-reference';

describe('image references', () => {
  it('splits registry, path, tag and digest', () => {
    assert.deepEqual(splitImageReference('localhost:5000/org/app:1.2@sha256:abc'), { registry: 'localhost:5000', path: 'org/app', tag: '1.2', digest: 'sha256:abc' });
    assert.deepEqual(splitImageReference('node'), { registry: undefined, path: 'node', tag: undefined, digest: undefined });
  });
  it('validates names the way a registry client does', () => {
    for (const ok of ['node', 'node:20-alpine', 'ghcr.io/org/app:v1.2', 'localhost:5000/a/b', 'a@sha256:' + '0'.repeat(64)]) assert.ok(isValidImageReference(ok), ok);
    for (const bad of ['', 'node:', 'Node', '/app:1', 'a::b', 'node:-x']) assert.ok(!isValidImageReference(bad), bad);
  });
  it('resolves a stage base image with the global ARG defaults, and only when the value is known', () => {
    const resolve = (source: string) => {
      const model = parseDocument(source, 'dockerfile').dockerfile!;
      return resolveBaseImage(model, model.stages[model.stages.length - 1])?.text;
    };
    assert.equal(resolve('ARG V=20\nFROM node:${V}-alpine'), 'node:20-alpine');
    assert.equal(resolve('ARG V\nFROM node:$V'), undefined);
    assert.equal(resolve('FROM node:${V:-18}'), 'node:18');
    assert.equal(resolve('FROM --platform=$BUILDPLATFORM node:$TARGETARCH'), undefined);
    assert.equal(resolve('FROM golang:1 AS build\nFROM build'), undefined);
    assert.equal(resolve('FROM scratch'), undefined);
  });
});
