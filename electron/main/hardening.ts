import { app, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from './csp';
import { isTrustedSenderUrl, type RendererLocation } from './sender';

/**
 * Session-wide rules: the CSP header on every response (the dev server sends none of its own),
 * and no permission (camera, notifications, geolocation, ...) for any page, ever.
 */
export function hardenSession(target: Session, dev: boolean): void {
  const policy = contentSecurityPolicy({ dev });
  target.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Applies to every web contents the app ever creates, including ones we did not expect. */
export function hardenAllWebContents(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));
}

function hardenWebContents(contents: WebContents, location: RendererLocation): void {
  // Nothing may replace the editor page. Links leave the app only through the checked
  // `app.openExternal` channel, never through navigation or window.open.
  contents.on('will-navigate', (event, url) => {
    if (location.kind === 'dev' && isTrustedSenderUrl(url, location)) return; // Vite's full reload
    event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedSenderUrl(url, location)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
