/**
 * Only web links leave the app. file:, javascript:, custom protocols and anything with
 * credentials in it are refused, so a crafted link in a note cannot start a program.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  return url.hostname.length > 0;
}
