/** Longest comment body kept; longer text is cut, not refused, so nothing a resident typed is lost silently in the UI. */
export const MAX_BODY_LENGTH = 10_000;
export const MAX_AUTHOR_LENGTH = 200;

/**
 * Comments are plain text, never markup: nothing is parsed or stripped except control characters
 * (NUL and other C0 codes, DEL, which break exports and terminals), keeping line breaks and tabs.
 * HTML in a comment stays literally what the person typed; escaping is the job of each output.
 */
export function cleanText(text: string, maxLength: number = MAX_BODY_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
  if (cleaned.length <= maxLength) return cleaned;
  // Cut in UTF-16 units like the schemas count, but never through a surrogate pair.
  const cut = cleaned.slice(0, maxLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Author names are one line. */
export function cleanAuthor(name: string): string {
  return cleanText(name.replace(/[\n\t]+/g, ' '), MAX_AUTHOR_LENGTH).trim();
}
