import { APP_INDEX_URL, isAppOrigin } from './app-protocol';

/** Where our own renderer lives: the dev server in `electron-vite dev`, app://helder/ otherwise. */
export type RendererLocation = { kind: 'dev'; url: string } | { kind: 'app'; rendererDir: string };

export function rendererUrl(location: RendererLocation): string {
  return location.kind === 'dev' ? location.url : APP_INDEX_URL;
}

/**
 * IPC is only answered for our own page. A frame that navigated elsewhere (or an injected
 * iframe) gets `ipc.forbidden`: the dev server by its origin, the built app by exactly the
 * app://helder origin, which serves nothing but out/renderer. (file:// is never trusted: every
 * local file shares that one opaque origin.)
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, location: RendererLocation): boolean {
  if (!senderUrl) return false;
  let sender: URL;
  try {
    sender = new URL(senderUrl);
  } catch {
    return false;
  }
  if (location.kind === 'app') return isAppOrigin(sender);
  return sender.origin === new URL(location.url).origin;
}
