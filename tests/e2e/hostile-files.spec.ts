import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { editor, expect, noteTabs, test } from './fixtures';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a note from a newer Helder opens read-only with the reason, is never saved over, and a copy can be written', async ({ page, app }) => {
  await app.openApp();
  const folder = join(app.sampleDir, 'Helder voorbeeld');
  const sample = join(folder, 'Van een nieuwere Helder.helder');
  copyFileSync(join(folder, 'Versterken van de sociale basis.helder'), sample);
  // Simulate a newer Helder: a block type this version does not know, next to a normal paragraph.
  const db = new Database(sample);
  const state = JSON.parse((db.prepare('SELECT json FROM document WHERE id = 1').get() as { json: string }).json) as { root: { children: unknown[] } };
  state.root.children.push({ type: 'tabel', version: 1, children: [{ type: 'text', version: 1, text: 'Budget per wijk: 40.000 euro', format: 0, detail: 0, mode: 'normal', style: '' }] });
  db.prepare('UPDATE document SET json = ? WHERE id = 1').run(JSON.stringify(state));
  db.close();
  const before = hash(sample);

  await page.locator('.explorer-item', { hasText: 'Van een nieuwere Helder' }).click();
  const banner = page.locator('.editor-pane:not([hidden]) .read-only-banner');
  await expect(banner).toContainText('nieuwere versie van Helder');
  const text = page.locator('.editor-pane:not([hidden]) [contenteditable]');
  await expect(text).toHaveAttribute('contenteditable', 'false');
  await expect(text).toContainText('Budget per wijk: 40.000 euro');
  await text.click();
  await page.keyboard.type('Dit mag het bestand niet veranderen');
  await page.waitForTimeout(1500);
  expect(hash(sample)).toBe(before);

  await banner.getByRole('button', { name: 'Kopie maken om verder te schrijven' }).click();
  await expect(noteTabs(page).getByRole('tab', { selected: true })).toContainText('(kopie)');
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Verder in de kopie.');
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'unsaved');
  await expect(page.getByTestId('status-save')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  expect(hash(sample)).toBe(before);
});
