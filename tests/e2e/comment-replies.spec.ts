// A note opens with its threads' opening comments only (issue 13: 10,000 comments must not slow
// the opening down); replies are read when the writer asks for them or picks the thread, and the
// Reacties view stays right meanwhile: author filter, jump to the words, reply, resolve.
import type { Page } from '@playwright/test';
import { test, expect, hostCall, selectInNote } from './fixtures';

const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');

async function showComments(page: Page) {
  if (await page.getByTestId('comments-view').first().isVisible()) return;
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Typ een opdracht' }).fill('Beeld: Reacties tonen');
  await page.getByRole('option', { name: /Beeld: Reacties tonen/i }).first().click();
}

/** The writer selects "specialistische zorg" in the note and places a question on it. */
async function askOnSpecialistCare(page: Page, body: string) {
  await page.locator('.editor-pane:not([hidden]) .helder-editor__content').focus();
  await selectInNote(page, 'specialistische zorg');
  await expect(page.locator('.comment-selection-button')).toBeVisible();
  await page.keyboard.press('Control+Alt+M');
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await form.getByRole('radio', { name: 'Vraag' }).check();
  await form.getByLabel('Uw reactie').fill(body);
  await form.getByRole('button', { name: 'Plaatsen' }).click();
}

test('replies are read on demand and the thread stays complete in the Reacties view', async ({ page, app }) => {
  await app.openApp();
  await hostCall(app.host, 'settings.set', { authorName: 'Els Schrijver' });
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  const path = await page.locator('.tab.active').getAttribute('data-path');
  expect(path).toBeTruthy();

  // The writer comments in the editor; two residents answer (written straight to the note).
  await askOnSpecialistCare(page, 'Wat is specialistische zorg?');
  await expect(threads(page)).toHaveCount(1);
  const [stored] = await hostCall<{ id: string }[]>(app.host, 'comments.list', { path });
  await hostCall(app.host, 'comments.reply', { path, threadId: stored!.id, body: 'Zorg van een specialist.', author: 'Joke Buur' });
  await hostCall(app.host, 'comments.reply', { path, threadId: stored!.id, body: 'Bijvoorbeeld een psychiater.', author: 'Piet Bewoner' });

  // Opened again: the opening comment, and a button for the two replies that were not read.
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await showComments(page);
  const thread = threads(page).filter({ hasText: 'Wat is specialistische zorg?' });
  await expect(thread.locator('.comment-item')).toHaveCount(1);
  await expect(thread).not.toContainText('Zorg van een specialist.');
  // The author filter knows who replied before the replies are read.
  await page.getByRole('combobox', { name: 'Van' }).selectOption('Joke Buur');
  await expect(threads(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Van' }).selectOption('');
  await thread.getByRole('button', { name: 'Toon 2 antwoorden' }).click();
  await expect(thread.locator('.comment-item')).toHaveText([/Wat is specialistische zorg\?/, /Joke Buur.*Zorg van een specialist\./s, /Piet Bewoner.*Bijvoorbeeld een psychiater\./s]);
  await expect(thread.getByRole('button', { name: /Toon \d+ antwoord/ })).toHaveCount(0);

  // Opened again: picking the thread jumps to its words and reads its replies.
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await showComments(page);
  await expect(thread.locator('.comment-item')).toHaveCount(1);
  await thread.locator('.comment-quote').click();
  await expect(page.locator('.editor-pane:not([hidden]) mark[data-comment-active]')).toHaveText('specialistische zorg');
  await expect(thread.locator('.comment-item')).toHaveCount(3);

  // Replying and resolving keep every comment.
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await showComments(page);
  await thread.getByRole('button', { name: 'Reageren' }).click();
  await thread.getByRole('textbox', { name: 'Uw antwoord' }).fill('Dank u, ik pas het aan.');
  await thread.getByRole('button', { name: 'Versturen' }).click();
  await expect(thread.locator('.comment-item')).toHaveCount(4);
  await thread.getByRole('button', { name: 'Afhandelen' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('resolved');
  await expect(thread.locator('.comment-item')).toHaveCount(4);
  await expect(thread).toContainText(/afgehandeld/i);
});

test('a long opening comment shows its first line at open and all of it on request', async ({ page, app }) => {
  await app.openApp();
  await hostCall(app.host, 'settings.set', { authorName: 'Els Schrijver' });
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();

  await askOnSpecialistCare(page, 'Wat is specialistische zorg?\nIk lees het woord vaak, maar niemand legt het uit.');
  // Just written, the whole comment is there.
  const thread = threads(page).filter({ hasText: 'Wat is specialistische zorg?' });
  await expect(thread).toContainText('niemand legt het uit');

  // Opened again: the first line, marked as cut, and a button for the rest.
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await showComments(page);
  await expect(thread.locator('.comment-body')).toHaveText('Wat is specialistische zorg?…');
  await expect(thread.getByRole('button', { name: /Toon \d+ antwoord/ })).toHaveCount(0);
  await thread.getByRole('button', { name: 'Toon de hele reactie' }).click();
  await expect(thread.locator('.comment-body')).toHaveText(/^Wat is specialistische zorg\?\s*Ik lees het woord vaak, maar niemand legt het uit\.$/);
  await expect(thread.getByRole('button', { name: 'Toon de hele reactie' })).toHaveCount(0);
});
