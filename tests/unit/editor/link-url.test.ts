import { describe, expect, it } from 'vitest';
import { allowedLinkUrl, linkUrlFromUserInput } from '../../../renderer/src/editor/link-url';

describe('allowedLinkUrl', () => {
  it('accepts web and mail links', () => {
    expect(allowedLinkUrl('https://www.gemeente.nl/beleid?x=1')).toBe('https://www.gemeente.nl/beleid?x=1');
    expect(allowedLinkUrl('  http://example.org  ')).toBe('http://example.org/');
    expect(allowedLinkUrl('mailto:loket@gemeente.nl')).toBe('mailto:loket@gemeente.nl');
  });

  it('refuses script, data, file and relative links, however they are spelled', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/pad', 'vbscript:x', '', 'https://']) {
      expect(allowedLinkUrl(url)).toBeNull();
    }
  });
});

describe('linkUrlFromUserInput', () => {
  it('completes what people type into a link', () => {
    expect(linkUrlFromUserInput('www.gemeente.nl')).toBe('https://www.gemeente.nl/');
    expect(linkUrlFromUserInput('gemeente.nl/sociale-basis')).toBe('https://gemeente.nl/sociale-basis');
    expect(linkUrlFromUserInput('loket@gemeente.nl')).toBe('mailto:loket@gemeente.nl');
    expect(linkUrlFromUserInput('https://a.nl')).toBe('https://a.nl/');
  });

  it('does not turn plain words or unsafe schemes into links', () => {
    expect(linkUrlFromUserInput('sociale basis')).toBeNull();
    expect(linkUrlFromUserInput('javascript:alert(1)')).toBeNull();
  });
});
