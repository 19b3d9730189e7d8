// The optional adjective-agreement check ("een belangrijk taak"): off until the writer switches it
// on in the settings; the switch reaches the checker worker and the one-click fix adds the -e.
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, newNote, selectInNote } from './fixtures';

const marked = (page: Page) => highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' });
/** Marks drawn on the adjectives of this test (a mark is named after its family, so look at the words). */
const agreement = async (page: Page) => (await marked(page)).map((item) => item.text).filter((text) => /^(?:belangrijke?|grote)$/.test(text));

test('switched on in the settings, "een belangrijk taak" gets a finding and Ctrl+. writes "belangrijke"', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Taken');
  await editor(page).click();
  // "Teneinde" shows that checking ran while the agreement check is still off.
  await page.keyboard.type('Teneinde de buurt te helpen is dit een belangrijk taak.');
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'Teneinde')).toBe(true);
  expect(await agreement(page)).toEqual([]);

  await page.getByRole('button', { name: 'Instellingen' }).click();
  const shared = page.getByRole('group', { name: 'Taalcontrole' });
  const toggle = shared.getByRole('checkbox', { name: 'Wel of geen -e (een grote taak)' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(() => agreement(page)).toEqual(['belangrijk']);

  await selectInNote(page, 'belangrijk', 'caretInside');
  await page.keyboard.press('Control+.');
  await expect(editor(page)).toContainText('is dit een belangrijke taak.');
  await expect.poll(() => agreement(page)).toEqual([]);

  // Switched off again: a new mistake gets no finding, while the other checks still run.
  await toggle.uncheck();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Teneinde dat te regelen nemen wij een grote besluit.');
  await expect.poll(async () => (await marked(page)).filter((item) => item.text === 'Teneinde').length).toBe(2);
  expect(await agreement(page)).toEqual([]);
});
