// "Ik begrijp dit niet", end to end in Chromium: two residents mark words in their review copies
// (by key and by one click), the writer imports both copies, the werkmap list counts residents per
// word, and adding a word to the organisation list makes the checker flag it in another note.
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect, editor, highlightedRanges, newNote, runCommand, selectInNote, type HostFixture } from './fixtures';

const artifacts = join(import.meta.dirname, '../artifacts');
const content = (page: Page) => page.locator('.editor-pane:not([hidden]) .helder-editor__content');
const view = (page: Page) => page.locator('.not-understood-view').first();

/** Makes a review copy of the active note and returns its path, as the toast says it. */
async function makeCopy(page: Page): Promise<string> {
  const notices = page.getByText(/Reviewkopie gemaakt: /);
  // The notice of an earlier copy may still be on screen: wait for a notice with a new file name.
  const earlier = new Set(await notices.allInnerTexts());
  await runCommand(page, 'Maak reviewkopie');
  let text = '';
  await expect
    .poll(async () => {
      text = (await notices.allInnerTexts()).find((item) => !earlier.has(item)) ?? '';
      return text;
    })
    .not.toBe('');
  await notices.filter({ hasText: text }).first().click();
  return text.replace(/^Reviewkopie gemaakt: /, '').trim();
}

/** A resident in a browser of their own opens their copy in panel mode. */
async function residentWith(app: HostFixture, context: BrowserContext, copy: string, name: string): Promise<Page> {
  const resident = await context.newPage();
  await app.openApp(resident);
  await resident.keyboard.press('Control+,');
  const nameField = resident.getByLabel('Uw naam');
  await nameField.fill(name);
  await nameField.blur();
  await resident.keyboard.press('Control+P');
  const stem = basename(copy, '.helder');
  await resident.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill(stem);
  // Both copies are in the list; this resident's is the one with exactly this name.
  await resident.getByRole('option').filter({ has: resident.getByText(stem, { exact: true }) }).click();
  await expect(resident.locator('.editor-area.panel-mode')).toBeVisible();
  await expect(resident.locator('.editor-pane:not([hidden])')).toHaveAttribute('data-path', copy);
  await expect(content(resident)).toHaveAttribute('contenteditable', 'false');
  return resident;
}

/** Caret in the word, then the key; the question about its meaning may stay empty. */
async function markByKey(resident: Page, word: string, meaning: string) {
  await content(resident).focus();
  await selectInNote(resident, word, 'caretInside');
  await resident.keyboard.press('Control+Alt+U');
  const ask = resident.getByRole('dialog').filter({ hasText: `U begrijpt "${word}" niet` });
  await expect(ask).toBeVisible();
  await ask.getByRole('textbox').fill(meaning);
  await resident.keyboard.press('Enter');
  // Screen readers hear it.
  await expect(resident.getByTestId('announcer')).toHaveText(`Gemarkeerd: u begrijpt "${word}" niet.`);
}

