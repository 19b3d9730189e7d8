// Issue 14 acceptance: Word in, edit, two versions, compare, restore, Word and PDF out, the
// exported .docx read back with the same text and heading tree; PDF pages and screenshots of the
// Versies view, the diff and the report (light and dark) saved under tests/artifacts/versions/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importDocx } from '../../electron/services/documents/docx-import';
import { readWordFile } from '../../electron/services/documents/zip-guard';
import { blockText } from '../../shared/convert';
import { sampleDocx } from '../fixtures/documents/word-files';
import { seriousViolations, type Violation } from './axe';
import { withChildHost } from './child-host';
import { editor, expect, noteTabs, runCommand } from './fixtures';

// The versions services load the checker: the host runs in a child process (see child-host.ts).
// A tall panel, so the screenshots show the versions, the comparison and the report.
const test = withChildHost({ panelHeight: 720, authorName: 'Kees (e2e)' });

const artifacts = path.join(import.meta.dirname, '../artifacts/versions');

/** The note as the editor shows it: kind and text of every block. */
function editorOutline(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.editor-pane:not([hidden]) [contenteditable]');
    const out: string[] = [];
    for (const element of root?.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li') ?? []) {
      if (element.tagName === 'LI' && element.querySelector('ul, ol')) continue;
      const kind = element.tagName === 'LI' ? 'listitem' : element.tagName === 'P' ? 'paragraph' : `heading${element.tagName.slice(1)}`;
      const text = (element as HTMLElement).innerText.trim();
      if (text) out.push(`${kind}: ${text}`);
    }
    return out;
  });
}

/** The path in the newest "Geschreven: …" toast. */
async function writtenFile(page: Page, extension: string): Promise<string> {
  const toast = page.getByRole('status').filter({ hasText: 'Geschreven:' }).filter({ hasText: extension }).last();
  await expect(toast).toBeVisible();
  const text = (await toast.locator('span').first().innerText()).trim();
  return text.slice(text.indexOf(':') + 1).trim();
}

