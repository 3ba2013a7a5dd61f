import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';
import { applyEdits } from '../fix/apply';
import { DEFAULT_FORMAT_OPTIONS, formatDockerfile, formatOnType, type FormatOptions } from './dockerfile-format';

const format = (text: string, options: Partial<FormatOptions> = {}) => formatDockerfile(parseDocument(text, 'dockerfile'), { ...DEFAULT_FORMAT_OPTIONS, ...options });

/** Formats `before` (lines joined with `\n`), expects `after`, and expects a second pass to change nothing. */
function formats(before: string[] | string, after: string[] | string, options: Partial<FormatOptions> = {}): void {
  const text = Array.isArray(before) ? before.join('\n') : before;
  const expected = Array.isArray(after) ? after.join('\n') : after;
  const once = applyEdits(text, format(text, options));
  assert.equal(once, expected);
  assert.deepEqual(format(once, options), [], 'a second pass changes nothing');
}

const unchanged = (text: string[] | string, options: Partial<FormatOptions> = {}) => formats(text, text, options);

describe('Dockerfile formatter: keywords', () => {
  it('upper-cases instruction keywords, FROM’s AS and ONBUILD triggers', () => {
    formats(['from node:20 as build', 'run npm ci', 'onbuild run make', 'Copy . .'], ['FROM node:20 AS build', 'RUN npm ci', 'ONBUILD RUN make', 'COPY . .']);
  });

  it('leaves unknown instructions and keywords cut by a continuation alone', () => {
    unchanged(['FROM alpine:3.20', 'frobnicate x', 'ru\\', 'n echo']);
  });

  it('collapses the whitespace between keyword and arguments, not a break right after the keyword', () => {
    formats(['FROM  alpine:3.20', 'RUN\t\techo hi', 'ONBUILD   RUN   make'], ['FROM alpine:3.20', 'RUN echo hi', 'ONBUILD RUN make']);
    unchanged(['RUN \\', '    echo hi']);
  });

  it('edits only the changed characters', () => {
    const text = 'from alpine:3.20\nRUN   echo hi\n';
    assert.deepEqual(format(text), [
      { span: { start: 0, end: 4 }, text: 'FROM' },
      { span: { start: 20, end: 23 }, text: ' ' },
    ]);
  });
});

describe('Dockerfile formatter: continuation lines', () => {
  it('indents continuation lines one step (the editor’s tab size), or with a tab', () => {
    formats(['RUN apt-get update && \\', 'apt-get install -y curl && \\', 'rm -rf /var/lib/apt/lists/*'], ['RUN apt-get update && \\', '    apt-get install -y curl && \\', '    rm -rf /var/lib/apt/lists/*']);
    formats(['RUN a && \\', '  b'], ['RUN a && \\', '\tb'], { insertSpaces: false });
    formats(['RUN a && \\', '\tb'], ['RUN a && \\', '  b'], { tabSize: 2 });
    formats(['ENV A=1 \\', '  B=2'], ['ENV A=1 \\', '    B=2']);
  });

  it('keeps hand-aligned continuation lines: uneven indentation, or lined up under a word of the first line', () => {
    unchanged(['RUN set -eux; \\', '    if [ -f x ]; then \\', '        rm x; \\', '    fi']);
    unchanged(['RUN apt-get update \\', '            && apt-get install -y curl']);
    unchanged(['LABEL org.opencontainers.image.title="app" \\', '      org.opencontainers.image.version="1.0"']);
  });

  it('re-indents hand-aligned lines when realignContinuations is on', () => {
    formats(['RUN set -eux; \\', '    if true; then \\', '        echo hi; \\', '    fi'], ['RUN set -eux; \\', '  if true; then \\', '  echo hi; \\', '  fi'], { tabSize: 2, realignContinuations: true });
  });

  it('never moves a line whose indentation the build can see', () => {
    // Inside quotes the indentation is part of the string.
    formats(['RUN echo "a \\', '  b" && \\', '  c'], ['RUN echo "a \\', '  b" && \\', '    c']);
    // At column 0 right after a word, indenting would split the word.
    formats(['RUN apt-get install -y cu\\', 'rl \\', '  wget'], ['RUN apt-get install -y cu\\', 'rl \\', '    wget']);
    // An escaped space before the break.
    unchanged(['RUN echo a\\ \\', 'b']);
    // Instructions that keep their text verbatim.
    unchanged(['WORKDIR /a \\', '  b']);
    unchanged(['ENV KEY a value \\', '  with spaces']);
    // Unbalanced quotes: unsure, so nothing moves.
    unchanged(['RUN echo "a \\', '  b']);
  });

  it('indents comment lines inside a continuation with the rest, adding the space after #', () => {
    formats(['RUN a && \\', '#note: it\'s "quoted" \\', '  b'], ['RUN a && \\', '    # note: it\'s "quoted" \\', '    b']);
  });

  it('trims trailing whitespace, also after the escape character and on blank continuation lines', () => {
    formats(['FROM alpine:3.20  ', 'RUN a \\  ', '  \t', '    b\t', ''], ['FROM alpine:3.20', 'RUN a \\', '', '    b', '']);
  });
});

