/**
 * Sizes Helder accepts. A real note is a few megabytes at most; these bounds keep a hostile or
 * broken file from costing minutes or gigabytes before it can be refused, and are far above
 * anything a writer makes (a 20,000-word note with 200 revisions is about 30 MB).
 */
export const MAX_NOTE_FILE_BYTES = 200 * 1024 * 1024;
/** Matches the contract's DocumentJson cap. */
export const MAX_DOCUMENT_CHARS = 50 * 1024 * 1024;
/** A returned review copy holds a text and residents' comments: far smaller than a note. */
export const MAX_REVIEW_COPY_BYTES = 60 * 1024 * 1024;
export const MAX_THREADS_PER_NOTE = 20_000;
export const MAX_COMMENTS_PER_NOTE = 100_000;
export const MAX_COMMENTS_PER_COPY = 20_000;
/** Nesting beyond this is no document a person wrote; Lexical would recurse on it. */
export const MAX_DOCUMENT_DEPTH = 64;

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1).replace('.', ',')} GB`;
  return `${Math.max(1, Math.round(mb))} MB`;
}
