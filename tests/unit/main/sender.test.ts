import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { isTrustedSenderUrl, type RendererLocation } from '../../../electron/main/sender';

describe('IPC sender check', () => {
  const dev: RendererLocation = { kind: 'dev', url: 'http://localhost:5173' };
  const indexPath = join('/opt', 'Helder', 'resources', 'app.asar', 'out', 'renderer', 'index.html');
  const built: RendererLocation = { kind: 'file', indexPath };

  it('answers the dev server page, also after client-side routing', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/index.html#/note', dev)).toBe(true);
  });

  it('refuses other origins in development', () => {
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/', dev)).toBe(false);
  });

  it('answers only the built index.html, not another local file', () => {
    const own = pathToFileURL(indexPath).href;
    expect(isTrustedSenderUrl(own, built)).toBe(true);
    expect(isTrustedSenderUrl(`${own}#/settings`, built)).toBe(true);
    expect(isTrustedSenderUrl(pathToFileURL(join('/tmp', 'evil.html')).href, built)).toBe(false);
    expect(isTrustedSenderUrl(pathToFileURL(join('/opt', 'Helder', 'resources', 'app.asar', 'out', 'renderer', 'other.html')).href, built)).toBe(false);
  });

  it('refuses missing, blank and malformed URLs', () => {
    expect(isTrustedSenderUrl(undefined, built)).toBe(false);
    expect(isTrustedSenderUrl('', dev)).toBe(false);
    expect(isTrustedSenderUrl('about:blank', built)).toBe(false);
    expect(isTrustedSenderUrl('not a url', dev)).toBe(false);
  });
});
