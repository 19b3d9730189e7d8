import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, editor, newNote, noteTabs, runCommand } from './fixtures';

const artifacts = join(import.meta.dirname, '../artifacts');

test('first start opens the sample nota in a tab, listed in the explorer', async ({ page, app }) => {
  await app.openApp();
  await expect(noteTabs(page).getByRole('tab', { name: /sociale basis/i })).toBeVisible();
  await expect(editor(page)).toContainText('sociale basis');
  await expect(page.locator('.explorer-item')).toHaveCount(1);
  await expect(page.getByTestId('status-words')).toContainText(/\d+ woorden/);
  await page.screenshot({ path: join(artifacts, 'workbench-light.png') });
  await runCommand(page, 'Thema: Donker');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(artifacts, 'workbench-dark.png') });
});

test('a new note keeps its text after a reload', async ({ page, app }) => {
  await app.openApp();
  await page.getByTestId('explorer-new-note').click();
  await page.getByRole('dialog').getByRole('textbox').fill('Speeltuin Oost');
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: /Speeltuin Oost/ })).toHaveAttribute('aria-selected', 'true');
  await editor(page).click();
  await page.keyboard.type('De speeltuin gaat in mei weer open.');
  await expect(page.locator('.tab.active.dirty')).toBeVisible();
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await expect(page.locator('.tab.active.dirty')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await expect(noteTabs(page).getByRole('tab', { name: /Speeltuin Oost/ })).toHaveAttribute('aria-selected', 'true');
  await expect(editor(page)).toContainText('De speeltuin gaat in mei weer open.');
  await expect(page.locator('.explorer-item')).toHaveCount(2);
});

test('tabs switch, reorder and close; each keeps its own text', async ({ page, app }) => {
  await app.openApp();
  for (const title of ['Afval', 'Bibliotheek']) {
    await newNote(page, title);
    await expect(noteTabs(page).getByRole('tab', { name: new RegExp(title) })).toHaveAttribute('aria-selected', 'true');
    await editor(page).click();
    await page.keyboard.type(`Tekst over ${title.toLowerCase()}.`);
  }
  await expect(noteTabs(page).getByRole('tab')).toHaveCount(3);
  await noteTabs(page).getByRole('tab', { name: /Afval/ }).click();
  await expect(editor(page)).toContainText('Tekst over afval.');
  await page.keyboard.press('Control+Shift+PageDown');
  const titles = await page.locator('.tab .tab-title').allInnerTexts();
  expect(titles.indexOf('Afval')).toBeGreaterThan(titles.indexOf('Bibliotheek'));
  await page.keyboard.press('Control+PageDown');
  await expect(editor(page)).not.toContainText('Tekst over afval.');
  await page.locator('.tab', { hasText: 'Afval' }).getByTitle(/Tabblad sluiten/).click();
  await expect(noteTabs(page).getByRole('tab')).toHaveCount(2);
  await page.getByText('Afval', { exact: true }).click();
  await expect(editor(page)).toContainText('Tekst over afval.');
});

test('the command palette lists commands with their keys and runs them', async ({ page, app }) => {
  await app.openApp();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('option', { name: /Versie opslaan.*Ctrl\+S/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Typ een opdracht' }).fill('hoog contrast');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await runCommand(page, 'Taal: Engels');
  await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('quick open finds a note by a few letters', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Hulp bij het huishouden');
  await page.locator('.tab', { hasText: 'Hulp' }).getByTitle(/Tabblad sluiten/).click();
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('hlphuis');
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: /Hulp bij het huishouden/ })).toHaveAttribute('aria-selected', 'true');
});

test('paste from a web page keeps text and allowed formatting only', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Plakken');
  await editor(page).click();
  const html =
    '<div style="color:red;font-family:Comic Sans"><h2 style="font-size:40px">Wijkbudget</h2>' +
    '<p class="MsoNormal" style="margin:0">Bewoners <b style="color:blue">kiezen</b> zelf <span style="background:yellow">wat</span> er gebeurt.<o:p></o:p></p>' +
    '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">' +
    '<ul><li>Groen</li><li><a href="javascript:window.__pwned=true">Spelen</a></li></ul></div>';
  await editor(page).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'Wijkbudget');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(editor(page).locator('h2')).toHaveText('Wijkbudget');
  await expect(editor(page)).toContainText('Bewoners kiezen zelf wat er gebeurt.');
  await expect(editor(page).locator('strong, b').filter({ hasText: 'kiezen' })).toHaveCount(1);
  await expect(editor(page).locator('li')).toHaveCount(2);
  const inner = await editor(page).innerHTML();
  expect(inner).not.toMatch(/<script|onerror|javascript:|color:\s*red|font-family|background:\s*yellow|font-size:\s*40px/i);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('a file that is not a Helder note is refused with a Dutch message and left untouched', async ({ page, app }) => {
  await app.openApp();
  const folder = join(app.sampleDir, 'Helder voorbeeld');
  const foreign = join(folder, 'Boodschappen.helder');
  writeFileSync(foreign, 'melk, brood, kaas\n');
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await page.locator('.explorer-item', { hasText: 'Boodschappen' }).click();
  await expect(page.getByRole('alert')).toContainText('"Boodschappen.helder" is geen Helder-notitie');
  expect(readFileSync(foreign, 'utf8')).toBe('melk, brood, kaas\n');
  await expect(noteTabs(page).getByRole('tab', { name: /Boodschappen/ })).toHaveCount(0);
});

