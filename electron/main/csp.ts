/**
 * The Content-Security-Policy for the renderer. Kept in one place so the response header set by
 * main (the app:// protocol and every response) and the dev server's page agree; renderer/index.html
 * carries the production string as a <meta> as well, for the browser mode and as a second line.
 *
 * - style-src allows inline styles because React style props and Lexical set style attributes.
 * - worker-src allows blob: because bundlers may start module workers from blob URLs.
 * - Development only: the React refresh preamble is an inline script and HMR uses a websocket.
 */
export interface CspOptions {
  dev: boolean;
}

export function contentSecurityPolicy({ dev }: CspOptions): string {
  const directives: Array<[string, string]> = [
    ['default-src', "'self'"],
    ['script-src', dev ? "'self' 'unsafe-inline'" : "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', dev ? "'self' ws://localhost:* ws://127.0.0.1:*" : "'self'"],
    ['worker-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-src', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
