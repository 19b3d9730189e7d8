import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EventName } from '../../shared/contract';
import { contentSecurityPolicy } from '../main/csp';
import { mimeTypeOf, rendererFileFor } from '../main/renderer-files';
import { createServices, type ServiceOptions } from '../services';
import { dispatch } from '../services/dispatch';

/**
 * The loopback host: serves the built renderer and answers the API over HTTP with the very
 * handlers Electron main registers, on real .helder files. The e2e tests and benchmarks run the
 * renderer against it, and `npm start` uses it as the browser mode when there is no Electron.
 *
 * Only 127.0.0.1 listens; every call needs the random token that is handed to the page in a
 * <meta> tag; and a request is only answered when its Host header names this very address
 * (127.0.0.1:<port> or localhost:<port>). Without that last check a web page on a hostile domain
 * that re-points its DNS name to 127.0.0.1 (DNS rebinding) would count as same-origin, read the
 * page with its token and then call the API.
 */
export interface HostOptions {
  rendererDir: string;
  userDataDir: string;
  sampleDir: string;
  port?: number;
  /** Opens a checked http(s) link for the user; the test host opens nothing. */
  openExternal?: ServiceOptions['openExternal'];
}

export interface Host {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 60 * 1024 * 1024;
const CSP = contentSecurityPolicy({ dev: false });

/** The Host header values that name this server: nothing else is answered (DNS rebinding). */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader?.toLowerCase() === `localhost:${port}`;
}

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
    async openExternal(url) {
      // The service has already checked the URL; the test host passes no opener and opens nothing.
      await options.openExternal?.(url);
    },
    emit(event: EventName, payload: unknown) {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      streams.forEach((stream) => stream.write(data));
    },
  });
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!isOwnHost(request.headers.host, port)) return refuse(response, 421, 'onbekende host');
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
    let file = rendererFileFor(options.rendererDir, pathname);
    if (!file) return deny(response);
    // Paths the page routes itself (and anything unknown) get the page.
    if (!(await stat(file).then((info) => info.isFile(), () => false))) file = join(options.rendererDir, 'index.html');
    let content: Buffer | string = await readFile(file);
    if (basename(file) === 'index.html') {
      content = content.toString('utf8').replace('<head>', `<head>\n    <meta name="helder-host-token" content="${token}" />`);
    }
    response.writeHead(200, {
      'content-type': mimeTypeOf(file),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(content);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
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
  refuse(response, 403, 'verboden');
}

function refuse(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
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
