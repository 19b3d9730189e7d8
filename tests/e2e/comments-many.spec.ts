// Issue 13, "Fast on a long note": a note with many comments opens with every thread's mark on
// exactly its quoted words, overlapping quotes and repeated text included; once when the marks
// are made on open (threads stored, marks not yet in the text) and once when they were saved.
import type { Page } from '@playwright/test';
import { flatten, selectorAt } from '../../shared/comments';
import { markedThreadIds, sampleNote, toBlocks } from '../../shared/document';
import { test, expect, hostCall, runCommand } from './fixtures';

const THREADS = 250;

/** The sample note three times over: every quote's words also stand elsewhere in the note. */
function repeatedSample(): string {
  const sample = sampleNote();
  return JSON.stringify({ root: { ...sample.root, children: [0, 1, 2].flatMap(() => structuredClone(sample.root.children)) } });
}

/** Quotes of 1–5 words inside one block; every third one starts inside the quote before it. */
function quotes(text: string): Array<{ start: number; end: number }> {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const wordStarts = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const out: Array<{ start: number; end: number }> = [];
  while (out.length < THREADS) {
    const previous = out.at(-1);
    let first = Math.floor(random() * wordStarts.length);
    if (previous && out.length % 3 === 0) first = wordStarts.findIndex((word) => word.start > previous.start && word.start < previous.end);
    if (first < 0) first = Math.floor(random() * wordStarts.length);
    const last = Math.min(wordStarts.length - 1, first + Math.floor(random() * 5));
    const start = wordStarts[first]!.start;
    const end = wordStarts[last]!.end;
    if (!text.slice(start, end).includes('\n')) out.push({ start, end });
  }
  return out;
}

/**
 * For every thread id on a mark in the visible editor: the words its marks cover, in text order.
 * The editor shows a block's marks as the block comes near the view, so the note is first scrolled
 * through from top to bottom, as a writer reading it would.
 */
async function markedWords(page: Page): Promise<Record<string, string>> {
  await page.evaluate(async () => {
    const root = document.querySelector('.editor-pane:not([hidden]) [contenteditable]');
    let scroller = root?.parentElement ?? null;
    while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (!scroller) return;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top;
      await frame();
    }
    scroller.scrollTop = 0;
  });
  return page.evaluate(() => {
    const root = document.querySelector('.editor-pane:not([hidden]) [contenteditable]') as (HTMLElement & { __lexicalEditor?: { getEditorState(): { _nodeMap: Map<string, { __type: string; __ids?: string[] }> }; getElementByKey(key: string): HTMLElement | null } }) | null;
    const editor = root?.__lexicalEditor;
    if (!editor) return {};
    const elements: Record<string, HTMLElement[]> = {};
    for (const [key, node] of editor.getEditorState()._nodeMap) {
      if (node.__type !== 'mark') continue;
      const element = editor.getElementByKey(key);
      if (element) for (const id of node.__ids ?? []) (elements[id] ??= []).push(element);
    }
    const words: Record<string, string> = {};
    for (const [id, list] of Object.entries(elements)) {
      list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      words[id] = list.map((element) => element.textContent ?? '').join('');
    }
    return words;
  });
}

async function openFromExplorer(page: Page, title: string) {
  await page.locator('.explorer-item', { hasText: title }).first().click();
  await expect(page.locator('.tab.active')).toContainText(title);
}

test('a note with many comments opens with every mark on its own words, when the marks are made and when they were saved', async ({ page, app }) => {
  test.setTimeout(180_000);
  await app.openApp();
  const { werkmap } = await hostCall<{ werkmap: string | null }>(app.host, 'session.get', {});
  if (!werkmap) throw new Error('the app opened without a werkmap');
  const document = repeatedSample();
  const { path } = await hostCall<{ path: string }>(app.host, 'notes.create', { folder: werkmap, title: 'Veel reacties' });
  await hostCall(app.host, 'notes.save', { path, document, kind: 'named', name: 'tekst' });
  await hostCall(app.host, 'notes.close', { path });
  const flat = flatten(toBlocks(document));
  const expected = new Map<string, string>();
  const starts = new Map<string, number>();
  for (const [index, range] of quotes(flat.text).entries()) {
    const selector = selectorAt(flat, range.start, range.end);
    const thread = await hostCall<{ id: string }>(app.host, 'comments.add', { path, anchor: { ...selector, blockId: selector.blockId ?? '' }, stance: 'vraag', body: `Vraag ${index}`, author: 'Bewoner' });
    expected.set(thread.id, selector.exact);
    starts.set(thread.id, range.start);
  }
  // The thread(s) whose words come last in the note, far below where it opens.
  const lastStart = Math.max(...starts.values());
  const lastWords = [...starts].filter(([, start]) => start === lastStart).map(([threadId]) => expected.get(threadId)!);
  const quoted = Object.fromEntries(expected);

  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await openFromExplorer(page, 'Veel reacties');
  await expect.poll(() => markedWords(page), { message: 'marks made on open', timeout: 60_000 }).toEqual(quoted);

  // The editor saves the marks it made; opened again, the note brings them along.
  await expect
    .poll(async () => {
      const { document: saved } = await hostCall<{ document: string }>(app.host, 'notes.open', { path });
      const marked = markedThreadIds(saved);
      return [...expected.keys()].every((id) => marked.has(id));
    }, { message: 'marks saved in the note', timeout: 30_000 })
    .toBe(true);
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await openFromExplorer(page, 'Veel reacties');
  // Reached from the keyboard: "Reactie: Vorige" with no thread chosen goes to the last one; its
  // words get their mark, marked as the active thread, and a screen reader hears the comment.
  await expect(page.locator('.editor-pane:not([hidden]) [contenteditable]')).toHaveAttribute('data-comment-marks', String(THREADS), { timeout: 60_000 });
  await runCommand(page, 'Reactie: Vorige');
  const active = page.locator('.editor-pane:not([hidden]) mark[data-comment-active]');
  await expect.poll(async () => lastWords.includes((await active.allTextContents()).join('')), { message: 'the last thread shown with its mark' }).toBe(true);
  await expect(page.getByTestId('announcer')).toContainText('Reactie van Bewoner');
  await expect.poll(() => markedWords(page), { message: 'marks saved in the note', timeout: 60_000 }).toEqual(quoted);
  // Nothing was found elsewhere: every thread is on its words, none "tekst gewijzigd".
  const threads = await hostCall<Array<{ id: string; anchor: { status: string } }>>(app.host, 'comments.list', { path });
  expect(threads.filter((thread) => thread.anchor.status === 'orphaned')).toEqual([]);
});
