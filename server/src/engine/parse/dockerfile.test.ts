import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';

/** The text of each heredoc body of the file's first instruction (undefined: no body). */
function bodies(text: string): (string | undefined)[] {
  const [instruction] = parseDocument(text, 'dockerfile').dockerfile!.instructions;
  return instruction.heredocs.map((h) => h.bodySpan && text.slice(h.bodySpan.start, h.bodySpan.end));
}

describe('Dockerfile model: heredoc bodies', () => {
  it('spans the lines between the marker line and the delimiter, or to the end when unterminated', () => {
    assert.deepEqual(bodies('RUN <<EOF\nx\nEOF\n'), ['x']);
    assert.deepEqual(bodies('RUN <<EOF\nx\n  \n'), ['x\n  \n']);
    assert.deepEqual(bodies('RUN <<A <<B\nx\nA\ny\n'), ['x', 'y\n']);
  });

  it('has no body, never the marker line, when nothing follows the marker line', () => {
    assert.deepEqual(bodies('COPY <<2 \n'), [undefined]);
    assert.deepEqual(bodies('RUN <<\\\t\ne\n'), [undefined]);
    assert.deepEqual(bodies('RUN <<EOF \\\n  && x\n'), [undefined]);
    assert.deepEqual(bodies('RUN <<A <<B\nx\nA\n'), ['x', undefined]);
  });

  it('has no body when the delimiter follows the marker line at once', () => {
    assert.deepEqual(bodies('RUN <<A <<B\nA\nB\n'), [undefined, undefined]);
  });
});

describe('Dockerfile model: arguments', () => {
  /** Each argument of the file's last instruction, as its value and the text its span covers. */
  function args(text: string): [string, string][] {
    const instruction = parseDocument(text, 'dockerfile').dockerfile!.instructions.at(-1)!;
    return instruction.args.map((a) => [a.value, text.slice(a.span.start, a.span.end)]);
  }

  it('spans an escaped blank before a line continuation where it is written, not from inside the keyword', () => {
    assert.deepEqual(args('COPY a \\\n\\ \\\n \\'), [['a', 'a'], ['', '\\ ']]);
    assert.deepEqual(args('FROM i\nCOPY <<t\n\\ \\\n \\'), [['<<t', '<<t'], ['', '\\ ']]);
  });
});
