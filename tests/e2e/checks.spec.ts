// Checks in the editor, end to end in Chromium on the real renderer and test host. Highlights
// are read from the CSS highlight registry (what is marked), never from pixels.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, noteTabs, pastePlainText, runCommand, settleCaret, type HighlightedRange } from './fixtures';

const artifacts = join(import.meta.dirname, '../artifacts');
const SENTENCE = 'Teneinde de zelfregie van inwoners te versterken, praten we met hen.';
/** A sentence with a finding that has several one-click alternatives ("middels": met · via · door). */
const SECOND = 'Wij sturen u middels deze brief het plan.';

type Marked = HighlightedRange;

/** Every checks range in the registry over the visible editor, with its text and centre point. */
const marked = (page: Page): Promise<Marked[]> => highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' });

async function markOf(page: Page, text: string): Promise<Marked> {
  await expect.poll(async () => (await marked(page)).some((item) => item.text === text), { message: `"${text}" is highlighted` }).toBe(true);
  return (await marked(page)).find((item) => item.text === text) as Marked;
}

async function newNote(page: Page, title: string) {
  await page.getByTestId('explorer-new-note').click();
  await page.getByRole('dialog').getByRole('textbox').fill(title);
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: new RegExp(title) })).toHaveAttribute('aria-selected', 'true');
  await editor(page).click();
}

test('jargon is highlighted while typing; hover explains, Ctrl+. fixes, undo restores', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Wijkaanpak');
  await page.keyboard.type(`${SENTENCE} ${SECOND}`);

  const teneinde = await markOf(page, 'Teneinde');
  expect(teneinde.x).toBeGreaterThan(0);
  const zelfregie = await markOf(page, 'zelfregie');
  expect(teneinde.name).toMatch(/^helder-check-\w+-(error|warning|info)-jargon$/);
  expect(zelfregie.name).toMatch(/-jargon$/);

  await page.mouse.move(zelfregie.x, zelfregie.y);
  const card = page.getByTestId('finding-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('finding-alternative').first()).toBeVisible();
  await expect(card).toContainText(/eigen keuze|zelf beslissen/);
  // The finding the card is about gets the extra tint, over its own words; it goes with the card.
  const tinted = async () => (await highlightedRanges(page, { prefix: 'helder-check-' })).filter((item) => item.name.endsWith('-active')).map((item) => item.text);
  await expect.poll(tinted).toEqual(['zelfregie']);
  // The level of the sentence, with its reasons: 11 words, two hard words the checker marked.
  const level = card.getByTestId('finding-level');
  await expect(level).toContainText('Leesniveau van deze zin:');
  await expect(level).toContainText('Deze zin heeft 11 woorden. Dat past bij B1.');
  await expect(level).toContainText('Er staan 2 moeilijke woorden in: Teneinde, zelfregie.');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await expect.poll(tinted).toEqual([]);

  // Caret inside "Teneinde" by keyboard; the mouse stays away so no hover card interferes.
  // "Teneinde ... te versterken" has one fix, "Om": the "te" before the verb stays, so "om te"
  // is not offered ("om te de zelfregie ... te versterken" does not read). (Control+Home: the two
  // sentences wrap, and Home only goes to the start of the caret's visual line.)
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await settleCaret(page);
  await page.keyboard.press('Control+.');
  await expect(editor(page)).toContainText('Om de zelfregie van inwoners te versterken, praten we met hen.');
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'Teneinde')).toBe(false);
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText(SENTENCE);
  await markOf(page, 'Teneinde');

  // Caret inside "middels" (from the end of the line): several alternatives, so the card opens
  // with its list and the first one has focus; Enter applies it.
  await markOf(page, 'middels');
  await page.keyboard.press('Control+End');
  for (let i = 0; i < ' deze brief het plan.'.length + 1; i++) await page.keyboard.press('ArrowLeft');
  await settleCaret(page);
  await page.keyboard.press('Control+.');
  // Not "door": after "middels deze brief" it would read as a cause.
  await expect(card.getByTestId('finding-alternative')).toHaveText(['met', 'via']);
  await expect(card.getByTestId('finding-alternative').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toContainText('Wij sturen u met deze brief het plan.');
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'middels')).toBe(false);

  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText(`${SENTENCE} ${SECOND}`);
  await markOf(page, 'middels');
  await page.screenshot({ path: join(artifacts, 'checks-light.png') });
});

