import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import type { EventName } from '../../shared/contract';

/**
 * The browser test host: serves the built renderer and answers the API over loopback HTTP with the
 * very handlers Electron main registers, on real .helder files. Only 127.0.0.1, and every call
 * needs the random token that is handed to the page in a <meta> tag.
 */
export interface HostOptions {
  rendererDir: string;
  userDataDir: string;
  sampleDir: string;
  port?: number;
}

export interface Host {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 60 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('hex');
  const streams = new Set<ServerResponse>();
  const trashDir = join(options.userDataDir, 'prullenbak');
  const services = createServices({
    userDataDir: options.userDataDir,
    sampleDir: options.sampleDir,
    async trashItem(path) {
      await mkdir(trashDir, { recursive: true });
      await rename(path, join(trashDir, `${Date.now()}-${basename(path)}`));
    },
    async chooseFolder() {
      return null;
    },
    async openExternal() {
      // The test host never opens a browser; the handler has already checked the URL.
    },
    emit(event: EventName, payload: unknown) {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      streams.forEach((stream) => stream.write(data));
    },
  });
  const rendererRoot = resolve(options.rendererDir);

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST' || request.headers['x-helder-token'] !== token) return deny(response);
      const body = await readBody(request);
      let payload: unknown;
      try {
        payload = JSON.parse(body);
      } catch {
        payload = undefined;
      }
      const reply = await dispatch(services.handlers, decodeURIComponent(url.pathname.slice(5)), payload);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply));
      return;
    }
    if (url.pathname === '/events') {
      if (url.searchParams.get('token') !== token) return deny(response);
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': ok\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    await serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: ServerResponse) {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = resolve(rendererRoot, relative || 'index.html');
    if (!file.startsWith(rendererRoot + sep) && file !== rendererRoot) return deny(response);
    if (!existsSync(file) || file === rendererRoot) file = join(rendererRoot, 'index.html');
    let content: Buffer | string = await readFile(file);
    if (file.endsWith('index.html')) {
      content = content.toString('utf8').replace('<head>', `<head>\n    <meta name="helder-host-token" content="${token}" />`);
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(content);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    async close() {
      streams.forEach((stream) => stream.end());
      services.dispose();
      // Browser contexts may still hold keep-alive sockets; the host's life ends with the test.
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function deny(response: ServerResponse) {
  response.writeHead(403, { 'content-type': 'text/plain' });
  response.end('verboden');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
