// Issue 13, first start and everyday friction: the welcome, the gentler display of findings, ignoring
// with a reason, and returned review copies dropped onto the window.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, madeReviewCopyPath, newNote, noteTabs, openReviewCopy, runCommand, selectInNote, type HighlightedRange } from './fixtures';
import { seriousViolations } from './axe';

const artifacts = join(import.meta.dirname, '../artifacts');
const SENTENCE = 'Teneinde de zelfregie van inwoners te versterken, praten we met hen.';

const marked = (page: Page): Promise<HighlightedRange[]> => highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' });

async function markOf(page: Page, text: string): Promise<HighlightedRange> {
  await expect.poll(async () => (await marked(page)).some((item) => item.text === text), { message: `"${text}" is highlighted` }).toBe(true);
  return (await marked(page)).find((item) => item.text === text) as HighlightedRange;
}

test('the finding card has a reason field; the reason shows in the Problems list', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Negeren met reden');
  await editor(page).click();
  await page.keyboard.type(SENTENCE);
  const zelfregie = await markOf(page, 'zelfregie');
  await page.mouse.move(zelfregie.x, zelfregie.y);
  const card = page.getByTestId('finding-card');
  await expect(card).toBeVisible();
  // The field is there from the start, with a visible label: no Shift+click needed.
  const reason = card.getByRole('textbox', { name: /Negeren met reden/ });
  await expect(reason).toBeVisible();
  expect(await seriousViolations(page, 'kaart met reden')).toEqual([]);
  await reason.fill('Vaste term van de raad');
  await card.getByRole('button', { name: 'Negeer in deze notitie' }).click();
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'zelfregie')).toBe(false);

  await page.keyboard.press('Control+Shift+M');
  const list = page.getByTestId('dismissals');
  await list.locator('summary').click();
  const entry = list.locator('.dismissal', { hasText: 'zelfregie' });
  await expect(entry).toContainText('Vaste term van de raad');
  // The report's list of ignored findings (built in main) is covered in tests/unit/cli/report.test.ts.
});