test('Ctrl+. on a finding with one alternative applies it at once; undo restores', async ({ page, app }) => {
  const sentence = 'De zelfredzaamheid van de buurt groeit.';
  await app.openApp();
  await newNote(page, 'Een keuze');
  await page.keyboard.type(sentence);
  await markOf(page, 'zelfredzaamheid');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Caret inside "zelfredzaamheid" by keyboard: after "De z".
  await page.keyboard.press('Home');
  for (let i = 0; i < 'De z'.length; i++) await page.keyboard.press('ArrowRight');
  await settleCaret(page);
  await page.keyboard.press('Control+.');
  await expect(editor(page)).toContainText('De zelfstandigheid van de buurt groeit.');
  await expect(page.getByTestId('finding-card')).toBeHidden();
  expect(errors).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText(sentence);

  // The palette command does the same.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'De z'.length; i++) await page.keyboard.press('ArrowRight');
  await settleCaret(page);
  await runCommand(page, 'Snelle verbetering toepassen');
  await expect(editor(page)).toContainText('De zelfstandigheid van de buurt groeit.');
  expect(errors).toEqual([]);
});

test('a dismissed finding stays dismissed after a reload', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Negeren');
  await page.keyboard.type(SENTENCE);
  const zelfregie = await markOf(page, 'zelfregie');
  await page.mouse.move(zelfregie.x, zelfregie.y);
  await page.getByTestId('finding-card').getByRole('button', { name: 'Negeer hier' }).click();
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'zelfregie')).toBe(false);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });

  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await markOf(page, 'Teneinde'); // checks ran after the reload...
  expect((await marked(page)).some((item) => item.text === 'zelfregie')).toBe(false); // ...and the dismissal held

  // The advisor sees what was ignored, and can put it back.
  await page.keyboard.press('Control+Shift+M');
  const list = page.getByTestId('dismissals');
  await list.locator('summary').click();
  const entry = list.locator('.dismissal', { hasText: 'zelfregie' });
  await expect(entry).toContainText('alleen hier');
  await entry.getByRole('button', { name: 'Terugzetten' }).click();
  await markOf(page, 'zelfregie');
});

test('the Problems panel lists the findings and Enter selects one in the text', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Problemen');
  await page.keyboard.type(SENTENCE);
  await markOf(page, 'zelfregie');
  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByTestId('problems-panel');
  await expect(panel).toBeVisible();
  // The counts name each kind exactly as the "Soort" filter does, and choosing it leaves that many.
  await expect(panel.locator('.problems-counts li[data-family="jargon"]')).toHaveText('Ambtelijke taal: 2');
  const kind = panel.getByRole('combobox', { name: 'Soort' });
  const kinds = await kind.locator('option').allInnerTexts();
  for (const label of await panel.locator('.problems-counts li[data-family]').allInnerTexts()) expect(kinds).toContain(label.replace(/: \d+$/, ''));
  await kind.selectOption({ label: 'Ambtelijke taal' });
  await expect(panel.locator('.problems-group-title')).toContainText('(2)');
  await kind.selectOption({ label: 'Lijdende vorm' });
  await expect(panel.getByText('Geen problemen met dit filter.')).toBeVisible();
  await kind.selectOption({ label: 'Alles' });
  // Both findings are in one sentence: one entry, opened to show them.
  await panel.getByRole('button', { name: /Deze zin: 2 punten/ }).click();
  const item = panel.locator('.problems-item', { hasText: 'zelfregie' });
  await expect(item).toBeVisible();
  await item.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('zelfregie');
  await page.screenshot({ path: join(artifacts, 'checks-problems-light.png') });
  await page.locator('html').evaluate((html) => html.setAttribute('data-theme', 'dark'));
  await page.screenshot({ path: join(artifacts, 'checks-problems-dark.png') });
});

