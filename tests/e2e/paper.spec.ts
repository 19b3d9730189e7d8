// The paper round end to end in Chromium against the test host: the packet PDF is printed (and
// turned into PNG pages under tests/artifacts), three comments from a returned form are typed back
// by page and line and land on the right words (after the writer changed the text), entering the
// same form again adds nothing, and the panel summary is exported without names.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { withChildHost } from './child-host';
import { expect, editor, runCommand } from './fixtures';

// The packet's word list runs the checker: the host runs in a child process (see child-host.ts).
const test = withChildHost({ authorName: 'Kees (e2e)' });

const artifacts = path.join(import.meta.dirname, '../artifacts');
const marks = (page: Page) => page.locator('.editor-pane:not([hidden]) mark');
const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');

/** The path in the newest toast that starts with `prefix`. */
async function toastFile(page: Page, prefix: string, extension = '.'): Promise<string> {
  const toast = page.getByRole('status').filter({ hasText: prefix }).filter({ hasText: extension }).last();
  // Making the PDF takes seconds on a busy 2-core machine (a full run once missed the 10 s default).
  await expect(toast).toBeVisible({ timeout: 30_000 });
  const text = (await toast.locator('span').first().innerText()).trim();
  return text.slice(text.indexOf(': ') + 2).trim();
}

interface PrintedLine {
  page: number;
  line: number;
  text: string;
}

/** Reads the packet as a resident would: every numbered line on every page, from the PDF itself. */
function printedLines(pdf: string): PrintedLine[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const out: PrintedLine[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
    for (const row of text.split('\n')) {
      const match = /^\s*(\d+)\s{2,}(\S.*)$/.exec(row);
      if (match) out.push({ page, line: Number(match[1]), text: match[2]!.trim().replace(/\s+/g, ' ') });
    }
  }
  return out;
}

async function fillRow(page: Page, n: number, row: { page: number; line: number; words?: string; stance: string; body: string; name?: string }) {
  const dialog = page.getByRole('dialog', { name: 'Papieren reacties invoeren' });
  await dialog.getByLabel(`Pagina, reactie ${n}`, { exact: true }).fill(String(row.page));
  await dialog.getByLabel(`Regel, reactie ${n}`, { exact: true }).fill(String(row.line));
  if (row.words) await dialog.getByLabel(`Woorden, reactie ${n}`, { exact: true }).fill(row.words);
  await dialog.getByLabel(`Soort, reactie ${n}`, { exact: true }).selectOption({ label: row.stance });
  await dialog.getByLabel(`Reactie ${n}`, { exact: true }).fill(row.body);
  if (row.name) await dialog.getByLabel(`Naam, reactie ${n}`, { exact: true }).fill(row.name);
}

