import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { dockerfileInlayHints } from './inlay-hints';

/** Hints as `text before the hint|label`. */
function hints(text: string, argDefaults = true): string[] {
  return dockerfileInlayHints(parseDocument(text, 'dockerfile'), { argDefaults }).map((h) => `${text.slice(0, h.offset).split('\n').pop()}|${h.label}`);
}

describe('Dockerfile inlay hints: ARG defaults in FROM', () => {
  it('shows the default each reference takes, after the reference', () => {
    const text = 'ARG NODE_VERSION=20\nARG DISTRO=alpine\nFROM node:${NODE_VERSION}-$DISTRO AS build\nFROM --platform=$PLATFORM node:${NODE_VERSION}';
    assert.deepEqual(hints(text), ['FROM node:${NODE_VERSION}|= 20', 'FROM node:${NODE_VERSION}-$DISTRO|= alpine', 'FROM --platform=$PLATFORM node:${NODE_VERSION}|= 20']);
  });

  it('is off unless asked for', () => {
    assert.deepEqual(hints('ARG V=20\nFROM node:$V', false), []);
  });

  it('expands defaults built from earlier ARGs and fallbacks, and says when the value is empty', () => {
    const text = 'ARG MAJOR=20\nARG V=${MAJOR}.11\nARG UNSET\nARG EMPTY=""\nFROM node:$V\nFROM node:${UNSET:-18}\nFROM node:20$EMPTY';
    assert.deepEqual(hints(text), ['FROM node:$V|= 20.11', 'FROM node:${UNSET:-18}|= 18', 'FROM node:20$EMPTY|= ""']);
  });

  it('shows nothing for an ARG without default, an undeclared variable or a modifier it cannot evaluate', () => {
    assert.deepEqual(hints('ARG UNSET\nARG V=20\nFROM node:$UNSET\nFROM $BUILDPLATFORM\nFROM node:${V%.*}'), []);
  });

  it('ignores stage-level ARGs', () => {
    assert.deepEqual(hints('FROM alpine\nARG V=1\nFROM node:$V'), []);
  });
});
