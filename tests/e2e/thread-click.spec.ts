// Issue 13: "clicking a thread in the Reacties view selects the previous thread's mark".
import type { Page } from '@playwright/test';
import { test, expect, editor, madeReviewCopyPath, noteTabs, openReviewCopy, runCommand, selectInNote } from './fixtures';

const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');
const activeMark = (page: Page) => page.locator('.editor-pane:not([hidden]) mark[data-comment-active]');
const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

/** The visible note's content, editable or not (a review copy is read-only). */
const content = (page: Page) => page.locator('.editor-pane:not([hidden]) .helder-editor__content');

async function comment(page: Page, words: string, body: string, first = false) {
  await content(page).focus();
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
/** Words a resident comments on in the review copy; their threads arrive by import. */
const RESIDENT_WORDS = ['samenredzaamheid', 'preventief'];

test("clicking threads in the Reacties view, in any order, after an edit and after an import, makes that thread active, not the one before", async ({ page, app }) => {
  await app.openApp();
  for (const [index, words] of WORDS.entries()) await comment(page, words, `Reactie ${index}`, index === 0);
  await expect(threads(page)).toHaveCount(WORDS.length);
  const all = [...WORDS, ...RESIDENT_WORDS];
  const clickAll = async (order: number[]) => {
    for (const index of order) {
      const row = threads(page).filter({ hasText: `Reactie ${index}` });
      await row.locator('.comment-quote').click();
      await expect(row, `row of "${all[index]}"`).toHaveAttribute('aria-current', 'true');
      await expect(threads(page).and(page.locator('[aria-current="true"]'))).toHaveCount(1);
      await expect(activeMark(page)).toHaveText([all[index]!]);
      await expect.poll(() => selected(page)).toBe(all[index]);
    }
  };
  // Forwards, backwards and jumps: before the fix the active mark and row lagged one click behind.
  await clickAll([0, 1, 2, 1, 0, 4, 3, 2, 4, 0, 3, 1]);
  // An edit before every mark moves all their offsets.
  await editor(page).press('Control+Home');
  await page.keyboard.type('Nieuw begin. ');
  await clickAll([4, 0, 2, 3, 1, 0]);

  // A review round: a resident adds two threads in the copy, the writer imports them.
  await runCommand(page, 'Maak reviewkopie');
  await page.getByRole('dialog', { name: 'Welke reacties mogen bewoners zien?' }).getByRole('button', { name: /Reviewkopie maken/ }).click();
  const copyPath = await madeReviewCopyPath(page);
  await openReviewCopy(page);
  for (const [offset, words] of RESIDENT_WORDS.entries()) await comment(page, words, `Reactie ${WORDS.length + offset}`);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await noteTabs(page).getByRole('tab').first().click();
  await expect(page.locator('.editor-area.panel-mode')).toHaveCount(0);
  await runCommand(page, 'Reacties importeren');
  const importDialog = page.getByRole('dialog', { name: 'Reacties importeren' });
  await importDialog.getByRole('textbox').fill(copyPath);
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 reacties toegevoegd.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(threads(page)).toHaveCount(all.length);
  await clickAll([5, 6, 0, 6, 3, 5, 2]);
});
