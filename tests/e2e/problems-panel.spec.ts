// The Problems panel on a note with hundreds of findings: it counts all of them, groups the
// repeats of a term under its first use and the findings of one sentence in one entry, draws only
// the rows in view, and the keyboard still reaches every finding.
import { test, expect, editor, newNote, pastePlainText, runCommand } from './fixtures';

const SENTENCE = 'Teneinde de zelfregie van inwoners te versterken, praten we met hen.';
const PARAGRAPHS = 300; // two jargon findings each ("Teneinde", "zelfregie")

test('a long list of findings is counted in full, drawn in part, and walked by keyboard to the end', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Veel problemen');
  await editor(page).click();
  await pastePlainText(page, Array.from({ length: PARAGRAPHS }, () => SENTENCE).join('\n'));
  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByTestId('problems-panel');
  const total = PARAGRAPHS * 2;
  await expect(panel.locator('.problems-counts li[data-family="jargon"]')).toContainText(String(total), { timeout: 30_000 });
  // Repeats of a term are grouped under its first use: two findings of their own, each with 299
  // repeats; both first uses are in the first sentence, so the whole list is one entry until opened.
  await expect(panel.locator('.problems-group-title').first()).toContainText('(2)');
  await expect(panel.locator('.problems-item')).toHaveCount(0);
  const sentence = panel.getByRole('button', { name: /Deze zin: 2 punten/ });
  await sentence.click();
  await expect(panel.locator('.problems-item').first()).toContainText(`nog ${PARAGRAPHS - 1} keer in de notitie`);
  await expect(panel.locator('.problems-item').nth(1)).toHaveAttribute('data-repeat', 'true');

  // Only a window of rows exists, however long the list.
  const drawn = await panel.locator('.problems-item').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(100);

  // One tab stop; End goes to the very last finding, which is then drawn and focused.
  await expect(panel.locator('[data-row][tabindex="0"]')).toHaveCount(1);
  await panel.locator('.problems-item').first().focus();
  await page.keyboard.press('End');
  const last = panel.locator('.problems-item:focus');
  await expect(last).toContainText('zelfregie');
  await expect(last).toBeInViewport();
  const lastRow = Number(await last.getAttribute('data-row'));
  expect(lastRow).toBe(total + 1); // one title row and the sentence entry above all findings

  // Walking back one at a time visits the repeats before it, listed under the first "zelfregie".
  await expect(last).toHaveAttribute('data-repeat', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(panel.locator('.problems-item:focus')).toContainText('zelfregie');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('zelfregie');
  // The selection is in the last paragraph of the note.
  const inLastParagraph = await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('.editor-pane:not([hidden]) [contenteditable="true"] p');
    const anchor = window.getSelection()?.anchorNode ?? null;
    return anchor !== null && paragraphs[paragraphs.length - 1]?.contains(anchor) === true;
  });
  expect(inLastParagraph).toBe(true);

  // Back in the list (its one tab stop stayed on that finding), Home comes back to the first.
  const tabStop = panel.locator('.problems-item[tabindex="0"]');
  await expect(tabStop).toHaveAttribute('data-row', String(total + 1));
  await tabStop.focus();
  await page.keyboard.press('Home');
  await expect(sentence).toBeFocused();
  await expect(sentence).toHaveAttribute('data-row', '1');
});

test('the Problems panel speaks the new language at once when the language changes while it is open', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Twee talen');
  await editor(page).click();
  await pastePlainText(page, SENTENCE);
  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByTestId('problems-panel');
  // One sentence with two points: its entry names the rules of both.
  const entry = (name: RegExp) => panel.getByRole('button', { name });
  await expect(entry(/Deze zin: 2 punten/)).toContainText(/moeilijk of ambtelijk woord/i, { timeout: 30_000 });
  await runCommand(page, 'Taal: Engels');
  await expect(entry(/This sentence: 2 points/)).toContainText(/difficult or official word/i);
  await expect(panel).not.toContainText(/moeilijk of ambtelijk woord/i);
});
