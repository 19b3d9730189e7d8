import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../tests/fixtures/store/temp';
import { APP_INDEX_URL, createAppProtocolHandler } from './app-protocol';
import { contentSecurityPolicy } from './csp';

const folder = tempFolder('helder-app-protocol-');
const rendererDir = join(folder.dir, 'out', 'renderer');
const policy = contentSecurityPolicy({ dev: false });
const handle = createAppProtocolHandler(rendererDir, policy);
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Helder</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.dic'), 'woord');
  writeFileSync(join(folder.dir, 'out', 'geheim.txt'), 'niet voor de pagina');
});
afterAll(() => folder.cleanup());

describe('app:// protocol', () => {
  it('serves the page with the CSP header and each file with its MIME type', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Helder</title>');
    expect((await get('app://helder/')).status).toBe(200);
    const types = await Promise.all(['index-abc.js', 'index-abc.css', 'index-abc.dic'].map(async (name) => (await get(`app://helder/assets/${name}`)).headers.get('content-type')));
    expect(types).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'text/plain; charset=utf-8']);
  });

  it('refuses paths outside out/renderer, other hosts, missing files and writes', async () => {
    for (const url of ['app://helder/..%2fgeheim.txt', 'app://helder/assets/..%2f..%2fgeheim.txt', 'app://helder/..%5cgeheim.txt', 'app://helder/%00.js', 'app://helder/%E0%A4%A']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('niet voor de pagina');
    }
    // Dot segments are resolved by URL parsing itself: they stay inside the folder.
    for (const url of ['app://helder/../geheim.txt', 'app://helder/%2e%2e/geheim.txt', 'app://helder/nope.js', 'app://helder/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('niet voor de pagina');
    }
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
