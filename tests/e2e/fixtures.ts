import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type Host } from '../host/server';

export interface HostFixture {
  host: Host;
  dataDir: string;
  sampleDir: string;
  /** Opens the app and waits until start-up (settings, session, sample werkmap) is done. */
  openApp(page?: Page): Promise<Page>;
}

const rendererDir = join(import.meta.dirname, '../../out/renderer');

export const test = base.extend<{ app: HostFixture }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'helder-e2e-'));
    const sampleDir = join(dataDir, 'documenten');
    const host = await startHost({ rendererDir, userDataDir: join(dataDir, 'userdata'), sampleDir });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use({
      host,
      dataDir,
      sampleDir,
      async openApp(target = page) {
        await target.goto(host.url);
        await expect(target.locator('.workbench[data-ready="true"]')).toBeVisible();
        return target;
      },
    });
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
    expect(errors, 'the page threw uncaught errors').toEqual([]);
  },
});

export { expect };

/** The tab strip of open notes (the bottom panel has tabs of its own). */
export const noteTabs = (page: Page) => page.getByRole('tablist', { name: 'Open notities' });

export const editor = (page: Page) => page.locator('.editor-pane:not([hidden]) [contenteditable="true"]');

/**
 * Makes a note through the palette and waits until its tab is the active one: clicking the editor
 * earlier would find the previous note's editor, which is hidden a moment later.
 */
export async function newNote(page: Page, title: string) {
  await runCommand(page, 'Nieuwe notitie');
  await page.getByRole('dialog').getByRole('textbox').fill(title);
  await page.keyboard.press('Enter');
  await expect(noteTabs(page).getByRole('tab', { name: new RegExp(title) })).toHaveAttribute('aria-selected', 'true');
}

export async function runCommand(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByRole('combobox', { name: 'Typ een opdracht' });
  await input.fill(title);
  await page.getByRole('option', { name: new RegExp(title, 'i') }).first().click();
}