async function shot(page: Page, name: string, target = page.locator('.panel')) {
  fs.mkdirSync(artifacts, { recursive: true });
  // Toasts would cover the view; they have said their piece by now.
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.toasts button').forEach((button) => button.click()));
  await expect(page.locator('.toasts button')).toHaveCount(0);
  await target.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

test.use({ viewport: { width: 1280, height: 1100 } });

test('Word in, two versions, compare, restore, Word and PDF out', async ({ app, page }) => {
  const source = path.join(app.dataDir, 'Afvalbrief.docx');
  fs.writeFileSync(source, await sampleDocx());
  const sourceBytes = fs.readFileSync(source);
  await page.goto(app.url);
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  // axe on each screen this spec photographs: no critical or serious WCAG violation.
  const violations: Violation[] = [];
  const axe = async (screen: string) => violations.push(...(await seriousViolations(page, screen)));

  // Import: a new note with the Word headings, lists and the Word comment; the .docx unchanged.
  await runCommand(page, 'Document: Importeren');
  await page.getByRole('dialog').getByRole('textbox').fill(source);
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: /Afvalbrief/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Opmerkingen uit Word zijn reacties geworden (1)' })).toBeVisible();
  expect(fs.readFileSync(source).equals(sourceBytes)).toBe(true);
  const imported = await editorOutline(page);
  expect(imported.slice(0, 3)).toEqual([
    'heading1: Afval ophalen in Oostwijk',
    'paragraph: Vanaf 1 maart halen wij het restafval één keer per twee weken op. Let op: de dag verandert.',
    'heading2: Wat u moet doen',
  ]);

  // Version 1, then an edit that makes the text harder, then version 2.
  await editor(page).getByText('Meer informatie staat op').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Teneinde de afvalinzameling te optimaliseren wordt middels een nieuw inzamelsysteem gefaciliteerd dat containers worden geleegd.');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.status-bar')).toContainText(/Opgeslagen/);
  await editor(page).getByText('Teneinde de afvalinzameling').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Dit gebeurt elke week.');
  // The pointer rests where it clicked, on a finding: move it off, or its hover card opens over the compare form.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Control+s');

  // Versies view: the two kept versions (and any autosave point), with level and score.
  await page.keyboard.press('Control+Alt+v');
  const rows = page.locator('.versions-list tbody tr').filter({ hasNotText: 'automatisch bewaard' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('.level-badge')).toHaveText(/B1|B2|C1/);
  await shot(page, 'versies-light');
  await axe('versies-light');

  // Compare the older with the newer: words marked inserted, section scores before -> after.
  const older = await rows.nth(1).getAttribute('data-version-id');
  const newer = await rows.nth(0).getAttribute('data-version-id');
  await page.locator('.compare-form select').first().selectOption(older!);
  await page.locator('.compare-form select').nth(1).selectOption(newer!);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('.version-diff ins').filter({ hasText: 'Dit gebeurt elke week.' })).toBeVisible();
  await expect(page.locator('.section-scores tbody tr')).toHaveCount(2);
  await shot(page, 'diff-light', page.locator('.comparison'));
  await axe('diff-light');

  // Restore the first version: the sentence typed after it is gone, and the restore can be undone.
  await rows.nth(1).getByRole('button', { name: 'Herstel' }).click();
  await page.getByRole('alertdialog').locator('button.primary').click();
  await expect(editor(page)).not.toContainText('Dit gebeurt elke week.');
  await expect(editor(page)).toContainText('Teneinde de afvalinzameling');
  await page.getByRole('button', { name: 'Herstel ongedaan maken' }).click();
  await expect(editor(page)).toContainText('Dit gebeurt elke week.');

  // Report, light and dark; the Versies view and diff in dark too.
  await page.keyboard.press('Control+Alt+r');
  await expect(page.locator('.report-view h3')).toContainText('Leesbaarheidsrapport');
  await shot(page, 'report-light');
  await axe('report-light');
  await runCommand(page, 'Thema: Donker');
  await shot(page, 'report-dark');
  await axe('report-dark');
  await page.keyboard.press('Control+Alt+v');
  await expect(rows.first()).toBeVisible();
  await shot(page, 'versies-dark');
  await axe('versies-dark');
  await page.locator('.compare-form select').first().selectOption(older!);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('.version-diff ins').first()).toBeVisible();
  await shot(page, 'diff-dark', page.locator('.comparison'));
  await axe('diff-dark');
  await runCommand(page, 'Thema: Licht');
  expect(violations.map((v) => `${v.impact} ${v.id} ${v.targets.join(' ')} (${v.screen})`)).toEqual([]);

  // Word out: read back, the same text and heading tree as the editor shows.
  await runCommand(page, 'Document: Exporteren als Word');
  const docx = await writtenFile(page, '.docx');
  const back = await importDocx(readWordFile(docx));
  const outline = back.blocks.map((block) => `${block.kind === 'heading' ? `heading${block.level}` : block.kind}: ${blockText(block).trim()}`);
  expect(outline).toEqual(await editorOutline(page));

  // PDF out, turned into PNG pages.
  await runCommand(page, 'Document: Exporteren als PDF');
  const pdf = await writtenFile(page, '.pdf');
  fs.mkdirSync(artifacts, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(artifacts, 'note-pdf-page')]);
  expect(fs.readdirSync(artifacts).filter((file) => file.startsWith('note-pdf-page')).length).toBeGreaterThan(0);
  await page.keyboard.press('Control+Alt+r');
  await page.getByRole('button', { name: 'Exporteer als PDF' }).click();
  const reportPdf = await page.getByRole('status').filter({ hasText: 'Rapport geschreven:' }).last().locator('span').first().innerText();
  execFileSync('pdftoppm', ['-png', '-r', '60', reportPdf.slice(reportPdf.indexOf(':') + 1).trim(), path.join(artifacts, 'report-pdf-page')]);
});