test('the status bar score rises when a long sentence is split', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Lange zin');
  await page.keyboard.type(
    'De gemeente heeft besloten dat de inwoners van de wijk die al lang wachten op een nieuwe speeltuin en een betere verlichting van de straten nu eindelijk een brief krijgen waarin staat wanneer het werk begint',
  );
  const status = page.getByTestId('status-readability');
  await expect(status).toBeVisible();
  await markOf(page, await editor(page).innerText());
  // The status bar takes the results at the typing pause, a moment after the marks: wait until it settled.
  const score = async () => Number(await status.getAttribute('data-flesch-douma'));
  let before = await score();
  await expect
    .poll(async () => {
      const previous = before;
      await page.waitForTimeout(300);
      before = await score();
      return before === previous;
    })
    .toBe(true);
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  // Split after "speeltuin" into two sentences.
  await editor(page).evaluate(() => undefined);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'De gemeente heeft besloten dat de inwoners van de wijk die al lang wachten op een nieuwe speeltuin'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('. Ze');
  await expect.poll(async () => Number(await status.getAttribute('data-flesch-douma'))).toBeGreaterThan(before);
});

test('typing into a 20,000-word note keeps the editor responsive', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Groot');
  const paragraph = `${SENTENCE} De wijkteams werken samen met de huisarts en de school. `;
  const words = paragraph.split(/\s+/).length;
  // Paste a big note in one go (typing it would take minutes), then type at its end.
  await pastePlainText(page, Array.from({ length: Math.ceil(21_000 / words) }, () => paragraph).join('\n'));
  await expect
    .poll(async () => Number((await page.getByTestId('status-words').innerText()).replace(/\D/g, '')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(20_000);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Nog een zin teneinde het te testen.', { delay: 20 });
  await expect(editor(page)).toContainText('Nog een zin teneinde het te testen.');
  await markOf(page, 'teneinde');
});

test('a note set to "Direct Duidelijk" marks a 17-word sentence as long, after a reload too; another note keeps B1', async ({ page, app }) => {
  // 17 words: under B1's 20, over Direct Duidelijk's 15. "Teneinde" shows that checking ran.
  const seventeen = 'Teneinde de wijk schoon te houden, ruimen inwoners en de gemeente samen elke week het zwerfafval op.';
  const isLong = (item: Marked) => item.name.endsWith('-long-sentence');
  await app.openApp();
  await newNote(page, 'Strenger');
  await page.keyboard.type(seventeen);
  await markOf(page, 'Teneinde');
  expect((await marked(page)).filter(isLong)).toEqual([]);

  await page.getByRole('button', { name: 'Instellingen' }).click();
  const forNote = page.getByTestId('note-check-settings');
  await expect(forNote.getByLabel('Lengte van zinnen in deze notitie')).toHaveValue('');
  await forNote.getByLabel('Lengte van zinnen in deze notitie').selectOption('direct-duidelijk');
  await expect(forNote).toContainText('Deze notitie heeft eigen instellingen');
  await expect.poll(async () => (await marked(page)).filter(isLong).map((item) => item.text)).toEqual([seventeen]);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });

  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await expect(noteTabs(page).getByRole('tab', { name: /Strenger/ })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await marked(page)).filter(isLong).map((item) => item.text)).toEqual([seventeen]);

  await newNote(page, 'Gewoon');
  await page.keyboard.type(seventeen);
  await markOf(page, 'Teneinde');
  expect((await marked(page)).filter(isLong)).toEqual([]);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByTestId('note-check-settings').getByLabel('Lengte van zinnen in deze notitie')).toHaveValue('');
});
