// `npm run screenshots`: copies the README's pictures from the last e2e run (test-output/e2e/, written by
// test/e2e/editor.e2e.ts) to docs/images/, to be committed. Run `npm run test:e2e` first.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const from = join(root, 'test-output', 'e2e');
const to = join(root, 'docs', 'images');
const PICTURES = ['hover.png', 'quick-fix-menu.png', 'problems-panel.png', 'completion.png', 'outline.png'];

const missing = PICTURES.filter((name) => !existsSync(join(from, name)));
if (missing.length > 0) {
  console.error(`No ${missing.join(', ')} in ${from}: run \`npm run test:e2e\` first.`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const name of PICTURES) {
  copyFileSync(join(from, name), join(to, name));
  console.log(`docs/images/${name}`);
}
