import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { sampleNoteTitle } from '../../shared/document/sample-note';

const root = join(import.meta.dirname, '../..');
const mainEntry = join(root, 'out/main/index.js');

/** The Electron package only knows the executable's path once its postinstall has downloaded it. */
function electronExecutable(): { path?: string; missing?: string } {
  try {
    const path = createRequire(join(root, 'package.json'))('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `${String(path)} bestaat niet` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

const executable = electronExecutable();
const skipReason = executable.missing
  ? `Electron-binary ontbreekt op deze machine (ELECTRON_SKIP_BINARY_DOWNLOAD); ${executable.missing}. ` +
    'Installeer hem met "node node_modules/electron/install.js" om deze test te draaien.'
  : !existsSync(mainEntry)
    ? `De app is nog niet gebouwd (${mainEntry} ontbreekt); voer eerst "npm run build" uit.`
    : undefined;
if (skipReason) console.log(`[e2e-electron] overgeslagen: ${skipReason}`);

test.describe('Helder as a desktop app', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');
  // One app for all checks: they only look, and starting Electron is the slow part.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let profile: string;

  test.beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'helder-electron-'));
    app = await electron.launch({
      executablePath: executable.path,
      // Chromium refuses its OS sandbox as root (CI containers); the renderer's JS sandbox stays on.
      args: [mainEntry, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, HELDER_PROFILE_DIR: profile },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('opens on first start with the sample note', async () => {
    await expect(page.getByText(sampleNoteTitle).first()).toBeVisible();
  });

  test('gives the page the Helder API and no Node', async () => {
    const globals = await page.evaluate(() => ({
      helder: typeof (window as unknown as { helder?: unknown }).helder,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(globals).toEqual({ helder: 'object', require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  test('opens no second window for window.open', async () => {
    await page.evaluate(() => window.open('https://example.org/'));
    expect(app.windows()).toHaveLength(1);
  });

  test('refuses to run a non-web link through the external-link channel', async () => {
    const outcome = await page.evaluate(async () => {
      const api = (window as unknown as { helder: { invoke(channel: string, request: unknown): Promise<unknown> } }).helder;
      return api.invoke('app.openExternal', { url: 'file:///etc/passwd' }).then(
        () => 'opened',
        (error: { code?: string }) => error.code,
      );
    });
    expect(outcome).toMatch(/^(link\.notAllowed|ipc\.invalidRequest)$/);
  });
});
