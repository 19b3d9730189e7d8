// The workbench without a mouse: view shortcuts put the focus in their view, F6 walks the regions,
// Escape goes back to the note, the explorer is one tab stop, and F8 says what it found.
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, newNote } from './fixtures';

test('Ctrl+Shift+F puts the focus in the search box and types nothing into the note; Escape returns to the note', async ({ page, app }) => {
  await app.openApp();
  await editor(page).click();
  const before = await editor(page).innerText();
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('complementary', { name: 'Zoeken' }).getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('basis');
  await expect(search).toHaveValue('basis');
  expect(await editor(page).innerText()).toBe(before);
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
});

test('each view shortcut moves the focus into the view it opens', async ({ page, app }) => {
  await app.openApp();
  const cases: Array<[string, string]> = [
    ['Control+Shift+E', '[data-region="side"][data-view="explorer"]'],
    ['Control+Shift+O', '[data-region="side"][data-view="outline"]'],
    ['Control+,', '[data-region="side"][data-view="settings"]'],
    ['Control+Shift+M', '[data-region="panel"]'],
    ['Control+Shift+Y', '[data-region="panel"]'],
  ];
  for (const [keys, region] of cases) {
    await editor(page).click();
    await page.keyboard.press(keys);
    await expect.poll(() => page.evaluate((selector) => Boolean(document.querySelector(selector)?.contains(document.activeElement)), region), { message: keys }).toBe(true);
  }
  await expect(page.locator('.panel').getByRole('tab', { name: 'Reacties' })).toHaveAttribute('aria-selected', 'true');
});

test('F6 and Shift+F6 walk through the main regions of the window', async ({ page, app }) => {
  await app.openApp();
  await editor(page).click();
  const region = () => page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);
  const seen: Array<string | null> = [];
  for (let step = 0; step < 5; step++) {
    await page.keyboard.press('F6');
    seen.push(await region());
  }
  expect(seen).toEqual(['panel', 'status', 'activity', 'side', 'editor']);
  await page.keyboard.press('Shift+F6');
  expect(await region()).toBe('side');
});

test('the explorer is one tab stop; arrow keys move between notes and Enter opens one', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Afval');
  await newNote(page, 'Bibliotheek');
  await page.keyboard.press('Control+Shift+E');
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem')).toHaveCount(3);
  expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
  await expect(tree.getByRole('treeitem', { name: /Bibliotheek/ })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tree.getByRole('treeitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = tree.getByRole('treeitem').nth(1);
  await expect(second).toBeFocused();
  const name = (await second.locator('.explorer-item-name').innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tablist', { name: 'Open notities' }).getByRole('tab', { name: new RegExp(name) })).toHaveAttribute('aria-selected', 'true');
  // Tab leaves the tree at once instead of visiting every note.
  await tree.getByRole('treeitem', { name: new RegExp(name) }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('treeitem');
});

test('F8 selects the next finding and announces it through the live region', async ({ page, app }) => {
  await app.openApp();
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  await editor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveText(/^(Fout|Waarschuwing|Tip): .+\(.+\)$/);
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(0);
  await expect(announcer).toContainText(`(${selected})`);
});

test('Escape in any view the shortcuts open brings the focus back to the note', async ({ page, app }) => {
  await app.openApp();
  const region = () => page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);
  for (const keys of ['Control+Shift+E', 'Control+Shift+F', 'Control+Shift+O', 'Control+,', 'Control+Shift+M', 'Control+Shift+Y']) {
    await editor(page).click();
    await page.keyboard.press(keys);
    await expect.poll(region, { message: `${keys} leaves the note` }).not.toBe('editor');
    await page.keyboard.press('Escape');
    await expect(editor(page), `Escape after ${keys}`).toBeFocused();
  }
});

test('Escape pressed right after a view shortcut leaves the focus in the note', async ({ page, app }) => {
  await app.openApp();
  for (const keys of ['Control+Shift+E', 'Control+Shift+F', 'Control+Shift+O', 'Control+,', 'Control+Shift+M', 'Control+Shift+Y']) {
    await editor(page).click();
    // A fast typist: no wait between the two keys, so the Escape can come before the view drew its next frame.
    await page.keyboard.press(keys);
    await page.keyboard.press('Escape');
    // Two frames on: nothing the view does once it has drawn may take the focus back.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(editor(page), `Escape right after ${keys}`).toBeFocused({ timeout: 1_000 });
  }
});

/**
 * Waits for the findings, then opens the card of the note's first finding from the keyboard: F8
 * selects the finding, Alt+F8 opens its card, and the focus goes into the card.
 */
async function openFirstFindingCard(page: Page) {
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  const card = page.getByTestId('finding-card');
  await editor(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.keyboard.press('Alt+F8');
  await expect(card).toBeVisible();
  await expect(card.locator(':focus')).toHaveCount(1);
  return card;
}

test('a card closed with Escape does not come back under a mouse that did not move', async ({ page, app }) => {
  await app.openApp();
  const card = await openFirstFindingCard(page);
  const box = (await card.boundingBox())!;
  // While it is open, the mouse comes to rest on a marked word further on in the note, beside the card.
  const words = (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).filter((mark) => mark.name.endsWith('-jargon'));
  const rest = words.find((mark) => mark.x < box.x - 4 || mark.x > box.x + box.width + 4 || mark.y < box.y - 4 || mark.y > box.y + box.height + 4);
  expect(rest, 'a marked word in view that the card does not cover').toBeDefined();
  await page.mouse.move(rest!.x, rest!.y);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  // What the browser sends when something changes under a pointer that stays where it is (a card
  // closing, the note scrolling, another window): a mousemove at the same point. No card opens.
  await page.mouse.move(rest!.x, rest!.y);
  // Three times the hover delay (250 ms): a card that would come, came.
  await page.waitForTimeout(750);
  await expect(card).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  // The writer really moves the mouse, a pixel over the same words: now the card comes.
  await page.mouse.move(rest!.x + 1, rest!.y);
  await expect(card).toBeVisible();
  await expect(card).toContainText(rest!.text);
  await expect(editor(page)).toBeFocused();
});

test('Escape closes a hover card, with the focus in the note or in a view, and the focus goes where Escape sends it', async ({ page, app }) => {
  await app.openApp();
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  const card = page.getByTestId('finding-card');
  await editor(page).focus();
  const word = (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).find((mark) => mark.name.endsWith('-jargon'));
  expect(word, 'a marked word in view').toBeDefined();
  await page.mouse.move(word!.x, word!.y);
  await expect(card).toBeVisible();
  await expect(editor(page)).toBeFocused();
  // Content that appears on hover can be dismissed without moving the mouse (WCAG 1.4.13).
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  // Moving the mouse over the words brings it back.
  await page.mouse.move(word!.x + 1, word!.y);
  await expect(card).toBeVisible();
  // With the focus in a view, Escape closes the card and still takes the focus back to the note.
  await page.keyboard.press('Control+Shift+O');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null)).not.toBe('editor');
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
});

test('Escape closes a keyboard card also after a click on its text took the focus out of it', async ({ page, app }) => {
  await app.openApp();
  const card = await openFirstFindingCard(page);
  // A click on the message (text, not a control) leaves nothing focused.
  await card.getByRole('heading').click();
  await expect(card.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
});
