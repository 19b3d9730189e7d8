// A returned review copy whose comments are about words the writer has since taken out of the note:
// the import summary says how many could not be placed, and those comments stay in the Reacties
// view, marked "tekst gewijzigd" with the words they were about.
import type { Page } from '@playwright/test';
import { test, expect, editor, madeReviewCopyPath, noteTabs, openReviewCopy, runCommand, selectInNote } from './fixtures';

const content = (page: Page) => page.locator('.editor-pane:not([hidden]) .helder-editor__content');
const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');

/** A comment on the first occurrence of `words` in the visible note, as a reader places it. */
async function comment(page: Page, words: string, body: string) {
  await content(page).focus();
  await selectInNote(page, words);
  await expect(page.locator('.comment-selection-button')).toBeVisible();
  await page.keyboard.press('Control+Alt+M');
  const nameDialog = page.getByRole('dialog', { name: /Wat is uw naam/ });
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await expect(nameDialog.or(form)).toBeVisible();
  if (await nameDialog.isVisible()) {
    await nameDialog.getByRole('textbox').fill('Piet Bewoner');
    await page.keyboard.press('Enter');
  }
  await form.getByRole('radio', { name: 'Vraag' }).check();
  await form.getByLabel('Uw reactie').fill(body);
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(form).toHaveCount(0);
}

test('importing a copy whose commented words are gone from the note says how many comments could not be placed, and keeps them as "tekst gewijzigd"', async ({ page, app }) => {
  await app.openApp();
  await runCommand(page, 'Maak reviewkopie');
  const copyPath = await madeReviewCopyPath(page);

  // A reader comments in the copy: two comments on words of one paragraph, one on a word elsewhere.
  await openReviewCopy(page);
  await comment(page, 'preventief te acteren', 'Wat betekent acteren?');
  await comment(page, 'kanteling', 'Dit woord ken ik niet.');
  await comment(page, 'mantelzorgers', 'Horen buren hier ook bij?');
  await expect(threads(page)).toHaveCount(3);

  // Meanwhile the writer takes the two sentences with those words out of the note.
  await noteTabs(page).getByRole('tab').first().click();
  await expect(page.locator('.editor-area.panel-mode')).toHaveCount(0);
  const gone =
    'De kosten van individuele voorzieningen zijn in de afgelopen jaren structureel gestegen, terwijl de mogelijkheden om preventief te acteren door de betrokken partijen onvoldoende worden benut. ' +
    'Derhalve wordt het noodzakelijk geacht dat er een kanteling plaatsvindt van zorg en ondersteuning naar eigen kracht, waarbij het netwerk rondom de inwoner een centrale positie inneemt.';
  await editor(page).focus();
  await selectInNote(page, gone);
  await page.keyboard.press('Backspace');
  await expect(editor(page)).not.toContainText('kanteling');
  await expect(editor(page)).not.toContainText('preventief');
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });

  await runCommand(page, 'Reacties importeren');
  const importDialog = page.getByRole('dialog', { name: 'Reacties importeren' });
  await importDialog.getByRole('textbox').fill(copyPath);
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  const summary = page.getByRole('alertdialog', { name: 'Reacties geïmporteerd' });
  await expect(summary.getByTestId('import-summary')).toContainText('3 reacties toegevoegd.');
  await expect(summary.getByTestId('import-summary')).toContainText('2 reacties konden niet geplaatst worden: de tekst is gewijzigd.');
  // None of them was in the note before, so the summary does not say "0 reacties waren er al".
  await expect(summary.getByTestId('import-summary')).not.toContainText('waren er al');
  // The summary names the words those two were about.
  await expect(summary.locator('.comment-summary-quotes li')).toHaveText(['preventief te acteren', 'kanteling']);
  await summary.getByRole('button', { name: 'OK' }).click();

  // In the Reacties view the two are there, marked "tekst gewijzigd" with their words; the third is placed.
  for (const [body, words] of [
    ['Wat betekent acteren?', 'preventief te acteren'],
    ['Dit woord ken ik niet.', 'kanteling'],
  ]) {
    const thread = threads(page).filter({ hasText: body });
    await expect(thread).toContainText('tekst gewijzigd');
    await expect(thread.locator('.comment-quote')).toHaveText(words!);
  }
  const placed = threads(page).filter({ hasText: 'Horen buren hier ook bij?' });
  await expect(placed).toContainText('Piet Bewoner');
  await expect(placed).not.toContainText('tekst gewijzigd');
  await expect(page.locator('.editor-pane:not([hidden]) mark', { hasText: 'mantelzorgers' })).toHaveText('mantelzorgers');
});
