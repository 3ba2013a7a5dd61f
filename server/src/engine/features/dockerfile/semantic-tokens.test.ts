import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { dockerfileSemanticTokens } from './semantic-tokens';
import { assertWellFormedTokens } from '#test/semantic-tokens-check';

/** Tokens as `type[.modifier] text`. */
function tokens(text: string): string[] {
  return dockerfileSemanticTokens(parseDocument(text, 'dockerfile')).map((t) => `${[t.type, ...t.modifiers].join('.')} ${text.slice(t.span.start, t.span.end)}`);
}

describe('Dockerfile semantic tokens', () => {
  it('marks directives, comments, instructions, flags, options, stages, variables and strings', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# a comment',
      'ARG NODE=20',
      'FROM --platform=$BUILDPLATFORM node:${NODE} AS build',
      'RUN --mount=type=cache,from=build,target=/x echo "home $HOME" \'$NOT\'',
      'FROM build',
      'COPY --from=build /a /b',
      'LABEL org.opencontainers.image.title="app"',
      'ONBUILD RUN make',
      'CMD ["node", "server.js"]',
    ].join('\n');
    assert.deepEqual(tokens(text), [
      'macro # syntax',
      'string docker/dockerfile:1',
      'comment # a comment',
      'keyword ARG',
      'variable.declaration NODE',
      'keyword FROM',
      'parameter --platform',
      'variable.defaultLibrary $BUILDPLATFORM',
      'variable ${NODE}',
      'keyword AS',
      'namespace.declaration build',
      'keyword RUN',
      'parameter --mount',
      'property type',
      'property from',
      'namespace build',
      'property target',
      'string "home ',
      'variable $HOME',
      'string "',
      "string '$NOT'",
      'keyword FROM',
      'namespace build',
      'keyword COPY',
      'parameter --from',
      'namespace build',
      'keyword LABEL',
      'property org.opencontainers.image.title',
      'string "app"',
      'keyword ONBUILD',
      'keyword RUN',
      'keyword CMD',
      'string "node"',
      'string "server.js"',
    ]);
  });

  it('keeps comment lines inside a continuation whole, also inside a quoted word', () => {
    const text = 'FROM a\nRUN echo "one \\\n  # not part of the string \\\n  two" && \\\n  # another "quote\n  true';
    const found = dockerfileSemanticTokens(parseDocument(text, 'dockerfile'));
    assertWellFormedTokens(text, found);
    assert.deepEqual(tokens(text), ['keyword FROM', 'keyword RUN', 'string "one \\', 'comment # not part of the string \\', 'string two"', 'comment # another "quote']);
  });

  it('gives option keys to --mount only', () => {
    assert.deepEqual(tokens('FROM a\nRUN --network=none --mount=type=ssh,required true\nCOPY --chmod=755 --chown=app:app a b'), [
      'keyword FROM',
      'keyword RUN',
      'parameter --network',
      'parameter --mount',
      'property type',
      'property required',
      'keyword COPY',
      'parameter --chmod',
      'parameter --chown',
    ]);
  });

  it('does not colour an unknown instruction as one', () => {
    assert.deepEqual(tokens('FROM a\nCOPPY x y\nONBUILD RUNN z'), ['keyword FROM', 'keyword ONBUILD']);
  });

  it('leaves heredoc bodies alone', () => {
    const text = 'FROM a\nRUN <<EOF bash\necho "$HOME"\nEOF\nCOPY <<-"X" /etc/conf\n  $VALUE\nX\n';
    assert.deepEqual(tokens(text), ['keyword FROM', 'keyword RUN', 'keyword COPY', 'string "X"']);
  });

  it('follows the escape directive', () => {
    const text = '# escape=`\nFROM a\nRUN echo "a `\n  b" `$NOT';
    assert.deepEqual(tokens(text), ['macro # escape', 'string `', 'keyword FROM', 'keyword RUN', 'string "a `', 'string b"']);
  });

  it('survives an unterminated quote, an empty continuation and CRLF line ends', () => {
    const text = 'FROM a\r\nRUN echo "open \\\r\n\r\n  $X\r\nENV A=1\r\n';
    const found = dockerfileSemanticTokens(parseDocument(text, 'dockerfile'));
    assertWellFormedTokens(text, found);
    assert.deepEqual(tokens(text), ['keyword FROM', 'keyword RUN', 'string "open \\', 'variable $X', 'keyword ENV', 'variable.declaration A']);
  });
});