describe('Dockerfile formatter: comments and directives', () => {
  it('adds a space after # in comments, but not in banners, #!, an empty # or parser directives', () => {
    formats(['#syntax=docker/dockerfile:1', '#escape=\\', '#check=skip=all', '#comment', '####', '#---', '#!/bin/sh', '#', 'FROM alpine:3.20', '  #indented'], ['#syntax=docker/dockerfile:1', '#escape=\\', '#check=skip=all', '# comment', '####', '#---', '#!/bin/sh', '#', 'FROM alpine:3.20', '  # indented']);
  });

  it('reads directives as BuildKit does: an unknown name is a comment, and so is every line after it', () => {
    formats(['#x=d ', '#syntax=docker/dockerfile:1', '#c='], ['# x=d', '# syntax=docker/dockerfile:1', '# c=']);
    formats(['#syntax=docker/dockerfile:1 ', '#c=', '#escape=`'], ['#syntax=docker/dockerfile:1', '# c=', '# escape=`']);
  });

  it('keeps pragmas working (they allow the space)', () => {
    formats(['FROM alpine:3.20', '#hadolint ignore=DL3018', 'RUN apk add curl'], ['FROM alpine:3.20', '# hadolint ignore=DL3018', 'RUN apk add curl']);
  });
});

describe('Dockerfile formatter: exec form', () => {
  it('spaces JSON arrays: one space after each comma, none inside the brackets', () => {
    formats(['CMD ["node","server.js"]', 'ENTRYPOINT [ "/tini" ,  "--" ]', 'SHELL ["/bin/sh","-c"]', 'CMD [ ]'], ['CMD ["node", "server.js"]', 'ENTRYPOINT ["/tini", "--"]', 'SHELL ["/bin/sh", "-c"]', 'CMD []']);
    formats(['HEALTHCHECK --interval=5s CMD ["curl","-f","http://localhost/"]', 'ONBUILD RUN ["make","all"]'], ['HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]', 'ONBUILD RUN ["make", "all"]']);
  });

  it('keeps the strings byte-for-byte, escapes included', () => {
    formats(['CMD ["a\\"b","c,d","\\u0041"]'], ['CMD ["a\\"b", "c,d", "\\u0041"]']);
  });

  it('leaves single-quoted and invalid arrays alone: the build runs them as shell form', () => {
    unchanged(["CMD ['node','server.js']", 'CMD ["node",server.js]', 'CMD ["node",', 'CMD ["a",1]']);
  });

  it('leaves arrays split over lines alone, except their indentation', () => {
    formats(['CMD ["a", \\', '  "b"]'], ['CMD ["a", \\', '    "b"]']);
  });
});