test('paper round: packet printed with line numbers, three paper comments placed by page and line, panel summary exported', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await expect(editor(page)).toContainText('zelfregie');

  // The packet: a PDF next to the note, turned into PNG pages to look at.
  await runCommand(page, 'Review: Papieren versie maken');
  const pdf = await toastFile(page, 'Papieren versie 1 gemaakt');
  expect(fs.existsSync(pdf)).toBe(true);
  fs.mkdirSync(artifacts, { recursive: true });
  for (const old of fs.readdirSync(artifacts).filter((file) => file.startsWith('paper-packet-page'))) fs.rmSync(path.join(artifacts, old));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(artifacts, 'paper-packet-page')]);
  expect(fs.readdirSync(artifacts).filter((file) => file.startsWith('paper-packet-page')).length).toBeGreaterThan(3);
  // Large type: the text's words are set in 14 pt or more. pdftotext gives each word's box, which
  // for Helvetica is 0.925 x the point size high (ascender 718 + descender 207 per 1000), so 14 pt
  // is 12.95 pt high. Line numbers (digits) and the small page footer are left out.
  const words = [...execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }).matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g)]
    .map((match) => ({ top: Number(match[1]), height: Number(match[2]) - Number(match[1]), word: match[3]! }))
    .filter((word) => word.top > 60 && word.top < 760 && !/^\d+$/.test(word.word));
  expect(words.length).toBeGreaterThan(50);
  expect(Math.min(...words.map((word) => word.height / 0.925))).toBeGreaterThanOrEqual(13.99);
  // What the resident reads on paper, numbered per page.
  const lines = printedLines(pdf);
  const lineWith = (words: string) => {
    const found = lines.find((item) => item.text.includes(words));
    expect(found, `"${words}" is printed on a numbered line`).toBeTruthy();
    return found!;
  };
  const zelfregie = lineWith('zelfregie');
  const jeugdwet = lineWith('Jeugdwet');
  const whole = lineWith('Doelstellingen');
  expect(whole.text).toBe('Doelstellingen');

  // The writer goes on writing after printing: the text before the printed words changes.
  await editor(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Vooraf: ');
  await expect(editor(page)).toContainText('Vooraf: ');

  // A panel coordinator types the returned form back.
  await runCommand(page, 'Review: Papieren reacties invoeren');
  const dialog = page.getByRole('dialog', { name: 'Papieren reacties invoeren' });
  await expect(dialog).toBeVisible();
  await fillRow(page, 1, { page: zelfregie.page, line: zelfregie.line, words: 'zelfregie', stance: 'Onduidelijk', body: 'Wat betekent dit woord?', name: 'Mevrouw De Vries' });
  await dialog.getByRole('button', { name: 'Nog een reactie' }).click();
  await fillRow(page, 2, { page: jeugdwet.page, line: jeugdwet.line, words: 'Jeugdwet', stance: 'Vraag', body: 'Geldt dit ook voor mijn kleinkind?' });
  await dialog.getByRole('button', { name: 'Nog een reactie' }).click();
  await fillRow(page, 3, { page: whole.page, line: whole.line, stance: 'Eens', body: 'Goede doelen.' });
  await dialog.getByRole('button', { name: 'Nog een reactie' }).click();
  await fillRow(page, 4, { page: 99, line: 1, stance: 'Vraag', body: 'Verkeerd overgetypt.' });
  await page.screenshot({ path: path.join(artifacts, 'paper-enter-dialog.png') });
  const violations = await seriousViolations(page, 'paper-enter-dialog');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog.getByTestId('paper-result')).toContainText('3 reacties geplaatst.');
  await expect(dialog.getByTestId('paper-result')).toContainText('1 reactie is niet opgeslagen.');
  // The wrong row stays, with the reason; the stored rows left the form.
  await expect(dialog.getByTestId('paper-row')).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toContainText('deze pagina heeft geen genummerde tekst');
  await expect(dialog.getByLabel('Reactie 1', { exact: true })).toHaveValue('Verkeerd overgetypt.');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // On the right words of the changed text, shown with the digital comments as "op papier".
  await expect(marks(page)).toHaveCount(3);
  await expect(marks(page).filter({ hasText: 'zelfregie' })).toHaveText('zelfregie');
  await expect(marks(page).filter({ hasText: 'Jeugdwet' })).toHaveText('Jeugdwet');
  await expect(marks(page).filter({ hasText: 'Doelstellingen' })).toHaveText('Doelstellingen');
  await runCommand(page, 'Reacties: Opnieuw inlezen');
  await page.keyboard.press('Control+Shift+Y');
  await expect(threads(page)).toHaveCount(3);
  await expect(threads(page).filter({ hasText: 'op papier' })).toHaveCount(3);
  await expect(threads(page).filter({ hasText: 'Wat betekent dit woord?' })).toContainText('Mevrouw De Vries');
  await expect(threads(page).filter({ hasText: 'Geldt dit ook voor mijn kleinkind?' })).toContainText('Bewoner (geen naam)');
  await page.screenshot({ path: path.join(artifacts, 'paper-comments-view.png') });
  violations.push(...(await seriousViolations(page, 'paper-comments-view')));

  // Typing the same form again changes nothing.
  await runCommand(page, 'Review: Papieren reacties invoeren');
  await fillRow(page, 1, { page: zelfregie.page, line: zelfregie.line, words: 'zelfregie', stance: 'Onduidelijk', body: 'Wat betekent dit woord?', name: 'Mevrouw De Vries' });
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog.getByTestId('paper-result')).toContainText('0 reacties geplaatst.');
  await expect(dialog.getByTestId('paper-result')).toContainText('1 reactie was al ingevoerd.');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(threads(page)).toHaveCount(3);

  // The writer answers one question; then the summary goes back to the panel, without names.
  await threads(page).filter({ hasText: 'Geldt dit ook voor mijn kleinkind?' }).getByRole('button', { name: 'Reageren' }).click();
  await page.getByRole('textbox', { name: 'Uw antwoord' }).fill('Ja, tot 18 jaar.');
  await page.keyboard.press('Control+Enter');
  await expect(threads(page).filter({ hasText: 'Ja, tot 18 jaar.' })).toHaveCount(1);
  await runCommand(page, 'Review: Samenvatting voor het panel');
  const summaryDialog = page.getByRole('dialog', { name: 'Samenvatting voor het panel' });
  await summaryDialog.getByRole('checkbox', { name: 'Zonder namen' }).check();
  violations.push(...(await seriousViolations(page, 'paper-summary-dialog')));
  expect(violations.map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')} (${v.screen})`)).toEqual([]);
  await summaryDialog.getByRole('button', { name: 'Maak als HTML' }).click();
  const html = fs.readFileSync(await toastFile(page, 'Samenvatting geschreven'), 'utf8');
  expect(html).toContain('Wat het panel zei');
  expect(html).toContain('Geldt dit ook voor mijn kleinkind?');
  expect(html).toContain('Ja, tot 18 jaar.');
  expect(html).toContain('zelfregie');
  expect(html).not.toContain('De Vries');
  await runCommand(page, 'Review: Samenvatting voor het panel');
  await page.getByRole('dialog', { name: 'Samenvatting voor het panel' }).getByRole('button', { name: 'Maak als PDF' }).click();
  const summaryPdf = await toastFile(page, 'Samenvatting geschreven', '.pdf');
  for (const old of fs.readdirSync(artifacts).filter((file) => file.startsWith('paper-summary-page'))) fs.rmSync(path.join(artifacts, old));
  execFileSync('pdftoppm', ['-png', '-r', '70', summaryPdf, path.join(artifacts, 'paper-summary-page')]);
  expect(execFileSync('pdftotext', [summaryPdf, '-'], { encoding: 'utf8' })).toContain('Mevrouw De Vries');
});
