/**
 * Smoke test of the real-editor harness: code-server + Chromium open a workspace, Quick Open a
 * Dockerfile and show its text. Needs `bash test/e2e/setup.sh` first.
 *
 *   node --import tsx --test test/e2e/smoke.e2e.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, openWorkbench, quickOpen, repoRoot, startCodeServer } from './code-server';

const outDir = path.join(repoRoot, 'test-output', 'e2e');

test('code-server opens a Dockerfile via Quick Open', { timeout: 180_000 }, async (t) => {
  const workspaceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-ws-'));
  fs.writeFileSync(path.join(workspaceDir, 'Dockerfile'), 'FROM node:20\nCMD node server.js\n');
  fs.mkdirSync(outDir, { recursive: true });

  const cs = await startCodeServer({ workspaceDir });
  t.after(() => cs.stop());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e: Error) => pageErrors.push(e.message));

  try {
    await openWorkbench(page, cs.url, workspaceDir);
    await quickOpen(page, 'Dockerfile');
    const lines = page.locator('.editor-instance .view-lines').first();
    await lines.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(
      // Monaco renders spaces as U+00A0
      (sel: string) =>
        ((globalThis as any).document.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').includes('FROM node:20'),
      '.editor-instance .view-lines',
      { timeout: 30_000 },
    );
    const text = String(await lines.textContent()).replace(/\u00a0/g, ' ');
    assert.match(text, /FROM node:20/);
    assert.match(text, /CMD node server\.js/);
  } finally {
    await page.screenshot({ path: path.join(outDir, 'smoke.png') }).catch(() => undefined);
    if (pageErrors.length) t.diagnostic(`page errors: ${pageErrors.join(' | ')}`);
  }
  fs.rmSync(workspaceDir, { recursive: true, force: true });
});
