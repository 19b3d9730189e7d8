// Panel mode, end to end in Chromium: a resident reading a review copy sees which words have a
// plain explanation (a highlight in the CSS highlight registry) and reads it on hover or from the
// keyboard; the writer's checks stay away and the text cannot change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, highlightedRanges, runCommand, selectInNote, type HighlightedRange } from './fixtures';

const artifacts = join(import.meta.dirname, '../artifacts');
const dictionaryDir = join(import.meta.dirname, '../../dictionaries/nl');
const content = (page: Page) => page.locator('.editor-pane:not([hidden]) .helder-editor__content');

/** The dictionary's own explanation of a term: what the resident must get to read. */
function termExplanation(term: string): string {
  const entries = (JSON.parse(readFileSync(join(dictionaryDir, 'sociaal-domein.terms.json'), 'utf8')) as { entries: Array<{ term: string; explanation?: string }> }).entries;
  const explanation = entries.find((entry) => entry.term === term)?.explanation;
  if (!explanation) throw new Error(`no explanation for ${term} in the dictionary`);
  return explanation;
}

function abbreviation(abbr: string): { expansion: string; explanation: string } {
  const entries = (JSON.parse(readFileSync(join(dictionaryDir, 'abbreviations.json'), 'utf8')) as { entries: Array<{ abbr: string; expansion: string; explanation: string }> }).entries;
  const entry = entries.find((item) => item.abbr === abbr);
  if (!entry) throw new Error(`no abbreviation ${abbr} in the dictionary`);
  return entry;
}

type Marked = HighlightedRange;

/** Ranges of registered highlights whose name starts with `prefix`, over the visible note. */
const marked = (page: Page, prefix: string): Promise<Marked[]> => highlightedRanges(page, { prefix });

/** Puts the page's caret inside the first occurrence of `word` in the visible note. */
const caretInto = (page: Page, word: string) => selectInNote(page, word, 'caretInside');

/** Makes a review copy of the sample note and opens it as a panel member would. */
async function openReviewCopy(page: Page) {
  await runCommand(page, 'Maak reviewkopie');
  await expect(page.getByText(/Reviewkopie gemaakt: /)).toBeVisible();
  // The same app opens the copy, so the writer's note (with its checks) stays open in a hidden tab.
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('reviewkopie');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-area.panel-mode')).toBeVisible();
  await expect(content(page)).toHaveAttribute('contenteditable', 'false');
}

test('panel mode: dictionary words carry their plain explanation, on hover and from the keyboard; no checker noise', async ({ page, app }) => {
  await app.openApp();
  await openReviewCopy(page);

  // Explained words are marked under a highlight of their own.
  await expect
    .poll(async () => (await marked(page, 'helder-explain-')).map((item) => item.text), { message: 'zelfregie and Wmo are marked' })
    .toEqual(expect.arrayContaining(['zelfregie', 'Wmo']));
  const explained = await marked(page, 'helder-explain-');
  expect(new Set(explained.map((item) => item.name)).size).toBe(1);
  // Only words are explained: no sentence-long ranges, no writer's advice.
  for (const item of explained) expect(item.text.split(/\s+/).length, item.text).toBeLessThanOrEqual(4);

  // None of the writer's check marks are drawn (not even in the hidden tab), and the checker's panels stay away.
  await expect.poll(() => page.locator('.check-mark').count()).toBe(0);
  await expect(page.getByTestId('status-words')).toBeVisible();
  await expect(page.getByTestId('status-readability')).toHaveCount(0);

  // Hover: the dictionary's explanation, with no buttons to fix or ignore.
  const zelfregie = explained.find((item) => item.text === 'zelfregie')!;
  await page.mouse.move(zelfregie.x, zelfregie.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(termExplanation('zelfregie'));
  await expect(tooltip.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('finding-card')).toHaveCount(0);
  await page.screenshot({ path: join(artifacts, 'panel-mode-explanation.png') });
  await page.mouse.move(5, 5);
  await expect(tooltip).toHaveCount(0);

  // Keyboard: with the caret in "Wmo", Alt+F1 opens the explanation; Escape closes it.
  const wmo = abbreviation('Wmo');
  await caretInto(page, 'Wmo');
  await page.keyboard.press('Alt+F1');
  const dialog = page.getByRole('dialog', { name: 'Wmo' });
  await expect(dialog).toContainText(`Wmo betekent: ${wmo.expansion}.`);
  await expect(dialog).toContainText(wmo.explanation);
  await expect(dialog).toBeFocused();
  // The card walks on to the next explained word.
  await dialog.getByRole('button', { name: 'Volgend moeilijk woord' }).press('Enter');
  await expect(page.getByRole('dialog')).not.toHaveAccessibleName('Wmo');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('term-card')).toHaveCount(0);

  // Reading only: typing changes nothing.
  const before = await content(page).innerText();
  await content(page).click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  expect(await content(page).innerText()).toBe(before);
});

test('panel mode: Escape closes an explanation shown on hover, and it does not come back under a mouse that did not move', async ({ page, app }) => {
  await app.openApp();
  await openReviewCopy(page);
  await expect.poll(async () => (await marked(page, 'helder-explain-')).length, { message: 'explained words are marked' }).toBeGreaterThan(1);
  const [first, second] = await marked(page, 'helder-explain-');
  await page.mouse.move(first!.x, first!.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  // The focus is not in the card (a hover card never takes it): Escape still closes it.
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  // What the browser sends when something changes under a still pointer: a move to the same point.
  await page.mouse.move(first!.x, first!.y);
  // Three times the hover delay: a card that would come, came.
  await page.waitForTimeout(750);
  await expect(page.getByTestId('term-card')).toHaveCount(0);
  // Pointing at another explained word opens its card as before.
  await page.mouse.move(second!.x, second!.y);
  await expect(tooltip).toBeVisible();
});