/** The centre of the first occurrence of `word` in the visible note, scrolled into view. */
function wordOnScreen(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((target) => {
    const root = document.querySelector('.editor-pane:not([hidden]) .helder-editor__content');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at === -1) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
}

/** One click in the word shows the button beside it; one click on the button marks the word. */
async function markByClick(resident: Page, word: string) {
  const point = await wordOnScreen(resident, word);
  expect(point, `"${word}" is in the note`).not.toBeNull();
  await resident.mouse.click(point!.x, point!.y);
  const button = resident.locator('.not-understood-selection-button');
  await button.click();
  const ask = resident.getByRole('dialog').filter({ hasText: `U begrijpt "${word}" niet` });
  await ask.getByRole('button', { name: 'OK' }).click();
  await expect(resident.getByText(`Gemarkeerd: u begrijpt "${word}" niet.`).first()).toBeVisible();
}

test('residents mark words they did not understand; the writer counts them and adds one to the organisation list', async ({ page, app, browser }) => {
  await app.openApp();
  // Another note in the werkmap that uses the word too: the checker must flag it there later.
  await newNote(page, 'Buurtnetwerk');
  await editor(page).click();
  await page.keyboard.type('Het netwerk van uw buren helpt u als het even niet gaat.');
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved');
  const netwerkFlagged = async () => (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).some((range) => range.text === 'netwerk');
  expect(await netwerkFlagged()).toBe(false);

  // Back to the sample note: two review copies, one per resident.
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('sociale basis');
  await page.keyboard.press('Enter');
  const copyA = await makeCopy(page);
  const copyB = await makeCopy(page);
  expect(copyA).not.toBe(copyB);

  const contextA = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const anna = await residentWith(app, contextA, copyA, 'Anna');
  await markByKey(anna, 'netwerk', 'mensen op internet');
  await markByClick(anna, 'kanteling');
  // The resident sees her own marks in the view, and can reach it from the palette.
  await runCommand(anna, 'Woorden die bewoners niet begrepen');
  await expect(view(anna).getByRole('listitem')).toHaveCount(2);
  await expect(view(anna)).toContainText('Bewoner dacht: mensen op internet');
  expect(await seriousViolations(anna, 'eigen woorden in de reviewkopie')).toEqual([]);
  await anna.screenshot({ path: join(artifacts, 'not-understood-resident.png') });
  await contextA.close();

  const contextB = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const bram = await residentWith(app, contextB, copyB, 'Bram');
  await markByKey(bram, 'netwerk', '');
  // His own copy: only his mark.
  await runCommand(bram, 'Woorden die bewoners niet begrepen');
  await expect(view(bram).getByRole('listitem')).toHaveCount(1);
  await contextB.close();

  // The writer imports both copies at once.
  await runCommand(page, 'Reacties importeren');
  const importDialog = page.getByRole('dialog', { name: 'Reacties importeren' });
  await importDialog.getByRole('textbox').fill(`${copyA}\n${copyB}`);
  await importDialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('3 woorden die bewoners niet begrepen.');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();

  // The werkmap list: "netwerk" by two residents, "kanteling" by one, with where they read it.
  await runCommand(page, 'Woorden die bewoners niet begrepen');
  const list = view(page);
  await list.getByRole('radio', { name: 'Hele werkmap' }).check();
  await list.getByRole('button', { name: 'Vernieuwen' }).click();
  const netwerk = list.locator('[data-word="netwerk"]');
  const kanteling = list.locator('[data-word="kanteling"]');
  await expect(netwerk.getByTestId('residents')).toHaveText('2 bewoners');
  await expect(netwerk.getByTestId('notes')).toHaveText('1 notitie');
  await expect(kanteling.getByTestId('residents')).toHaveText('1 bewoner');
  await expect(netwerk).toContainText('Nog geen melding van Helder');
  await expect(netwerk).toContainText('het netwerk rondom de inwoner');
  await expect(netwerk).toContainText('Bewoner dacht: mensen op internet');
  // Most residents first.
  await expect(list.locator('[data-word]').first()).toHaveAttribute('data-word', 'netwerk');
  await page.screenshot({ path: join(artifacts, 'not-understood-werkmap.png') });
  expect(await seriousViolations(page, 'woorden die bewoners niet begrepen')).toEqual([]);

  // One action adds the word to the organisation list, with a plain alternative and explanation.
  await netwerk.getByRole('button', { name: 'Toevoegen aan woordenlijst' }).click();
  const form = netwerk.getByRole('form');
  await form.getByLabel('Eenvoudiger woord').fill('mensen om u heen');
  await form.getByLabel('Uitleg in gewone woorden').fill('De mensen die u kent en die u helpen.');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText(/"netwerk" staat nu in de woordenlijst/).first()).toBeVisible();
  await expect(netwerk).toContainText('Helder geeft hier al een melding bij');

  // The other note: the checker now flags "netwerk", and says residents did not understand it.
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('Buurtnetwerk');
  await page.keyboard.press('Enter');
  await expect.poll(netwerkFlagged, { message: '"netwerk" is flagged in the other note' }).toBe(true);
  const [range] = (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).filter((item) => item.text === 'netwerk');
  await page.mouse.move(range!.x, range!.y);
  const card = page.getByTestId('finding-card');
  await expect(card).toContainText('bewoners begrepen dit niet (2 keer)');
  await expect(card).toContainText('mensen om u heen');
});
