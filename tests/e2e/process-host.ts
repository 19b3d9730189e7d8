// The test host in a child process under tsx, for specs that need the versions and report
// services: they load the checker, whose JSON word lists and `hyphen/nl` import Playwright's own
// module loader cannot resolve. Same handlers, same real .helder files, only another process.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { expect } from './fixtures';

/** `app.url` is the host's address; `hostSettings` are the settings the app starts with. */
export const processHostTest = base.extend<{ hostSettings: Record<string, unknown>; app: { dataDir: string; url: string } }>({
  // A tall panel, so the versions screenshots show the versions, the comparison and the report.
  hostSettings: [{ panelHeight: 720, authorName: 'Kees (e2e)' }, { option: true }],
  app: async ({ page, hostSettings }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-e2e-versions-'));
    fs.mkdirSync(path.join(dataDir, 'userdata'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'userdata', 'settings.json'), JSON.stringify(hostSettings));
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../host/cli.ts')], {
      env: { ...process.env, HELDER_HOST_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Helder test host: (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`test host stopped (${code})`)));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use({ dataDir, url });
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(errors, 'the page threw uncaught errors').toEqual([]);
  },
});
