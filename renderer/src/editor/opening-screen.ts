// How much text the first screen of a note can show, guessed before anything is laid out (asking
// the page would force a layout of the whole note). Used to make the comment marks of the opening
// screen with the note (mark-json.ts withOpeningMarks); the guess only decides cost, not what the
// writer sees: blocks it misses get their marks as they come into view.
import type { ScreenSize } from './mark-json';

/** Lines no smaller than this (body text is 16px at 1.6; headings are larger). */
const SMALLEST_LINE_PX = 20;
/** The text column (44rem) holds at most this many characters of body text per line. */
const MOST_CHARACTERS_PER_LINE = 120;

/** The opening screen of a note in a window `height` CSS pixels high, generously counted. */
export function openingScreen(height = globalThis.innerHeight || 800): ScreenSize {
  return { lines: Math.ceil(height / SMALLEST_LINE_PX), charactersPerLine: MOST_CHARACTERS_PER_LINE };
}
