import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/links';

describe('external links', () => {
  it('lets web links through', () => {
    expect(isSafeExternalUrl('https://www.rijksoverheid.nl/onderwerpen')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/?q=1')).toBe(true);
  });

  it('refuses links that could start a program or read local files', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic', 'smb://server/share', 'data:text/html,<b>x</b>', 'vbscript:msgbox', '']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses web links with a user name or password in them', () => {
    expect(isSafeExternalUrl('https://user:secret@example.org/')).toBe(false);
    expect(isSafeExternalUrl('https://www.gemeente.nl@evil.example/')).toBe(false);
  });
});
