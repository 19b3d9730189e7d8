// Issue 13: "clicking a thread in the Reacties view selects the previous thread's mark".
import type { Page } from '@playwright/test';
import { test, expect, editor, selectInNote } from './fixtures';

const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');
const activeMark = (page: Page) => page.locator('.editor-pane:not([hidden]) mark[data-comment-active]');
const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

async function comment(page: Page, words: string, body: string, first = false) {
  await editor(page).focus();
  await selectInNote(page, words);
  await expect(page.locator('.comment-selection-button')).toBeVisible();
  await page.keyboard.press('Control+Alt+M');
  if (first) {
    await page.getByRole('dialog', { name: /Wat is uw naam/ }).getByRole('textbox').fill('Els');
    await page.keyboard.press('Enter');
  }
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await form.getByLabel('Uw reactie').fill(body);
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(form).toHaveCount(0);
}

const WORDS = ['specialistische zorg', 'kanteling', 'sociale basis', 'individuele voorzieningen', 'zelfregie'];

test("clicking threads in the Reacties view, in any order and after an edit, makes that thread active, not the one before", async ({ page, app }) => {
  await app.openApp();
  for (const [index, words] of WORDS.entries()) await comment(page, words, `Reactie ${index}`, index === 0);
  await expect(threads(page)).toHaveCount(WORDS.length);
  // Forwards, backwards and jumps: before the fix the active mark and row lagged one click behind.
  const order = [0, 1, 2, 1, 0, 4, 3, 2, 4, 0, 3, 1];
  const clickAll = async () => {
    for (const index of order) {
      const row = threads(page).filter({ hasText: `Reactie ${index}` });
      await row.locator('.comment-quote').click();
      await expect(row, `row of "${WORDS[index]}"`).toHaveAttribute('aria-current', 'true');
      await expect(threads(page).and(page.locator('[aria-current="true"]'))).toHaveCount(1);
      await expect(activeMark(page)).toHaveText([WORDS[index]!]);
      await expect.poll(() => selected(page)).toBe(WORDS[index]);
    }
  };
  await clickAll();
  // An edit before every mark moves all their offsets.
  await editor(page).press('Control+Home');
  await page.keyboard.type('Nieuw begin. ');
  await clickAll();
});
