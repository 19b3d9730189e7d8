import { readFile, stat } from 'node:fs/promises';
import { mimeTypeOf, rendererFileFor } from './renderer-files';

/**
 * The built app loads its page from app://helder/ instead of file://. Every file:// page shares
 * one origin with every other local file and Chromium grants it extra rights; app://helder is an
 * origin of its own, serves only the files in out/renderer, and carries the CSP as a real header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'helder';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready` (protocol.registerSchemesAsPrivileged): standard so relative URLs and
 * the origin work like https, secure so the page is a secure context, fetch for the worker and the
 * word lists. No service workers, no bypassing the CSP, and not CORS-enabled: in Electron that
 * privilege lets other origins read a scheme's responses without any Access-Control check, and
 * the page only ever loads its own origin.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
} as const;

/** Is this URL on our own origin, app://helder (no user, password or port)? */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

function refuse(status: 403 | 404 | 405): Response {
  return new Response(status === 405 ? 'niet toegestaan' : status === 403 ? 'verboden' : 'niet gevonden', {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** The protocol.handle handler: files inside rendererDir with their MIME type and the CSP, nothing else. */
export function createAppProtocolHandler(rendererDir: string, contentSecurityPolicy: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(404);
    }
    if (!isAppOrigin(url)) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = rendererFileFor(rendererDir, url.pathname);
    if (!file) return refuse(403);
    const isFile = await stat(file).then((info) => info.isFile(), () => false);
    if (!isFile) return refuse(404);
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeOf(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
