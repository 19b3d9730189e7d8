// Issue 13, 10,000 comments at open: the Reacties view of a note with many threads draws only the
// rows near its visible part, and still works as one list: a screen reader hears each row's place
// in all of them, the keyboard reaches the last thread and back with focus on the active row,
// scrolling shows the rows further down, and axe finds nothing serious. Marks made as their block
// comes near the view carry their thread's state (a resolved thread's words look resolved).
import type { Page } from '@playwright/test';
import { flatten, selectorAt } from '../../shared/comments';
import { sampleNote, toBlocks } from '../../shared/document';
import { seriousViolations } from './axe';
import { test, expect, hostCall, runCommand } from './fixtures';

const THREADS = 120;
/** The thread resolved before the note opens: not in the list (open threads only), its mark looks resolved. */
const RESOLVED = 59;
const LISTED = THREADS - 1;

const rows = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');
const focusedRow = (page: Page) => page.evaluate(() => {
  const row = document.activeElement?.closest('[data-testid="comment-thread"]');
  return row ? { place: row.getAttribute('aria-posinset'), of: row.getAttribute('aria-setsize'), active: row.getAttribute('aria-current'), quote: row.querySelector('.comment-quote')?.textContent ?? '', focusIsRow: document.activeElement === row } : null;
});

test('a long Reacties list draws only what is near the view, and the keyboard and a screen reader still reach every thread', async ({ page, app }) => {
  test.setTimeout(180_000);
  await app.openApp();
  const { werkmap } = await hostCall<{ werkmap: string | null }>(app.host, 'session.get', {});
  if (!werkmap) throw new Error('the app opened without a werkmap');
  const sample = sampleNote();
  const document = JSON.stringify({ root: { ...sample.root, children: [0, 1].flatMap(() => structuredClone(sample.root.children)) } });
  const { path } = await hostCall<{ path: string }>(app.host, 'notes.create', { folder: werkmap, title: 'Lange lijst' });
  await hostCall(app.host, 'notes.save', { path, document, kind: 'named', name: 'tekst' });
  await hostCall(app.host, 'notes.close', { path });
  // One thread on each of the first words of the note, in text order: row n quotes word n.
  const flat = flatten(toBlocks(document));
  const words = [...flat.text.matchAll(/[A-Za-zë]{4,}/g)].slice(0, THREADS);
  for (const [index, word] of words.entries()) {
    const selector = selectorAt(flat, word.index, word.index + word[0].length);
    const thread = await hostCall<{ id: string }>(app.host, 'comments.add', { path, anchor: { ...selector, blockId: selector.blockId ?? '' }, stance: 'vraag', body: `Vraag ${index + 1}`, author: 'Bewoner' });
    if (index === RESOLVED) await hostCall(app.host, 'comments.resolve', { path, threadId: thread.id, resolved: true, by: 'Els' });
  }
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await page.locator('.explorer-item', { hasText: 'Lange lijst' }).first().click();
  await runCommand(page, 'Beeld: Reacties tonen');

  // Drawn: the rows near the view, not all of them; each says where it stands among all.
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(LISTED));
  await expect(rows(page).first().locator('.comment-quote')).toHaveText(words[0]![0]);
  const drawn = await rows(page).count();
  expect(drawn).toBeGreaterThan(1);
  expect(drawn).toBeLessThan(THREADS / 2);
  // Rows just below the view are there too, once the view is shown: a short scroll shows no gap.
  const view = page.locator('[data-view-body]').filter({ has: page.getByTestId('comments-view') }).first();
  await expect
    .poll(async () => {
      const bottom = await view.evaluate((element) => element.getBoundingClientRect().bottom);
      return (await rows(page).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top))).some((top) => top > bottom);
    })
    .toBe(true);
  expect(await seriousViolations(page, 'long Reacties list')).toEqual([]);
  await expect(page.locator('.editor-pane:not([hidden]) mark[data-comment-resolved]')).toHaveText([words[RESOLVED]![0]]);

  // The keyboard: into the list, End to the last thread, up one, Home back to the first. Focus
  // stays on the row, which is the active one, and its words are the active mark in the note.
  await rows(page).first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedRow(page)).toEqual({ place: String(LISTED), of: String(LISTED), active: 'true', quote: words[THREADS - 1]![0], focusIsRow: true });
  await expect(page.locator('.editor-pane:not([hidden]) mark[data-comment-active]')).toHaveText([words[THREADS - 1]![0]]);
  await expect(rows(page).filter({ hasText: `Vraag ${THREADS}` })).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedRow(page)).toEqual({ place: String(LISTED - 1), of: String(LISTED), active: 'true', quote: words[THREADS - 2]![0], focusIsRow: true });
  await page.keyboard.press('Home');
  await expect.poll(() => focusedRow(page)).toEqual({ place: '1', of: String(LISTED), active: 'true', quote: words[0]![0], focusIsRow: true });
  expect(await rows(page).count()).toBeLessThan(THREADS / 2);

  // Scrolling the view down to its end shows the last rows, drawn as they come into view.
  const body = page.locator('[data-view-body]').filter({ has: page.getByTestId('comments-view') }).first();
  await body.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(rows(page).filter({ hasText: `Vraag ${THREADS}` })).toBeInViewport();
  await expect(rows(page).filter({ hasText: `Vraag ${THREADS - 1}` })).toBeInViewport();
  // Rows never overlap: each starts below the one before.
  const boxes = await rows(page).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()).map((box) => ({ top: box.top, bottom: box.bottom })));
  for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]!.top).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom);

  // The counts per section open on a click (and on Enter) with every listed thread counted once,
  // under the sections of the note, and fold away again.
  await body.evaluate((element) => {
    element.scrollTop = 0;
  });
  const counts = page.getByTestId('comments-view').first().locator('.comments-counts');
  await expect(counts.locator('table')).not.toBeVisible();
  await counts.getByText('Aantallen per hoofdstuk').click();
  await expect(counts.locator('table')).toBeVisible();
  const cells = await counts.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))] as const));
  expect(cells.length).toBeGreaterThan(1);
  expect(cells.reduce((sum, [, vraag]) => sum + Number(vraag), 0)).toBe(LISTED);
  for (const [, , ...others] of cells) expect(others.every((count) => count === 0)).toBe(true);
  await counts.getByText('Aantallen per hoofdstuk').click();
  await expect(counts.locator('table')).not.toBeVisible();
  await counts.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(counts.locator('table')).toBeVisible();
});