test('the first start welcomes the writer: colours, Ctrl+. and comments; closed, it stays closed', async ({ page, app }) => {
  await app.openApp();
  const welcome = page.getByRole('region', { name: 'Welkom bij Helder' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('rode golflijn is een fout');
  await expect(welcome).toContainText('lange zin krijgt een lichte kleur');
  await expect(welcome).toContainText('Ctrl+.');
  await expect(welcome).toContainText('Ctrl+Alt+M');
  // It pushes the workbench down instead of covering the note.
  const [banner, note] = await Promise.all([welcome.boundingBox(), editor(page).boundingBox()]);
  expect(banner!.y + banner!.height).toBeLessThanOrEqual(note!.y);
  expect(await seriousViolations(page, 'welkom')).toEqual([]);
  await page.screenshot({ path: join(artifacts, 'welcome.png') });

  await welcome.getByRole('button', { name: 'Wat betekenen de kleuren?' }).click();
  await expect(page.locator('[data-region="side"][data-view="legend"]')).toBeVisible();

  await welcome.getByRole('button', { name: 'Begrepen, verbergen' }).click();
  await expect(welcome).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('welcome')).toHaveCount(0);

  await runCommand(page, 'Welkom tonen');
  await expect(page.getByRole('region', { name: 'Welkom bij Helder' })).toBeVisible();
});

// Over 25 words: a sentence of 21–25 words in an otherwise plain paragraph is left alone.
const LONG = 'De gemeente wil dat alle inwoners van de stad in de komende jaren beter mee kunnen doen aan wat er in hun eigen wijk en op straat gebeurt.';
const VERY_LONG =
  'Wij vragen de bewoners van alle straten in de wijk om in de komende maanden samen met de buren en de mensen van de gemeente na te denken over wat er beter kan in hun eigen buurt.';

/** The look in a mark's name (helder-check-<editor>-<severity>-<family>). */
const lookIn = (name: string) => /-((?:error|warning|info)-[\w-]+|quiet|active)$/.exec(name)![1]!;

/** The rule the editor's style sheet gives the marks of one look, or null when they draw nothing. */
const ruleOf = (page: Page, name: string) =>
  page.evaluate((look) => {
    for (const sheet of document.adoptedStyleSheets) {
      for (const rule of Array.from(sheet.cssRules)) if (rule.cssText.startsWith(`.check-marks > [data-look="${look}"]`)) return rule.cssText;
    }
    return null;
  }, lookIn(name));

/** How the first drawn mark of a look paints: its fill, and its line (the strip under the words). */
const paintOf = (page: Page, name: string) =>
  page.evaluate((look) => {
    const box = document.querySelector<HTMLElement>(`.editor-pane:not([hidden]) .check-marks > [data-look="${look}"]`);
    if (!box) return null;
    const line = getComputedStyle(box, '::after');
    return { fill: getComputedStyle(box).backgroundColor, line: line.backgroundColor, shape: line.maskImage, lineHeight: line.height };
  }, lookIn(name));

/** The margin marker of the paragraph that starts with `start`: its attribute and the bars it draws. */
const markerOf = (page: Page, start: string) =>
  editor(page)
    .locator('p', { hasText: start })
    .evaluate((element) => {
      const image = getComputedStyle(element).backgroundImage;
      return { level: element.getAttribute('data-sentence-length'), bars: image.split('linear-gradient').length - 1, image };
    });

test('long sentences are shaded, not underlined, with a marker by shape; focus mode shows only errors, also in high contrast', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Zinnen');
  await editor(page).click();
  await page.keyboard.type(`Teneinde dit te doen, praten we met hen. ${LONG}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(VERY_LONG);

  const ranges = async () => marked(page);
  await expect.poll(async () => (await ranges()).some((item) => item.text.startsWith('Wij vragen') && /-error-long-sentence$/.test(item.name))).toBe(true);
  await expect.poll(async () => (await ranges()).some((item) => item.text.startsWith('De gemeente') && /-warning-long-sentence$/.test(item.name))).toBe(true);
  const all = await ranges();
  const longName = all.find((item) => item.text.startsWith('De gemeente'))!.name;
  const veryLongName = all.find((item) => item.text.startsWith('Wij vragen'))!.name;
  const wordName = all.find((item) => item.text === 'Teneinde')!.name;

  // Sentences: a shade, light for long and stronger for very long; no line under the whole sentence.
  expect(await ruleOf(page, longName)).toMatch(/background-color: var\(--check-shade-long\)/);
  expect(await ruleOf(page, longName)).not.toMatch(/--mark-underline/);
  expect(await ruleOf(page, veryLongName)).toMatch(/background-color: var\(--check-shade-very-long\)/);
  expect(await paintOf(page, longName)).toMatchObject({ line: 'rgba(0, 0, 0, 0)', shape: 'none' });
  expect((await paintOf(page, veryLongName))!.fill).not.toBe('rgba(0, 0, 0, 0)');
  // Words keep their underline: a wavy line in the colour of how serious.
  expect(await ruleOf(page, wordName)).toMatch(/--mark-underline: var\(--check-underline-wavy\)/);
  const word = await paintOf(page, wordName);
  expect(word?.shape).toMatch(/^url\("data:image\/svg\+xml,.*path/);
  expect(word?.line).not.toBe('rgba(0, 0, 0, 0)');
  // Not by colour alone: one bar in the margin for long, a double bar for very long.
  await expect.poll(() => markerOf(page, 'Teneinde dit')).toMatchObject({ level: 'long', bars: 1 });
  await expect.poll(() => markerOf(page, 'Wij vragen')).toMatchObject({ level: 'very-long', bars: 2 });
  await page.screenshot({ path: join(artifacts, 'sentences-light.png') });

  // Focus: only errors, from the key; the status bar says it is on, with a check mark, and so does the live region.
  await page.keyboard.press('Control+Alt+f');
  const focus = page.getByTestId('status-focus');
  await expect(focus).toHaveAttribute('aria-pressed', 'true');
  await expect(focus).toHaveText('✓ Alleen fouten');
  await expect(page.getByTestId('announcer')).toHaveText(/alleen fouten/);
  const severityOf = (name: string) => /-(error|warning|info)-/.exec(name)![1];
  for (const item of await ranges()) {
    if (severityOf(item.name) === 'error') expect(await ruleOf(page, item.name), item.text).not.toBeNull();
    else expect(await ruleOf(page, item.name), item.text).toBeNull();
  }
  expect((await markerOf(page, 'Teneinde dit')).bars).toBe(0);
  expect((await markerOf(page, 'Wij vragen')).bars).toBe(2);
  expect(await seriousViolations(page, 'focus aan')).toEqual([]);

  // High contrast: the markers keep a visible colour of their own and the shade is not transparent.
  await runCommand(page, 'Thema: Hoog contrast');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  expect((await markerOf(page, 'Wij vragen')).image).toContain('rgb(255, 77, 77)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--check-shade-very-long').trim())).not.toBe('transparent');
  expect(await seriousViolations(page, 'focus aan, hoog contrast')).toEqual([]);
  await page.screenshot({ path: join(artifacts, 'sentences-focus-high-contrast.png') });

  // Off again from the status bar: warnings are drawn again.
  await focus.click();
  await expect(focus).toHaveAttribute('aria-pressed', 'false');
  expect(await ruleOf(page, longName)).toMatch(/--check-shade-long/);
  expect((await markerOf(page, 'Teneinde dit')).bars).toBe(1);
});

/** Drops files onto the note as the OS would: a synthetic DataTransfer with real File objects. */
async function dropFiles(page: Page, files: Array<{ name: string; base64: string }>, steps: Array<'dragenter' | 'dragover' | 'drop'>) {
  await editor(page).evaluate(
    (target, { files: list, events }) => {
      const data = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], file.name));
      }
      for (const type of events) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { files, events: steps },
  );
}

test('a returned review copy dropped onto the window is imported; another file is refused and nothing lands in the note', async ({ page, app }) => {
  await app.openApp();
  await runCommand(page, 'Maak reviewkopie');
  const copyPath = await madeReviewCopyPath(page);

  // A resident comments in the copy (here in the same window: the copy opens in panel mode).
  await openReviewCopy(page);
  const content = page.locator('.editor-pane:not([hidden]) .helder-editor__content');
  await content.focus();
  await selectInNote(page, 'kanteling');
  await expect(page.locator('.comment-selection-button')).toBeVisible();
  await page.keyboard.press('Control+Alt+M');
  const nameDialog = page.getByRole('dialog', { name: /Wat is uw naam/ });
  await nameDialog.getByRole('textbox').fill('Piet Bewoner');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Nieuwe reactie' });
  await form.getByLabel('Uw reactie').fill('Dit woord ken ik niet.');
  await form.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });

  // Back in the writer's note, the copy's bytes are dropped on the window.
  await noteTabs(page).getByRole('tab').first().click();
  await expect(page.locator('.editor-area.panel-mode')).toHaveCount(0);
  // textContent, not innerText: blocks out of view skip rendering (content-visibility), and
  // innerText leaves their text out, so it would change with the scroll position.
  const textBefore = await editor(page).textContent();
  const copy = { name: basename(copyPath), base64: readFileSync(copyPath).toString('base64') };
  await dropFiles(page, [copy], ['dragenter', 'dragover']);
  await expect(page.getByTestId('review-drop-zone')).toContainText('Laat los om de reacties');
  expect(await seriousViolations(page, 'reviewkopie slepen')).toEqual([]);
  await dropFiles(page, [copy], ['drop']);
  await expect(page.getByTestId('review-drop-zone')).toHaveCount(0);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 reactie toegevoegd.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  const imported = page.getByTestId('comments-view').first().getByTestId('comment-thread').filter({ hasText: 'Dit woord ken ik niet.' });
  await expect(imported).toContainText('Piet Bewoner');
  // The note is scrolled down here; marks are drawn for the words in view, so the thread is
  // chosen in the Reacties view, which brings its words into view.
  await imported.click();
  await expect(page.locator('.editor-pane:not([hidden]) mark', { hasText: 'kanteling' })).toHaveText('kanteling');
  expect(await editor(page).textContent()).toBe(textBefore);

  // Anything else is refused with a Dutch message; the editor does not take the file either.
  await dropFiles(page, [{ name: 'notities.txt', base64: Buffer.from('Dit is geen notitie.').toString('base64') }], ['dragenter', 'dragover', 'drop']);
  await expect(page.getByText('"notities.txt" is geen reviewkopie.', { exact: false })).toBeVisible();
  expect(await editor(page).textContent()).toBe(textBefore);
});
