/**
 * Drives the VS Code workbench (in code-server) the way a person does — Quick Open, the cursor, the mouse, Ctrl+.,
 * the command palette — and reads back what is on screen: squiggles measured against the rendered text, the
 * hover widget, the action menu, the Problems panel.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from './code-server';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A squiggle as drawn: its line (1-based), the columns it spans (0-based, end exclusive) and the text under it. */
export interface Squiggle {
  severity: Severity;
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A row of the Problems panel. */
export interface Problem {
  severity: string;
  message: string;
  source: string;
  code: string;
  /** `[Ln 6, Col 5]` */
  position: string;
}

const EDITOR = '.editor-instance .monaco-editor';

/**
 * How long any wait for something on screen may take. Generous: other work loads the CPU of a CI machine or a shared
 * one, and code-server, Chromium and the language server all compete for it. Every wait is on a condition, so a
 * healthy run never waits this long.
 */
export const WAIT_MS = 60_000;
/** How often a condition read from the page (squiggles, the Problems panel, the hover text) is read again. */
const POLL_MS = 200;

/** tsx compiles this file with esbuild's keepNames, whose `__name(fn)` calls also land in the functions we send to the page. */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
  ) {}

  /** Call before the workbench loads (the shim is installed for every document the page opens). */
  static async attach(page: Page, screenshotDir: string): Promise<Workbench> {
    await page.addInitScript(KEEP_NAMES_SHIM);
    await page.evaluate(KEEP_NAMES_SHIM);
    page.setDefaultTimeout(WAIT_MS);
    return new Workbench(page, screenshotDir);
  }

  /** Reads `read()` until `accept` takes it; the error names what was awaited and shows what was seen last. */
  async poll<T>(what: string, read: () => Promise<T>, accept: (seen: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = await read();
      if (accept(seen)) return seen;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen on screen: ${JSON.stringify(seen)}`);
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  /** page.waitForFunction, with an error that says what was awaited. */
  async until<A>(what: string, condition: (arg: A) => unknown, arg: A, timeoutMs = WAIT_MS): Promise<void> {
    try {
      await this.page.waitForFunction(condition, arg, { timeout: timeoutMs });
    } catch (error) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${String((error as Error).message).split('\n')[0]})`);
    }
  }

  /** The text of the element `selector` matches first ('' when there is none). */
  async textOf(selector: string): Promise<string> {
    return this.page.evaluate((s: string) => String((globalThis as any).document.querySelector(s)?.textContent ?? ''), selector);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its text is rendered. */
  async openFile(name: string): Promise<void> {
    const { page } = this;
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    await this.until(
      `Quick Open to offer ${name} first`,
      (file: string) => (globalThis as any).document.querySelector('.quick-input-list .monaco-list-row.focused .label-name')?.textContent === file,
      name,
    );
    await page.keyboard.press('Enter');
    await this.activeTab(name);
    await page.waitForSelector(`${EDITOR} .view-lines .view-line`, { state: 'visible' });
    await this.focusEditor();
  }

  /** Waits until the active editor tab is `name`. */
  async activeTab(name: string): Promise<void> {
    await this.until(
      `the active editor tab to be ${name}`,
      (file: string) => (globalThis as any).document.querySelector('.tabs-container .tab.active .label-name')?.textContent === file,
      name,
    );
  }

  async focusEditor(): Promise<void> {
    await this.page.locator(`${EDITOR} textarea`).first().focus();
  }

  /** The editor's lines as rendered (every line of a short file), spaces as spaces. */
  async lines(): Promise<string[]> {
    return this.page.evaluate((editorSelector: string) => {
      const doc = (globalThis as any).document;
      const editor = doc.querySelector(editorSelector);
      const rows = [...editor.querySelectorAll('.view-lines .view-line')] as any[];
      return rows
        .map((row) => ({ top: row.getBoundingClientRect().top, text: String(row.textContent).replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.text);
    }, EDITOR);
  }

  /** The editor's text as rendered, lines joined with `\n` (a file ending in a newline renders a last empty line). */
  async text(): Promise<string> {
    return (await this.lines()).join('\n');
  }

  /**
   * Every squiggle in the editor, measured: its box is matched to the rendered line under it and to the character
   * boundaries of that line's text (Range rectangles), so `text` is exactly what the user sees underlined.
   */
  async squiggles(): Promise<Squiggle[]> {
    return this.page.evaluate((editorSelector: string) => {
      const doc = (globalThis as any).document;
      const editor = doc.querySelector(editorSelector);
      if (!editor) return [];
      const within = (y: number, r: any) => y >= r.top && y < r.bottom;
      const numbers = ([...editor.querySelectorAll('.margin-view-overlays .line-numbers')] as any[]).map((e) => ({ n: Number(e.textContent), rect: e.getBoundingClientRect() }));
      const rows = [...editor.querySelectorAll('.view-lines .view-line')] as any[];
      /** x of every character boundary of a rendered line: boundaries[i] is where character i starts. */
      const boundaries = (row: any): number[] => {
        const xs: number[] = [];
        const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
        const range = doc.createRange();
        let last = row.getBoundingClientRect().left;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            xs.push(rect.left);
            last = rect.right;
          }
        }
        xs.push(last);
        return xs;
      };
      const nearest = (xs: number[], x: number) => xs.reduce((best, value, i) => (Math.abs(value - x) < Math.abs(xs[best] - x) ? i : best), 0);
      return ([...editor.querySelectorAll('.view-overlays .cdr[class*="squiggly-"]')] as any[]).map((squiggle) => {
        const rect = squiggle.getBoundingClientRect();
        const y = rect.top + rect.height / 2;
        const row = rows.find((r) => within(y, r.getBoundingClientRect()));
        const line = numbers.find((l) => within(y, l.rect))?.n ?? -1;
        const text = row ? String(row.textContent).replace(/\u00a0/g, ' ') : '';
        const xs = row ? boundaries(row) : [0];
        const start = nearest(xs, rect.left);
        const end = nearest(xs, rect.right);
        const severity = (/squiggly-(error|warning|info|hint)/.exec(squiggle.className) ?? [])[1];
        return { severity, line, start, end, text: text.slice(start, end) };
      });
    }, EDITOR) as Promise<Squiggle[]>;
  }

  /** Waits until the squiggles satisfy `accept`; the error shows the last ones seen. */
  async waitForSquiggles(what: string, accept: (squiggles: Squiggle[]) => boolean, timeoutMs = WAIT_MS): Promise<Squiggle[]> {
    return this.poll(`${what} (squiggles)`, () => this.squiggles(), accept, timeoutMs);
  }

  /** Puts the cursor at a 1-based line and column with "Go to Line/Column" (Ctrl+G). */
  async moveCursor(line: number, column: number): Promise<void> {
    const { page } = this;
    await this.focusEditor();
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
    await this.until(
      `the status bar to show the cursor at Ln ${line}, Col ${column}`,
      (expected: string) => (globalThis as any).document.querySelector('.statusbar [id="status.editor.selection"]')?.textContent?.includes(expected),
      `Ln ${line}, Col ${column}`,
    );
  }

  /**
   * Moves the mouse over the middle of `token` on a 1-based line; returns the text of the hover widget once it shows
   * `expected` (the hover fills in as its providers answer).
   */
  async hover(line: number, token: string, expected: RegExp): Promise<string> {
    const { page } = this;
    const point = await page.evaluate(
      ({ editorSelector, lineNumber, needle }: { editorSelector: string; lineNumber: number; needle: string }) => {
        const doc = (globalThis as any).document;
        const editor = doc.querySelector(editorSelector);
        const label = ([...editor.querySelectorAll('.margin-view-overlays .line-numbers')] as any[]).find((e) => Number(e.textContent) === lineNumber);
        if (!label) return undefined;
        const y = label.getBoundingClientRect().top + label.getBoundingClientRect().height / 2;
        const row = ([...editor.querySelectorAll('.view-lines .view-line')] as any[]).find((r) => {
          const rect = r.getBoundingClientRect();
          return y >= rect.top && y < rect.bottom;
        });
        const text = String(row.textContent).replace(/\u00a0/g, ' ');
        const at = text.indexOf(needle);
        if (at < 0) return undefined;
        const mid = at + Math.floor(needle.length / 2);
        const walker = doc.createTreeWalker(row, 4);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (mid < offset + node.length) {
            const range = doc.createRange();
            range.setStart(node, mid - offset);
            range.setEnd(node, mid - offset + 1);
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y };
          }
          offset += node.length;
        }
        return undefined;
      },
      { editorSelector: EDITOR, lineNumber: line, needle: token },
    );
    if (!point) throw new Error(`"${token}" is not rendered on line ${line}: ${JSON.stringify(await this.lines())}`);
    await page.mouse.move(point.x, point.y - 40); // come from elsewhere, so the move is a real hover
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const widget = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    await widget.waitFor({ state: 'visible' });
    return this.poll(`the hover over "${token}" (line ${line}) to show ${expected}`, async () => String(await widget.innerText()), (text) => expected.test(text));
  }

  async closeHover(): Promise<void> {
    await this.page.mouse.move(5, 400);
    await this.page.keyboard.press('Escape');
    await this.page.waitForSelector('.monaco-hover:not(.hidden) .monaco-hover-content', { state: 'hidden' }).catch(() => undefined);
  }

  /**
   * Whether the lightbulb shows for the cursor line: in the text (an empty line below) or in the gutter. When it is
   * slow to come (its request cancelled by arriving diagnostics), the cursor is nudged once, which asks again.
   */
  async lightbulbVisible(): Promise<boolean> {
    const lightbulb = `${EDITOR} .lightBulbWidget[class*="codicon-light"], ${EDITOR} .glyph-margin-widgets [class*="codicon-gutter-lightbulb"]`;
    const shown = () =>
      this.page
        .waitForSelector(lightbulb, { state: 'visible', timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
    if (await shown()) return true;
    await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.press('ArrowLeft');
    return shown();
  }

  /** Opens the Quick Fix menu (Ctrl+.) at the cursor; returns the titles of its actions. */
  async openQuickFixMenu(): Promise<string[]> {
    return this.openActionMenu(async () => {
      await this.focusEditor();
      await this.page.keyboard.press('Control+.');
    });
  }

  /** The "Source Action..." menu (from the command palette); returns the titles of its actions. */
  async openSourceActionMenu(): Promise<string[]> {
    return this.openActionMenu(() => this.runCommand('Source Action...'));
  }

  /**
   * Opens an action menu, asking again (as a person would) when VS Code answers "No code actions available": new
   * diagnostics arriving while the actions are computed cancel the request, which a loaded CI machine makes likely.
   */
  private async openActionMenu(open: () => Promise<void>, attempts = 4): Promise<string[]> {
    const { page } = this;
    const menu = '.action-widget .monaco-list-row.action';
    const nothing = '.monaco-editor-overlaymessage';
    for (let attempt = 1; ; attempt++) {
      await open();
      await page.waitForSelector(`${menu}, ${nothing}`, { state: 'visible' });
      if (await page.locator(menu).first().isVisible()) return this.actionTitles();
      const message = String(await page.locator(nothing).first().innerText());
      if (attempt === attempts) throw new Error(`no action menu after ${attempts} tries: VS Code said "${message}"`);
      await this.escape();
      await page.waitForSelector(nothing, { state: 'hidden' });
    }
  }

  private async actionTitles(): Promise<string[]> {
    await this.page.waitForSelector('.action-widget .monaco-list-row.action', { state: 'visible' });
    return this.page.evaluate(() =>
      ([...(globalThis as any).document.querySelectorAll('.action-widget .monaco-list-row.action')] as any[]).map((row) => String(row.getAttribute('aria-label'))),
    );
  }

  /**
   * Picks the open action menu's entry whose title starts with `title`, with the arrow keys and Enter (a mouse click
   * lands on the menu's pointer shield); waits until the menu has closed.
   */
  async pickAction(title: string): Promise<string> {
    const { page } = this;
    const titles = await this.actionTitles();
    if (!titles.some((t) => t.startsWith(title))) throw new Error(`"${title}" is not in the menu: ${JSON.stringify(titles)}`);
    for (let i = 0; i <= titles.length; i++) {
      const focused: string | undefined = await page.evaluate(() =>
        (globalThis as any).document.querySelector('.action-widget .monaco-list-row.action.focused')?.getAttribute('aria-label'),
      );
      if (focused?.startsWith(title)) {
        await page.keyboard.press('Enter');
        await page.waitForSelector('.action-widget', { state: 'hidden' });
        return focused;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not focus "${title}" in the menu`);
  }

  /** Runs a command from the command palette (F1) by its label. */
  async runCommand(label: string): Promise<void> {
    const { page } = this;
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(label);
    await this.until(
      `the command palette to offer "${label}" first`,
      (expected: string) =>
        String((globalThis as any).document.querySelector('.quick-input-list .monaco-list-row.focused')?.getAttribute('aria-label') ?? '').startsWith(expected),
      label,
    );
    await page.keyboard.press('Enter');
  }

  /** The labels of the suggest widget's rows as shown, top to bottom ([] when it is closed). */
  async suggestions(): Promise<string[]> {
    return this.page.evaluate((editorSelector: string) => {
      const widget = (globalThis as any).document.querySelector(`${editorSelector} .suggest-widget.visible`);
      if (!widget) return [];
      return ([...widget.querySelectorAll('.monaco-list-row')] as any[])
        .map((row) => ({ top: row.getBoundingClientRect().top, label: String(row.querySelector('.label-name')?.textContent ?? '') }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.label);
    }, EDITOR);
  }

  async waitForSuggestions(what: string, accept: (labels: string[]) => boolean): Promise<string[]> {
    return this.poll(`${what} (suggest widget)`, () => this.suggestions(), accept);
  }

  /** The focused row of the suggest widget. */
  async focusedSuggestion(): Promise<string> {
    return this.textOf(`${EDITOR} .suggest-widget.visible .monaco-list-row.focused .label-name`);
  }

  /** The Outline view's rows as shown, top to bottom: [depth (1 = top level), label, description]. */
  async outline(): Promise<[number, string, string][]> {
    return this.page.evaluate(() =>
      ([...(globalThis as any).document.querySelectorAll('.outline-pane .monaco-list-row')] as any[])
        .map((row) => ({
          top: row.getBoundingClientRect().top,
          row: [
            Number(row.getAttribute('aria-level')),
            String(row.querySelector('.label-name')?.textContent ?? ''),
            String(row.querySelector('.label-description')?.textContent ?? ''),
          ] as [number, string, string],
        }))
        .sort((a, b) => a.top - b.top)
        .map((r) => r.row),
    );
  }

  /**
   * Collapses (or expands again) the Explorer's folder section, as a click on its title does. A collapsed section has
   * no body to be found by, so its pane is marked on the way down.
   */
  async toggleExplorerFolders(): Promise<void> {
    const expanded: boolean | undefined = await this.page.evaluate(() => {
      const doc = (globalThis as any).document;
      let pane = doc.querySelector('[data-shipshape-folders]') ?? doc.querySelector('.explorer-folders-view');
      while (pane && !pane.querySelector(':scope > .pane-header')) pane = pane.parentElement;
      if (!pane) return undefined;
      pane.setAttribute('data-shipshape-folders', '');
      const was = pane.classList.contains('expanded');
      pane.querySelector(':scope > .pane-header').click();
      return !was;
    });
    if (expanded === undefined) throw new Error("the Explorer's folder section has no title to click");
    await this.until(
      `the Explorer's folder section to ${expanded ? 'expand' : 'collapse'}`,
      (want: boolean) => (globalThis as any).document.querySelector('[data-shipshape-folders]')?.classList.contains('expanded') === want,
      expanded,
    );
  }

  /** Renames the symbol at the cursor as a person does: F2, the new name over the selected old one, Enter. */
  async rename(newName: string): Promise<string> {
    const { page } = this;
    await this.focusEditor();
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input.rename-input').first();
    await input.waitFor({ state: 'visible' });
    await this.until('the rename box to take the keyboard', () => (globalThis as any).document.activeElement?.classList.contains('rename-input'), undefined);
    const oldName = String(await input.inputValue());
    await page.keyboard.type(newName);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.rename-box', { state: 'hidden' });
    return oldName;
  }

  /** Shows the Problems panel and returns its rows (file rows left out). */
  async problems(): Promise<Problem[]> {
    const { page } = this;
    if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible' });
    return page.evaluate(() =>
      ([...(globalThis as any).document.querySelectorAll('.markers-panel .monaco-list-row')] as any[])
        .filter((row) => row.querySelector('.marker-message'))
        .map((row) => ({
          severity: (/\b(error|warning|info)\b/.exec(String(row.querySelector('.marker-icon')?.className)) ?? [''])[0],
          message: String(row.querySelector('.marker-message')?.textContent ?? ''),
          source: String(row.querySelector('.marker-source')?.textContent ?? ''),
          code: String(row.querySelector('.marker-code')?.textContent ?? ''),
          position: String(row.querySelector('.marker-line')?.textContent ?? ''),
        })),
    );
  }

  async waitForProblems(what: string, accept: (problems: Problem[]) => boolean, timeoutMs = WAIT_MS): Promise<Problem[]> {
    return this.poll(`${what} (Problems panel)`, () => this.problems(), accept, timeoutMs);
  }

  async closePanel(): Promise<void> {
    if (await this.page.locator('.markers-panel').first().isVisible().catch(() => false)) await this.page.keyboard.press('Control+Shift+M');
    await this.page.waitForSelector('.markers-panel', { state: 'hidden' }).catch(() => undefined);
  }

  /** Selects the whole of a 1-based line (without its line break). */
  async selectLine(line: number): Promise<void> {
    await this.moveCursor(line, 1);
    await this.page.keyboard.press('Shift+End');
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await this.page.waitForSelector('.tabs-container .tab.active.dirty', { state: 'detached' });
  }

  async escape(times = 2): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
