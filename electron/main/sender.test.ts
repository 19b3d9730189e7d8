import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { isTrustedSenderUrl, type RendererLocation } from './sender';

describe('IPC sender check', () => {
  const dev: RendererLocation = { kind: 'dev', url: 'http://localhost:5173' };
  const rendererDir = join('/opt', 'Helder', 'resources', 'app.asar', 'out', 'renderer');
  const built: RendererLocation = { kind: 'app', rendererDir };

  it('answers the dev server page, also after client-side routing', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/index.html#/note', dev)).toBe(true);
  });

  it('refuses other origins in development', () => {
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/', dev)).toBe(false);
  });

  it('answers exactly the app://helder origin in the built app, never a file:// page', () => {
    expect(isTrustedSenderUrl('app://helder/index.html', built)).toBe(true);
    expect(isTrustedSenderUrl('app://helder/index.html#/settings', built)).toBe(true);
    // The page used to be file://…/index.html; now no local file is trusted, not even that one.
    expect(isTrustedSenderUrl(pathToFileURL(join(rendererDir, 'index.html')).href, built)).toBe(false);
    expect(isTrustedSenderUrl(pathToFileURL(join('/tmp', 'evil.html')).href, built)).toBe(false);
    for (const url of ['app://evil/index.html', 'app://helder.evil/index.html', 'app://x@helder/index.html', 'app://helder:8080/index.html', 'apps://helder/index.html', 'http://helder/index.html']) {
      expect(isTrustedSenderUrl(url, built), url).toBe(false);
    }
  });

  it('refuses missing, blank and malformed URLs', () => {
    expect(isTrustedSenderUrl(undefined, built)).toBe(false);
    expect(isTrustedSenderUrl('', dev)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', built)).toBe(false);
    expect(isTrustedSenderUrl('not a url', dev)).toBe(false);
  });
});