test('the explorer notices a note added on disk by another program', async ({ page, app }) => {
  await app.openApp();
  await expect(page.locator('.explorer-item')).toHaveCount(1);
  const folder = join(app.sampleDir, 'Helder voorbeeld');
  const source = readFileSync(join(folder, 'Versterken van de sociale basis.helder'));
  writeFileSync(join(folder, 'Kopie van de nota.helder'), source);
  await expect(page.locator('.explorer-item')).toHaveCount(2, { timeout: 10_000 });
});

test('the outline lists the headings and jumps to one', async ({ page, app }) => {
  await app.openApp();
  await page.keyboard.press('Control+Shift+O');
  const outline = page.locator('.outline-list');
  await expect(outline.getByRole('button', { name: 'Financiële consequenties' })).toBeVisible();
  await outline.getByRole('button', { name: 'Financiële consequenties' }).click();
  await expect(editor(page).locator('h2', { hasText: 'Financiële consequenties' })).toBeInViewport();
});

test('Ctrl+S keeps a named version, and headings and lists come from commands', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Versies');
  await editor(page).click();
  await page.keyboard.type('Doelen');
  await runCommand(page, 'Kop 2');
  await expect(editor(page).locator('h2')).toHaveText('Doelen');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Meer groen in de wijk');
  await runCommand(page, 'Genummerde lijst');
  await expect(editor(page).locator('ol li')).toHaveText('Meer groen in de wijk');
  await page.keyboard.press('Control+S');
  const namedVersions = () =>
    page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="helder-host-token"]')!.content;
      const path = document.querySelector('.tab.active')!.getAttribute('data-path');
      const reply = await fetch('/api/notes.revisions', { method: 'POST', headers: { 'x-helder-token': token }, body: JSON.stringify({ path }) });
      const revisions = ((await reply.json()) as { value: { kind: string; words: number }[] }).value;
      return revisions.filter((revision) => revision.kind === 'named').map((revision) => revision.words);
    });
  // The named save may still be on its way when the status already said "saved" after autosave.
  await expect.poll(namedVersions).toEqual([6]);
  await page.keyboard.press('Control+Z');
  await expect(editor(page).locator('ol')).toHaveCount(0);
});

test('open tabs and the active tab come back after a restart', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Tweede nota');
  await editor(page).click();
  await page.keyboard.type('Nog niet af.');
  await noteTabs(page).getByRole('tab', { name: /sociale basis/ }).click();
  await page.waitForTimeout(500); // the session is written a moment after the last tab change
  await page.close();
  const second = await page.context().newPage();
  await app.openApp(second);
  await expect(noteTabs(second).getByRole('tab')).toHaveCount(2);
  await expect(noteTabs(second).getByRole('tab', { name: /sociale basis/ })).toHaveAttribute('aria-selected', 'true');
  await noteTabs(second).getByRole('tab', { name: /Tweede nota/ }).click();
  await expect(editor(second)).toContainText('Nog niet af.');
});

test('a huge paste from a web page arrives as plain text and the editor keeps working', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Groot plakwerk');
  await editor(page).click();
  // Over 2 MB of HTML: Helder takes the plain text instead of building thousands of styled nodes.
  const paragraph = 'De bibliotheek is op zaterdag open van tien tot vier uur. ';
  const html = `<div style="color:red">${`<p><span style="font-size:30px">${paragraph}</span></p>`.repeat(28_000)}</div><script>window.__pwned = true</script>`;
  const text = paragraph.repeat(40).trim();
  expect(html.length).toBeGreaterThan(2_000_000);
  await editor(page).evaluate(
    (element, { pastedHtml, pastedText }) => {
      const data = new DataTransfer();
      data.setData('text/html', pastedHtml);
      data.setData('text/plain', pastedText);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { pastedHtml: html, pastedText: text },
  );
  await expect(editor(page)).toContainText('De bibliotheek is op zaterdag open');
  // The plain-text version came in (one paragraph), not 28,000 rebuilt paragraphs.
  expect(await editor(page).locator('p').count()).toBeLessThan(5);
  expect(await editor(page).innerHTML()).not.toMatch(/font-size|color:\s*red|<script/i);
  await page.keyboard.type(' Einde.');
  await expect(editor(page)).toContainText('vier uur. Einde.');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('the legend explains the underline lines and tints in the colours the editor uses', async ({ page, app }) => {
  await app.openApp();
  await page.getByRole('button', { name: 'Legenda' }).click();
  const view = page.getByRole('complementary', { name: 'Legenda' });
  await expect(view.getByRole('heading', { name: 'Legenda' })).toBeVisible();
  for (const label of ['Fout', 'Waarschuwing', 'Tip', 'Ambtelijke taal', 'Lange zinnen en alinea’s']) await expect(view.getByText(label, { exact: true })).toBeVisible();
  const errorLine = await view.locator('.legend-line-error').evaluate((element) => getComputedStyle(element).textDecorationColor);
  const themeError = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--check-line-error').trim());
  expect(errorLine).toBe('rgb(192, 38, 27)');
  expect(themeError).toBe('#c0261b');
});
