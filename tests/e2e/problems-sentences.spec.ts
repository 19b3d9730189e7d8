// The Problems panel lists a sentence with several findings as one entry ("Deze zin: 2 punten");
// opened, it shows each finding, and a quick fix chosen from there works in the text.
import { test, expect, editor, highlightedRanges, newNote } from './fixtures';
import { seriousViolations } from './axe';

const SENTENCE = 'De zelfredzaamheid van inwoners wordt door het college versterkt.';
const LONE = 'Wij bellen u middels een brief.';

test('a sentence with two findings is one entry; opened, a quick fix from inside it works', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Zinnen');
  await editor(page).click();
  await page.keyboard.type(`${SENTENCE} ${LONE}`);
  // Both words stay underlined in the text: grouping is a matter of the list only.
  await expect
    .poll(async () => (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).map((range) => range.text).sort())
    .toEqual(['middels', 'wordt door het college versterkt', 'zelfredzaamheid']);

  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByTestId('problems-panel');
  const entry = panel.getByRole('button', { name: /Deze zin: 2 punten/ });
  await expect(entry).toBeVisible();
  await expect(entry).toHaveAttribute('aria-expanded', 'false');
  await expect(entry).toContainText("moeilijk of ambtelijk woord 'zelfredzaamheid'");
  await expect(entry).toContainText("lijdende vorm 'wordt … versterkt'");
  // Closed, its findings are not rows of their own; the lone "middels" is.
  await expect(panel.locator('.problems-item')).toHaveCount(1);
  await expect(panel.locator('.problems-item')).toContainText('middels');
  // The section title still counts findings, as the counts per kind and the status bar do.
  await expect(panel.locator('.problems-group-title')).toContainText('(3)');

  expect(await seriousViolations(page, 'problems panel, sentence closed')).toEqual([]);

  // Keyboard: the entry is a stop in the list; Right opens it, Down walks into its findings.
  await entry.focus();
  await page.keyboard.press('ArrowRight');
  await expect(entry).toHaveAttribute('aria-expanded', 'true');
  const members = panel.locator('.problems-item--in-sentence');
  await expect(members).toHaveCount(2);
  await expect(members.first()).toContainText('zelfredzaamheid');
  await page.keyboard.press('ArrowDown');
  await expect(members.first()).toBeFocused();
  // Left from a finding goes back to its sentence.
  await page.keyboard.press('ArrowLeft');
  await expect(entry).toBeFocused();

  expect(await seriousViolations(page, 'problems panel, sentence open')).toEqual([]);

  // Enter on a finding inside the entry selects it in the text; Ctrl+. applies its one alternative.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('zelfredzaamheid');
  await page.keyboard.press('Control+.');
  await expect(editor(page)).toContainText('De zelfstandigheid van inwoners wordt door het college versterkt.');
  // The sentence has one finding left: no entry any more, the passive is listed on its own.
  await expect(panel.getByRole('button', { name: /Deze zin/ })).toHaveCount(0);
  await expect(panel.locator('.problems-item', { hasText: 'wordt door het college versterkt' })).toBeVisible();
  await expect(panel.locator('.problems-group-title')).toContainText('(2)');

  // Filtered to one kind, the sentence keeps only its passive: one finding, so no entry.
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('button', { name: /Deze zin: 2 punten/ })).toBeVisible();
  await panel.getByRole('combobox', { name: /^Soort/ }).selectOption({ label: 'Lijdende vorm' });
  await expect(panel.getByRole('button', { name: /Deze zin/ })).toHaveCount(0);
  await expect(panel.locator('.problems-item')).toHaveCount(1);
});
