import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, selectInNote } from './fixtures';

const artifacts = join(import.meta.dirname, '../artifacts');

/** The visible note's content, editable or not (a review copy is read-only). */
const content = (page: Page) => page.locator('.editor-pane:not([hidden]) .helder-editor__content');
const marks = (page: Page) => page.locator('.editor-pane:not([hidden]) mark');
const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');

/** As the fixture's runCommand, but naming the palette's box: the Comments view has comboboxes (filters) too. */
async function runCommand(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Typ een opdracht' }).fill(title);
  await page.getByRole('option', { name: new RegExp(title, 'i') }).first().click();
}

/** Selects the first occurrence of `words` in the visible note, as a mouse drag would. */
async function selectText(page: Page, words: string) {
  await content(page).focus();
  await selectInNote(page, words);
  // The browser reports a selection change asynchronously; the comment button shows once the
  // editor has taken the selection over, as it would before a person reaches for the keys.
  await expect(page.locator('.comment-selection-button')).toBeVisible();
}

async function comment(page: Page, words: string, stance: string, body: string) {
  await selectText(page, words);
  await page.keyboard.press('Control+Alt+M');
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: stance }).check();
  await form.getByLabel('Uw reactie').fill(body);
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(form).toHaveCount(0);
}

test('review round: writer comments, a resident comments on a review copy, the writer imports it', async ({ page, app, browser }) => {
  await app.openApp();

  // The writer comments; the name is asked once.
  await selectText(page, 'specialistische zorg');
  await page.keyboard.press('Control+Alt+M');
  const nameDialog = page.getByRole('dialog', { name: /Wat is uw naam/ });
  await nameDialog.getByRole('textbox').fill('Els Schrijver');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await form.getByRole('radio', { name: 'Onduidelijk' }).check();
  await form.getByLabel('Uw reactie').fill('Wat is specialistische zorg?\nGraag een voorbeeld.');
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(marks(page)).toHaveText(['specialistische zorg']);
  const first = threads(page).filter({ hasText: 'Wat is specialistische zorg?' });
  await expect(first).toContainText('Onduidelijk');
  await expect(first).toContainText('Els Schrijver');

  // A reply forms a thread.
  await first.getByRole('button', { name: 'Reageren' }).click();
  await first.getByRole('textbox', { name: 'Uw antwoord' }).fill('Zorg van een specialist, zoals een psychiater.');
  await first.getByRole('button', { name: 'Versturen' }).click();
  await expect(first.locator('.comment-item')).toHaveCount(2);

  // HTML in a comment is shown as text, never run or rendered.
  const html = '<img src=x onerror=alert(1)><b>vet</b>';
  await comment(page, 'individuele voorzieningen', 'Vraag', html);
  await expect(page.getByTestId('comments-view').first().getByText(html)).toBeVisible();
  await expect(page.locator('.comments-view img, .comments-view b')).toHaveCount(0);
  await expect(marks(page)).toHaveCount(2);
  await page.screenshot({ path: join(artifacts, 'comments-writer.png') });

  // "Maak reviewkopie" asks which open threads residents may see (none ticked at first), writes a
  // copy next to the note and says where.
  await runCommand(page, 'Maak reviewkopie');
  const share = page.getByRole('dialog', { name: 'Welke reacties mogen bewoners zien?' });
  await expect(share.getByRole('checkbox')).toHaveCount(2);
  await expect(share.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await share.locator('label', { hasText: 'specialistische zorg' }).getByRole('checkbox').check();
  await share.getByRole('button', { name: 'Reviewkopie maken met 1 reactie' }).click();
  const made = page.getByText(/Reviewkopie gemaakt: .*reviewkopie.*\.helder/);
  await expect(made).toBeVisible();
  const copyPath = (await made.innerText()).replace(/^Reviewkopie gemaakt: /, '').trim();
  expect(existsSync(copyPath), copyPath).toBe(true);

  // A resident opens the copy in another browser: panel mode, read-only, and comments.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const resident = await context.newPage();
  const residentErrors: string[] = [];
  resident.on('pageerror', (error) => residentErrors.push(error.message));
  await app.openApp(resident);
  await resident.keyboard.press('Control+,');
  const nameField = resident.getByLabel('Uw naam');
  await nameField.fill('Piet Bewoner');
  await nameField.blur();
  await resident.keyboard.press('Control+P');
  await resident.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('reviewkopie');
  await resident.keyboard.press('Enter');
  await expect(resident.locator('.editor-area.panel-mode')).toBeVisible();
  await expect(content(resident)).toHaveAttribute('contenteditable', 'false');
  // The copy's text is drawn after the panel-mode frame: compare against the text, not an empty editor.
  await expect(content(resident)).toContainText('kanteling');
  const before = await content(resident).innerText();
  await content(resident).click();
  await resident.keyboard.type('xyz');
  await resident.keyboard.press('Backspace');
  expect(await content(resident).innerText()).toBe(before);
  // Only the thread the writer shared travels with the copy.
  await expect(marks(resident)).toHaveText(['specialistische zorg']);
  await expect(resident.getByText(html)).toHaveCount(0);
  await comment(resident, 'kanteling', 'Oneens', 'Dit woord ken ik niet.');
  await expect(resident.locator('.editor-pane:not([hidden]) mark', { hasText: 'kanteling' })).toHaveCount(1);
  const residentThread = threads(resident).filter({ hasText: 'Dit woord ken ik niet.' });
  await expect(residentThread).toContainText('Piet Bewoner');
  // Residents read and answer; resolving is the writer's job.
  await expect(threads(resident).first().getByRole('button', { name: 'Afhandelen' })).toHaveCount(0);
  await resident.keyboard.press('Control+Alt+B');
  await residentThread.locator('.comment-quote').click();
  await expect(resident.locator('.editor-pane:not([hidden]) mark[data-comment-active]')).toHaveText('kanteling');
  await resident.screenshot({ path: join(artifacts, 'panel-mode.png') });
  await context.close();
  expect(residentErrors).toEqual([]);

  // The writer imports the returned copy and sees the comment on the right words.
  await runCommand(page, 'Reacties importeren');
  const importDialog = page.getByRole('dialog', { name: 'Reacties importeren' });
  await importDialog.getByRole('textbox').fill(copyPath);
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 reactie toegevoegd.');
  // Nothing failed to land, so the summary does not talk about it.
  await expect(summary).not.toContainText('niet geplaatst');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  const imported = threads(page).filter({ hasText: 'Dit woord ken ik niet.' });
  await expect(imported).toContainText('Piet Bewoner');
  await expect(page.locator('.editor-pane:not([hidden]) mark', { hasText: 'kanteling' })).toHaveText('kanteling');

  // Importing the same copy again adds nothing.
  await runCommand(page, 'Reacties importeren');
  await page.getByRole('dialog', { name: 'Reacties importeren' }).getByRole('textbox').fill(copyPath);
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('0 reacties toegevoegd.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(threads(page)).toHaveCount(3);

  // Deleting the commented words: the comment stays, marked "tekst gewijzigd" with its quote.
  await selectText(page, 'kanteling');
  await page.keyboard.press('Backspace');
  await expect(imported).toContainText('tekst gewijzigd');
  await expect(imported.locator('.comment-quote')).toHaveText('kanteling');
  await expect(page.locator('.editor-pane:not([hidden]) [data-comment-changed]')).toHaveCount(1);
});
