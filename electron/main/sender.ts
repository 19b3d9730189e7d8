import { pathToFileURL } from 'node:url';

/** Where our own renderer lives: the dev server in `electron-vite dev`, the built index.html otherwise. */
export type RendererLocation = { kind: 'dev'; url: string } | { kind: 'file'; indexPath: string };

export function rendererUrl(location: RendererLocation): string {
  return location.kind === 'dev' ? location.url : pathToFileURL(location.indexPath).href;
}

/**
 * IPC is only answered for our own page. A frame that navigated elsewhere (or an injected
 * iframe) gets `ipc.forbidden`: dev server by origin, built app by exact file path, because
 * every file:// URL shares one opaque origin.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, location: RendererLocation): boolean {
  if (!senderUrl) return false;
  let sender: URL;
  try {
    sender = new URL(senderUrl);
  } catch {
    return false;
  }
  const expected = new URL(rendererUrl(location));
  if (location.kind === 'dev') return sender.origin === expected.origin;
  return sender.protocol === 'file:' && sender.host === expected.host && decodeURIComponent(sender.pathname) === decodeURIComponent(expected.pathname);
}
