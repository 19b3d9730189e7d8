// Everyday friction from issue 13, each a bug a writer met: names, tab titles, paste, many tabs.
import type { Page } from '@playwright/test';
import { test, expect, editor, newNote, noteTabs, runCommand } from './fixtures';

const activeTab = (page: Page) => noteTabs(page).locator('[role="tab"][aria-selected="true"]');

test('a renamed note keeps its new name in the tab, also after a reload', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Afval');
  await page.keyboard.press('F2');
  const prompt = page.getByRole('dialog');
  await prompt.getByRole('textbox').fill('Afvalbeleid 2027');
  await page.keyboard.press('Enter');
  await expect(activeTab(page).locator('.tab-title')).toHaveText('Afvalbeleid 2027');
  await page.waitForTimeout(600); // the session is written a moment after a change
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await expect(activeTab(page).locator('.tab-title')).toHaveText('Afvalbeleid 2027');
});

test('a "/" in a new name is reported instead of silently replaced', async ({ page, app }) => {
  await app.openApp();
  await runCommand(page, 'Nieuwe notitie');
  await page.getByRole('dialog').getByRole('textbox').fill('Afval/Reiniging');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/kunnen niet in een bestandsnaam/)).toBeVisible();
  await expect(page.locator('.toast', { hasText: /Het bestand heet nu "Afval.Reiniging"/ })).toBeVisible();
});

test('two review copies of one note get different tab titles', async ({ page, app }) => {
  await app.openApp();
  for (let copy = 0; copy < 2; copy++) {
    await runCommand(page, 'Maak reviewkopie');
    await expect(page.getByText(/Reviewkopie gemaakt: /).first()).toBeVisible();
  }
  const copies = page.locator('.explorer-item', { hasText: /review/i });
  await expect(copies).toHaveCount(2);
  for (const index of [0, 1]) await copies.nth(index).click();
  await expect(noteTabs(page).getByRole('tab')).toHaveCount(3);
  const names = await noteTabs(page).getByRole('tab').allInnerTexts();
  expect(new Set(names).size).toBe(names.length);
});

test('pasted plain text becomes paragraphs without empty ones between them', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Plakken');
  await editor(page).click();
  await editor(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Eerste alinea.\r\n\r\nTweede alinea.\n\n\nDerde alinea.');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor(page).locator('p')).toHaveText(['Eerste alinea.', 'Tweede alinea.', 'Derde alinea.']);
});

test('with many tabs the active tab is scrolled into view', async ({ page, app }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await app.openApp();
  for (let index = 1; index <= 9; index++) await newNote(page, `Notitie met een lange naam ${index}`);
  await page.keyboard.press('Control+PageDown'); // wraps to the first tab, far to the left
  await expect(noteTabs(page).getByRole('tab').first()).toHaveAttribute('aria-selected', 'true');
  const inView = () =>
    page.evaluate(() => {
      const strip = document.querySelector('.tab-strip')!.getBoundingClientRect();
      const tab = document.querySelector('.tab.active')!.getBoundingClientRect();
      return tab.left >= strip.left - 1 && tab.right <= strip.right + 1;
    });
  await expect.poll(inView).toBe(true);
  await page.keyboard.press('Control+PageUp'); // and back to the last one, far to the right
  await expect.poll(inView).toBe(true);
});

test('the status bar names the reading level and Flesch-Douma in words, with a tooltip that explains both', async ({ page, app }) => {
  await app.openApp();
  const status = page.getByTestId('status-readability');
  await expect(status).toHaveText(/^Leesniveau (B1|B2|C1) · Flesch-Douma \d+ · /, { timeout: 20_000 });
  await expect(status).toHaveAttribute('title', /B1 kunnen de meeste inwoners lezen.*hoe hoger hoe makkelijker/);
});

test('one switch turns all checks off and on, from the status bar and from the palette', async ({ page, app }) => {
  await app.openApp();
  const painted = () => page.locator(".check-marks > .check-mark:not([data-look='active'])").count();
  await expect.poll(painted, { timeout: 20_000 }).toBeGreaterThan(0);
  const toggle = page.getByTestId('status-checks');
  await expect(toggle).toHaveText('Controles aan');
  await toggle.click();
  await expect(toggle).toHaveText('Controles uit');
  await expect.poll(painted).toBe(0);
  await expect(page.getByTestId('status-readability')).toHaveCount(0);
  await runCommand(page, 'Alle controles aan of uit');
  await expect(toggle).toHaveText('Controles aan');
  await expect.poll(painted, { timeout: 20_000 }).toBeGreaterThan(0);
});

test('quick open ignores accents: "cafe" finds "Café de Hoek"', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Café de Hoek');
  await noteTabs(page).getByRole('tab', { name: /Café de Hoek/ }).getByTitle(/Tabblad sluiten/).click();
  await expect(noteTabs(page).getByRole('tab', { name: /Café de Hoek/ })).toHaveCount(0);
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('cafe');
  await expect(page.getByRole('option', { name: /Café de Hoek/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: /Café de Hoek/ })).toHaveAttribute('aria-selected', 'true');
});

test('the one switch sends no work to the checker while off, and checks each open note once when turned on', async ({ page, app }) => {
  // Every message the page posts to the checker worker, by kind and note.
  await page.addInitScript(() => {
    const posted: Array<{ type: string; noteId?: string }> = [];
    (window as unknown as { checkerPosts: typeof posted }).checkerPosts = posted;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const { type, noteId } = (message ?? {}) as { type?: string; noteId?: string };
      if (type) posted.push({ type, noteId });
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  });
  await app.openApp();
  for (const title of ['Afval', 'Bibliotheek']) {
    await newNote(page, title);
    await editor(page).click();
    await page.keyboard.type('Teneinde de zelfregie te versterken, praten we middels een brief.');
  }
  const painted = () => page.locator(".editor-pane:not([hidden]) .check-marks > .check-mark:not([data-look='active'])").count();
  await expect.poll(painted, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  const postsSince = async (start: number) => page.evaluate((from) => (window as unknown as { checkerPosts: Array<{ type: string; noteId?: string }> }).checkerPosts.slice(from), start);
  const count = () => page.evaluate(() => (window as unknown as { checkerPosts: unknown[] }).checkerPosts.length);
  const openNotes = await noteTabs(page).getByRole('tab').count();
  expect(openNotes).toBe(3);

  const beforeOff = await count();
  await page.getByTestId('status-checks').click();
  await expect(page.getByTestId('status-checks')).toHaveText('Controles uit');
  await editor(page).click();
  await page.keyboard.type(' Dit gebeurt ten behoeve van iedereen.');
  await page.waitForTimeout(1500);
  // Off: the worker only hears that each note's findings may go; typing sends nothing.
  const whileOff = await postsSince(beforeOff);
  expect(whileOff.map(({ type }) => type)).toEqual(Array(openNotes).fill('forget'));

  const beforeOn = await count();
  await page.getByTestId('status-checks').click();
  await expect.poll(painted, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1500);
  // On: one check per open note, and no new settings (which would check every note again).
  const whenOn = await postsSince(beforeOn);
  expect(whenOn.filter(({ type }) => type !== 'check')).toEqual([]);
  expect(whenOn.map(({ noteId }) => noteId).sort()).toEqual([...new Set(whileOff.map(({ noteId }) => noteId))].sort());
});
