import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { expect } from './fixtures';

export interface ChildHost {
  dataDir: string;
  url: string;
}

/**
 * A spec whose services load the checker (versions, report, the paper packet's word list) runs
 * the test host in a child process under tsx: the checker's JSON word lists and `hyphen/nl`
 * import are more than Playwright's own module loader resolves. Same handlers, same real .helder
 * files, only another process. `settings` is written as the user's settings.json before start.
 */
export function withChildHost(settings: Record<string, unknown> = {}) {
  return base.extend<{ app: ChildHost }>({
    app: async ({ page }, use) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-e2e-child-'));
      fs.mkdirSync(path.join(dataDir, 'userdata'), { recursive: true });
      fs.writeFileSync(path.join(dataDir, 'userdata', 'settings.json'), JSON.stringify(settings));
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
}
