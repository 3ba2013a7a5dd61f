import { defineRule } from '../../define';
import { fullLines, lineStartAt, remove } from '../../fix/edits';

type MessageId = 'obsolete' | 'removeVersion';

export default defineRule<MessageId>({
  id: 'obsolete-version-key',
  language: 'compose',
  aliases: ['no-version-field'],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    obsolete: 'The top-level `version` is obsolete: Compose ignores it (and warns), and it does not select a file format any more.',
    removeVersion: 'Remove the `version` line',
  },
  docs: {
    summary: 'Flags the top-level `version` key.',
    why:
      'The Compose Specification merged the old 2.x and 3.x file formats into one, and Compose reads every file by it ' +
      'whatever `version` says. The key only makes `docker compose` print a warning on every command, and it misleads ' +
      'readers into thinking that features of a newer format are off limits.',
    bad: ['version: "3.9"\nservices:\n  api:\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n', 'name: shop\nservices:\n  api:\n    image: nginx:1.27\n'],
    fixSafety: 'Safe: Compose ignores the key. The fix deletes the `version` line and nothing else; no fix when the key shares its line with other content (a flow mapping).',
    references: ['https://docs.docker.com/reference/compose-file/version-and-name/'],
  },
  check({ compose, report }) {
    const entry = compose.root && compose.top?.get('version');
    if (!entry || entry.mergedVia) return;
    const { text } = compose;
    const lines = fullLines(text, { start: entry.keySpan.start, end: entry.valueSpan.end });
    const after = text.slice(entry.valueSpan.end, lines.end).replace(/#.*/, '').trim();
    const alone = lineStartAt(text, entry.keySpan.start) === entry.keySpan.start && after === '' && !indentedLineFollows(text, lines.end);
    report({
      messageId: 'obsolete',
      span: entry.keySpan,
      fixes: alone ? [{ messageId: 'removeVersion', safety: 'safe', edits: [remove(lines)] }] : [],
    });
  },
});

/**
 * The next line with content is indented: it belongs to nothing at the top level (a YAML error the parser recovered
 * from), and with `version` gone it could become the first line and change how the whole file reads.
 */
function indentedLineFollows(text: string, from: number): boolean {
  const next = /^(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)\S/.exec(text.slice(from));
  return !!next && next[1].length > 0;
}
