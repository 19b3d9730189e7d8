// Panel mode explains the words the writer is not told about: familiar dictionary words
// (wijkteam) and short names every letter uses (AOW). A resident gets them the same way as the
// other explained words: the same dotted mark, the tooltip on hover, the dialog from the
// keyboard; and the screen stays free of serious accessibility problems with the card open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, newNote, openReviewCopy, pastePlainText, runCommand, selectInNote, settleCaret } from './fixtures';
import { seriousViolations } from './axe';

const dictionaryDir = join(import.meta.dirname, '../../dictionaries/nl');
const read = <T>(file: string) => JSON.parse(readFileSync(join(dictionaryDir, file), 'utf8')) as T;

/** The resident explanation the dictionary gives a familiar word. */
function residentExplanation(id: string): string {
  const { entries } = read<{ entries: Array<{ id: string; residentExplanation?: string }> }>('sociaal-domein.terms.json');
  const explanation = entries.find((entry) => entry.id === id)?.residentExplanation;
  if (!explanation) throw new Error(`no resident explanation for ${id}`);
  return explanation;
}

function abbreviation(abbr: string): { expansion: string; explanation: string } {
  const entry = read<{ entries: Array<{ abbr: string; expansion: string; explanation: string }> }>('abbreviations.json').entries.find((item) => item.abbr === abbr);
  if (!entry) throw new Error(`no abbreviation ${abbr}`);
  return entry;
}

const TEXT = 'Het wijkteam helpt u met vragen over zorg. Bent u ouder dan 67? Dan krijgt u AOW. Wij werken aan zelfregie.';

async function readAsResident(page: Page) {
  await newNote(page, 'Hulp in de wijk');
  await editor(page).click();
  await pastePlainText(page, TEXT);
  await expect(editor(page)).toContainText('zelfregie.');
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await runCommand(page, 'Maak reviewkopie');
  await expect(page.getByText(/Reviewkopie gemaakt: /)).toBeVisible();
  await openReviewCopy(page);
}

test('panel mode explains wijkteam and AOW like the other hard words, by mouse and by keyboard', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.openApp();
  await readAsResident(page);

  // The familiar words get the same mark (one highlight) as a word the checker explains.
  await expect
    .poll(async () => (await highlightedRanges(page, { prefix: 'helder-explain-' })).map((item) => item.text).sort(), { message: 'wijkteam, AOW and zelfregie are marked' })
    .toEqual(['AOW', 'wijkteam', 'zelfregie']);
  const marked = await highlightedRanges(page, { prefix: 'helder-explain-' });
  expect(new Set(marked.map((item) => item.name)).size).toBe(1);
  // The writer's checks stay away from the review copy.
  await expect(page.locator('.check-mark')).toHaveCount(0);

  // Mouse: a tooltip with the resident's explanation, nothing to click.
  const wijkteam = marked.find((item) => item.text === 'wijkteam')!;
  await page.mouse.move(wijkteam.x, wijkteam.y);
  const tooltip = page.getByRole('tooltip', { name: 'wijkteam' });
  await expect(tooltip).toContainText(residentExplanation('wijkteam'));
  await expect(tooltip.getByRole('button')).toHaveCount(0);
  expect(await seriousViolations(page, 'uitleg bij wijkteam (muis)')).toEqual([]);
  // Away first: the card lies over the next line, where AOW is.
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  const aowMark = marked.find((item) => item.text === 'AOW')!;
  await page.mouse.move(aowMark.x, aowMark.y);
  const aow = abbreviation('AOW');
  await expect(page.getByRole('tooltip', { name: 'AOW' })).toContainText(`AOW betekent: ${aow.expansion}.`);
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  // Keyboard: caret in "AOW", Alt+F1 opens a dialog that takes focus and says what AOW is.
  await selectInNote(page, 'AOW', 'caretInside');
  await settleCaret(page);
  await page.keyboard.press('Alt+F1');
  const dialog = page.getByRole('dialog', { name: 'AOW' });
  await expect(dialog).toBeFocused();
  await expect(dialog).toHaveAccessibleDescription(`AOW betekent: ${aow.expansion}. ${aow.explanation}`);
  expect(await seriousViolations(page, 'uitleg bij AOW (toetsenbord)')).toEqual([]);
  // "Volgend moeilijk woord" walks on in reading order, past the familiar words too: zelfregie, then wijkteam.
  await dialog.getByRole('button', { name: 'Volgend moeilijk woord' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'zelfregie' })).toBeFocused();
  await page.getByRole('dialog', { name: 'zelfregie' }).getByRole('button', { name: 'Volgend moeilijk woord' }).press('Enter');
  const wijkteamDialog = page.getByRole('dialog', { name: 'wijkteam' });
  await expect(wijkteamDialog).toBeFocused();
  await expect(wijkteamDialog).toHaveAccessibleDescription(residentExplanation('wijkteam'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focus goes back to the text, so reading on by keyboard works.
  await expect(page.locator('.editor-pane:not([hidden]) .helder-editor__content')).toBeFocused();

  // With the caret before the words, Alt+F1 goes to the next explained word: wijkteam.
  await selectInNote(page, 'Het', 'caretInside');
  await settleCaret(page);
  await page.keyboard.press('Alt+F1');
  await expect(page.getByRole('dialog', { name: 'wijkteam' })).toBeFocused();
  await page.keyboard.press('Escape');

  // Beside the Reacties view, in each theme, a card on a familiar word is still free of serious problems.
  const reacties = page.getByRole('navigation', { name: 'Activiteiten' }).getByRole('button', { name: 'Reacties' });
  if ((await reacties.getAttribute('aria-pressed')) !== 'true') await reacties.click();
  await expect(page.getByRole('complementary', { name: 'Reacties' })).toBeVisible();
  for (const theme of ['Thema: Donker', 'Thema: Hoog contrast', 'Thema: Licht']) {
    await runCommand(page, theme);
    await selectInNote(page, 'wijkteam', 'caretInside');
    await settleCaret(page);
    await page.keyboard.press('Alt+F1');
    await expect(page.getByRole('dialog', { name: 'wijkteam' })).toBeFocused();
    expect(await seriousViolations(page, `${theme} · Reacties en uitleg bij wijkteam`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});
