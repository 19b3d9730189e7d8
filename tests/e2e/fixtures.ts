import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type Host } from '../host/server';

export interface HostFixture {
  host: Host;
  dataDir: string;
  sampleDir: string;
  /** Opens the app and waits until start-up (settings, session, sample werkmap) is done. */
  openApp(page?: Page): Promise<Page>;
}

const rendererDir = join(import.meta.dirname, '../../out/renderer');

export const test = base.extend<{ app: HostFixture }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'helder-e2e-'));
    const sampleDir = join(dataDir, 'documenten');
    const host = await startHost({ rendererDir, userDataDir: join(dataDir, 'userdata'), sampleDir });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use({
      host,
      dataDir,
      sampleDir,
      async openApp(target = page) {
        await target.goto(host.url);
        await expect(target.locator('.workbench[data-ready="true"]')).toBeVisible();
        return target;
      },
    });
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
    expect(errors, 'the page threw uncaught errors').toEqual([]);
  },
});

export { expect };

/** A call to the host's API as the page makes it, for setting up what a test needs. */
export async function hostCall<T>(host: Host, channel: string, payload: unknown): Promise<T> {
  const response = await fetch(`${host.url}api/${channel}`, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const reply = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** The tab strip of open notes (the bottom panel has tabs of its own). */
export const noteTabs = (page: Page) => page.getByRole('tablist', { name: 'Open notities' });

export const editor = (page: Page) => page.locator('.editor-pane:not([hidden]) [contenteditable="true"]');

/**
 * Makes a note through the palette and waits until its tab is the active one: clicking the editor
 * earlier would find the previous note's editor, which is hidden a moment later.
 */
export async function newNote(page: Page, title: string) {
  await runCommand(page, 'Nieuwe notitie');
  await page.getByRole('dialog').getByRole('textbox').fill(title);
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: new RegExp(title) })).toHaveAttribute('aria-selected', 'true');
}

export async function runCommand(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByRole('combobox', { name: 'Typ een opdracht' });
  await input.fill(title);
  await page.getByRole('option', { name: new RegExp(title, 'i') }).first().click();
}

export interface HighlightedRange {
  name: string;
  text: string;
  x: number;
  y: number;
}

/**
 * What is marked over the visible note, with its text and centre point. Check marks are boxes in a
 * layer under the text (name helder-check-<editor>-<look>): their text is what the note shows at the
 * ends of the drawn boxes (hit-testing, as a pointer would), so a mark counts only where it is drawn
 * over the words. Term explanations are read from the CSS highlight registry.
 */
export function highlightedRanges(page: Page, accept: { prefix: string; skipSuffix?: string }): Promise<HighlightedRange[]> {
  return page.evaluate(({ prefix, skipSuffix }) => {
    const out: Array<{ name: string; text: string; x: number; y: number }> = [];
    const visible = document.querySelector('.editor-pane:not([hidden])');
    const content = visible?.querySelector('.helder-editor__content');
    const wanted = (name: string) => name.startsWith(prefix) && !(skipSuffix && name.endsWith(skipSuffix));
    for (const layer of Array.from(visible?.querySelectorAll<HTMLElement>('.check-marks') ?? [])) {
      const marks = new Map<string, HTMLElement[]>();
      for (const box of Array.from(layer.children) as HTMLElement[]) {
        const id = box.dataset.mark ?? '';
        marks.set(id, [...(marks.get(id) ?? []), box]);
      }
      for (const boxes of marks.values()) {
        const name = `helder-check-${layer.dataset.editor}-${boxes[0]!.dataset.look}`;
        if (!wanted(name)) continue;
        const first = boxes[0]!.getBoundingClientRect();
        const last = boxes[boxes.length - 1]!.getBoundingClientRect();
        const start = document.caretRangeFromPoint(first.left + Math.min(1, first.width / 4), first.top + first.height / 2);
        const end = document.caretRangeFromPoint(last.right - Math.min(1, last.width / 4), last.top + last.height / 2);
        // Out of view (under a panel, in the margin band): not something the writer sees marked.
        if (!start || !end || !content?.contains(start.startContainer) || !content.contains(end.startContainer)) continue;
        const range = document.createRange();
        range.setStart(start.startContainer, start.startOffset);
        range.setEnd(end.startContainer, end.startOffset);
        out.push({ name, text: range.toString(), x: first.left + first.width / 2, y: first.top + first.height / 2 });
      }
    }
    for (const [name, highlight] of CSS.highlights) {
      if (!wanted(name)) continue;
      for (const item of highlight) {
        if (!visible?.contains(item.startContainer)) continue;
        const range = document.createRange();
        range.setStart(item.startContainer, item.startOffset);
        range.setEnd(item.endContainer, item.endOffset);
        const rect = range.getClientRects()[0];
        out.push({ name, text: range.toString(), x: rect ? rect.left + rect.width / 2 : 0, y: rect ? rect.top + rect.height / 2 : 0 });
      }
    }
    return out;
  }, accept);
}

/**
 * Finds the first occurrence of `words` in the visible note and either selects it, as a mouse
 * drag would, or puts the caret just inside it. Fails the test when the words are not there.
 */
export async function selectInNote(page: Page, words: string, mode: 'select' | 'caretInside' = 'select') {
  const found = await page.evaluate(
    async ({ target, caretOnly }) => {
      const root = document.querySelector('.editor-pane:not([hidden]) .helder-editor__content');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(target) ?? -1;
        if (at === -1) continue;
        // The editor takes the new selection on the (asynchronous) selectionchange event; a key
        // pressed before that reaches the old caret. Wait for the event and one frame after it.
        const taken = new Promise<void>((resolve) => {
          const done = (): void => void requestAnimationFrame(() => resolve());
          document.addEventListener('selectionchange', done, { once: true });
          setTimeout(done, 1000);
        });
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        if (caretOnly) {
          selection.collapse(node, at + 1);
        } else {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + target.length);
          selection.addRange(range);
        }
        await taken;
        return true;
      }
      return false;
    },
    { target: words, caretOnly: mode === 'caretInside' },
  );
  expect(found, `"${words}" is in the note`).toBe(true);
}

/**
 * Waits until the editor has taken a caret moved by keys: the browser moves the caret at once,
 * the editor learns it from the asynchronous selectionchange event, and a command pressed before
 * that acts on the old caret (a person is never that fast; a test under load is).
 */
export async function settleCaret(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()), 0))));
}

/** Pastes plain text into the visible note in one go (typing a long note would take minutes). */
export async function pastePlainText(page: Page, text: string) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = document.querySelector('.editor-pane:not([hidden]) [contenteditable="true"]');
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The path of the review copy just made, as the notice names it (the latest notice when there are more). */
export async function madeReviewCopyPath(page: Page): Promise<string> {
  const made = page.getByText(/Reviewkopie gemaakt: .*\.helder/).last();
  await expect(made).toBeVisible();
  return (await made.innerText()).replace(/^Reviewkopie gemaakt: /, '').trim();
}

/** Opens the review copy by quick open, as a resident on this machine would; it opens in panel mode. */
export async function openReviewCopy(page: Page) {
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('reviewkopie');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-area.panel-mode')).toBeVisible();
}
