// Which link targets a note may hold. Only web and mail links: anything else (javascript:,
// data:, file:, relative paths) could do harm when a reader clicks it, or means nothing
// outside the author's machine.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Returns the normalised URL when it is an allowed absolute link, otherwise null. */
export function allowedLinkUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

/**
 * For a link the user types: "www.gemeente.nl" or "gemeente.nl/beleid" means https,
 * "naam@gemeente.nl" means mailto. Returns null when it cannot become an allowed link.
 */
export function linkUrlFromUserInput(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return allowedLinkUrl(text);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return allowedLinkUrl(`mailto:${text}`);
  if (/^[^\s/]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(text)) return allowedLinkUrl(`https://${text}`);
  return null;
}
