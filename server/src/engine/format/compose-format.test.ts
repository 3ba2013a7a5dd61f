import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';
import { applyEdits } from '../fix/apply';
import { formatCompose } from './compose-format';

const format = (text: string, tabSize = 2) => formatCompose(parseDocument(text, 'compose'), tabSize);

function formats(before: string[], after: string[], tabSize = 2): void {
  const text = before.join('\n');
  const once = applyEdits(text, format(text, tabSize));
  assert.equal(once, after.join('\n'));
  assert.deepEqual(format(once, tabSize), [], 'a second pass changes nothing');
}

describe('Compose formatter', () => {
  it('indents each level one step, keeping anchors, aliases, quoting, numbers and comments byte-for-byte', () => {
    formats(
      ['services:', '    web:', '        image: "nginx:1.27"   # pinned', '        x-port: &port 0x1F', '    db:', '         # the database', '         image: postgres', '         y: *port'],
      ['services:', '  web:', '    image: "nginx:1.27"   # pinned', '    x-port: &port 0x1F', '  db:', '    # the database', '    image: postgres', '    y: *port'],
    );
  });

  it('keeps a sequence at its key’s column there, and what follows a dash at its distance from it', () => {
    formats(
      ['services:', '      web:', '        ports:', '        - "80:80"', '        environment:', '            -   name: a', '                value: b'],
      ['services:', '  web:', '    ports:', '    - "80:80"', '    environment:', '      -   name: a', '          value: b'],
    );
  });

  it('moves block scalars as a block, one step inside their key; an explicit indentation indicator keeps its distance', () => {
    formats(
      ['services:', '    web:', '        command: |', '              echo hi', '                indented', '', '              # not a comment', '        entrypoint: |2', '            two'],
      ['services:', '  web:', '    command: |', '      echo hi', '        indented', '', '      # not a comment', '    entrypoint: |2', '        two'],
    );
  });

  it('puts a line between a dash and the column after it where that column goes, so a second pass agrees', () => {
    formats(
      ['x:', '      - ', '       b', '      - a', '       c', 'y:', '- &anchor', ' key: v'],
      ['x:', '    - ', '      b', '    - a', '      c', 'y:', '- &anchor', '  key: v'],
      4,
    );
  });

  it('uses the editor’s tab size', () => {
    formats(['services:', '  web:', '    image: nginx'], ['services:', '    web:', '        image: nginx'], 4);
  });

  it('changes nothing in a file with YAML errors or tab indentation', () => {
    assert.deepEqual(format('services:\n    web: [\n'), []);
    assert.deepEqual(format('services:\n\tweb:\n'), []);
  });

  it('formats the whole top-level entries a range touches (a part alone would not parse alike)', () => {
    const text = 'x-common:\n    restart: always\nservices:\n    web:\n        image: nginx\n    db:\n        image: postgres\n';
    const parsed = parseDocument(text, 'compose');
    const dbLines = { start: parsed.lines.lineStart(5), end: parsed.lines.lineEnd(5) };
    assert.equal(applyEdits(text, formatCompose(parsed, 2, dbLines)), 'x-common:\n    restart: always\nservices:\n  web:\n    image: nginx\n  db:\n    image: postgres\n');
  });
});
