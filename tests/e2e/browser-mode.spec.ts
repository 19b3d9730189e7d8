import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * `npm start` on a machine without the Electron program (this one, and any network that blocks
 * the download): the real script, started as a user would, must end in a working workbench in
 * the browser with the sample note.
 */
const root = join(import.meta.dirname, '../..');
type BinaryStatus = (requireFrom: NodeJS.Require) => { ok: boolean };
const { electronBinaryStatus } = (await import(pathToFileURL(join(root, 'scripts/electron-native.mjs')).href)) as { electronBinaryStatus: BinaryStatus };
const electron = electronBinaryStatus(createRequire(join(root, 'package.json')));
const skipReason = electron.ok ? 'Het Electron-programma is geïnstalleerd; dan start npm start de desktop-app, niet de browsermodus.' : undefined;
if (skipReason) console.log(`[browser-mode] overgeslagen: ${skipReason}`);

test.describe('npm start without Electron', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');
  let child: ChildProcess | undefined;
  let profile: string;

  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'helder-browser-mode-'));
  });
  test.afterEach(async () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child!.once('exit', done));
      // npm and the node process under it share the group we started.
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  });

  test('serves the workbench on 127.0.0.1, says it is the browser mode, and shows the sample note', async ({ page }) => {
    test.setTimeout(180_000);
    child = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, HELDER_PROFILE_DIR: profile, HELDER_OPEN_BROWSER: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const address = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const match = /Adres: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearInterval(timer);
          done(match[1]!);
        } else if (child!.exitCode !== null) {
          clearInterval(timer);
          fail(new Error(`npm start stopped (${child!.exitCode}):\n${output}`));
        }
      }, 200);
    });
    expect(output).toContain('Helder draait nu in de browsermodus');
    expect(output).toContain('Het Electron-programma');

    await page.goto(address);
    await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('tablist', { name: 'Open notities' }).getByRole('tab', { name: /sociale basis/i })).toBeVisible();
    await expect(page.locator('.editor-pane:not([hidden]) [contenteditable="true"]')).toContainText('sociale basis');
    // The sample note is a real file in the profile the script was given.
    const documents = join(profile, 'documents');
    expect(existsSync(documents)).toBe(true);
    const files = readdirSync(documents, { recursive: true, encoding: 'utf8' });
    expect(files.some((file) => file.endsWith('.helder'))).toBe(true);
  });
});
