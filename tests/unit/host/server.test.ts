import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../host/server';
import { tempFolder } from '../../fixtures/store/temp';

/** The loopback host answers only requests addressed to itself, and serves only the renderer folder. */
const folder = tempFolder('helder-host-');
const rendererDir = join(folder.dir, 'renderer');
let host: Host;
let port: number;

function get(path: string, hostHeader: string | null, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; type: string; body: string }>((done, fail) => {
    const headers: Record<string, string> = { ...init.headers };
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers, setHost: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    if (hostHeader !== null) req.setHeader('host', hostHeader);
    req.on('error', fail);
    req.end(init.body);
  });
}

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Helder</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(folder.dir, 'geheim.txt'), 'niet voor de pagina');
  host = await startHost({ rendererDir, userDataDir: join(folder.dir, 'userdata'), sampleDir: join(folder.dir, 'documenten') });
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  folder.cleanup();
});

describe('loopback host', () => {
  it('serves the page with its token to 127.0.0.1:<port> and localhost:<port>', async () => {
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const page = await get('/', name);
      expect(page.status, name).toBe(200);
      expect(page.body).toContain(`content="${host.token}"`);
      expect(page.type).toBe('text/html; charset=utf-8');
    }
  });

  it('refuses any other Host header (DNS rebinding), for the page and for the API', async () => {
    for (const name of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost`, `127.0.0.1.evil.example:${port}`, '', null]) {
      const page = await get('/', name);
      // Without any Host header Node's HTTP parser already answers 400 Bad Request.
      expect(page.status, String(name)).toBe(name === null ? 400 : 421);
      expect(page.body).not.toContain(host.token);
      const api = await get('/api/settings.get', name, { method: 'POST', headers: { 'x-helder-token': host.token, 'content-type': 'application/json' }, body: '{}' });
      expect(api.status, String(name)).toBe(name === null ? 400 : 421);
    }
    const own = await get('/api/settings.get', `127.0.0.1:${port}`, { method: 'POST', headers: { 'x-helder-token': host.token }, body: '{}' });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
  });

  it('sends files with their MIME type and nothing from outside the renderer folder', async () => {
    const script = await get('/assets/app.js', `127.0.0.1:${port}`);
    expect(script.type).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    // A /../ (also written %2e%2e) is resolved away by URL parsing: it asks for /geheim.txt inside the folder, which gets the page.
    for (const path of ['/../geheim.txt', '/%2e%2e/geheim.txt']) expect((await get(path, `127.0.0.1:${port}`)).body, path).toContain('<title>Helder</title>');
    for (const path of [ '/assets/..%2f..%2fgeheim.txt', '/%2e%2e%5cgeheim.txt', '/%00']) {
      const response = await get(path, `127.0.0.1:${port}`);
      expect(response.body, path).not.toContain('niet voor de pagina');
      expect(response.status, path).toBe(403);
    }
  });
});