describe('Dockerfile formatter: heredocs', () => {
  it('never touches a heredoc body or its delimiter, trailing whitespace and keywords included', () => {
    formats(['run <<EOF  ', '  set -e   ', 'run this', '#not a comment', 'EOF', 'ADD <<EOT /x', 'from y  ', 'EOT'], ['RUN <<EOF', '  set -e   ', 'run this', '#not a comment', 'EOF', 'ADD <<EOT /x', 'from y  ', 'EOT']);
  });

  it('keeps several heredocs, tab-stripping ones and unterminated ones byte-for-byte', () => {
    unchanged(['RUN <<A <<-B', 'a  ', 'A', '\tb\t', '\tB']);
    unchanged(['RUN cat <<EOF', 'never   ', 'ends  ']);
  });

  it('trims the marker line of a heredoc without a body, which is no body text (fuzz a87214ad9d06, 6a1187dbe508, ebe4fd7f6bf1)', () => {
    formats('COPY <<2 \n', 'COPY <<2\n');
    formats('RUN <<\\\t\ne\n', 'RUN <<\\\ne\n');
  });
});

describe('Dockerfile formatter: escape character, line endings, Windows', () => {
  it('uses the escape directive: a backtick continues lines, backslashes are path separators', () => {
    formats(['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'run dir C:\\Windows\\ && `', 'echo done', 'COPY ["C:\\\\src","C:\\\\dst\\\\"]'], ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir C:\\Windows\\ && `', '    echo done', 'COPY ["C:\\\\src", "C:\\\\dst\\\\"]']);
  });

  it('keeps CRLF line endings', () => {
    formats('run a && \\\r\n  b  \r\n#c\r\n', 'RUN a && \\\r\n    b\r\n# c\r\n');
  });

  it('does not format a file with lone CR line breaks (the build and the editor disagree on its lines)', () => {
    unchanged('run a\rrun b\n');
  });
});

describe('Dockerfile formatter: ranges', () => {
  const text = ['from alpine:3.20', 'run  a && \\', '  b', 'run  c', '#x'].join('\n');
  const rangeOf = (startLine: number, endLine: number) => {
    const lines = parseDocument(text, 'dockerfile').lines;
    return { start: lines.lineStart(startLine), end: lines.lineEnd(endLine) };
  };

  it('formats only the instructions the range touches, whole', () => {
    const edits = formatDockerfile(parseDocument(text, 'dockerfile'), DEFAULT_FORMAT_OPTIONS, rangeOf(2, 2));
    assert.equal(applyEdits(text, edits), ['from alpine:3.20', 'run a && \\', '    b', 'run  c', '#x'].join('\n'));
  });

  it('upper-cases keywords in a range only when the rest of the file already is', () => {
    const upper = 'FROM alpine:3.20\nrun  a\nRUN b\n';
    const edits = formatDockerfile(parseDocument(upper, 'dockerfile'), DEFAULT_FORMAT_OPTIONS, { start: 17, end: 18 });
    assert.equal(applyEdits(upper, edits), 'FROM alpine:3.20\nRUN a\nRUN b\n');
  });
});

describe('Dockerfile formatter: on type', () => {
  const typed = (marked: string, options: Partial<FormatOptions> = {}) => {
    const text = marked.replace('|', '');
    return applyEdits(text, formatOnType(parseDocument(text, 'dockerfile'), marked.indexOf('|'), '\n', { ...DEFAULT_FORMAT_OPTIONS, ...options }));
  };

  it('indents the line after a continuation one step, or like the continuation line above', () => {
    assert.equal(typed('RUN a && \\\n|\n'), 'RUN a && \\\n    \n');
    assert.equal(typed('RUN a && \\\n  |\n', { insertSpaces: false }), 'RUN a && \\\n\t\n');
    assert.equal(typed('RUN a \\\n      && b \\\n|c\n'), 'RUN a \\\n      && b \\\n      c\n');
  });

  it('does nothing after a line without the escape character, inside quotes or in a heredoc', () => {
    assert.equal(typed('RUN a\n|\n'), 'RUN a\n\n');
    assert.equal(typed('RUN echo "a \\\n|b"\n'), 'RUN echo "a \\\nb"\n');
    assert.equal(typed('RUN <<EOF\nx \\\n|\nEOF\n'), 'RUN <<EOF\nx \\\n\nEOF\n');
  });
});

describe('Dockerfile formatter: hostile input', () => {
  it('stays linear on long runs of spaces (a trailing-whitespace regex would be quadratic)', () => {
    const text = `RUN a${' '.repeat(100_000)}b \\\n${' \t'.repeat(50_000)}c${' '.repeat(100_000)}\n`;
    const started = Date.now();
    format(text);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});
