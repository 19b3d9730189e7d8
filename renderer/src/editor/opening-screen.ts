// How much text the first screen of a note can show, guessed before the note is laid out. Used to
// make the comment marks of the opening screen with the note (mark-json.ts withOpeningMarks). The
// guess decides cost only, not what the writer sees: blocks it leaves out get their marks as they
// come into view (a frame later), and each block it takes in needlessly costs its mark nodes.
import { scrollContainerOf } from '../base/scroll-container';
import type { ScreenSize } from './mark-json';

/** Body text is 16px at line height 1.6; headings and the space between blocks are larger. */
const SMALLEST_LINE_PX = 25;
/** The text column (44rem less its padding) holds fewer characters of body text than this per line. */
const MOST_CHARACTERS_PER_LINE = 100;

/**
 * The opening screen of the editor whose content element is `root`: the height of the part that
 * scrolls it (laid out before the note's text is in it, so that costs little), else the window's.
 * A hidden editor has no opening screen.
 */
export function openingScreen(root: HTMLElement | null): ScreenSize {
  const scroller = root ? scrollContainerOf(root) : null;
  const height = scroller ? scroller.clientHeight : globalThis.innerHeight || 0;
  return { lines: Math.ceil(height / SMALLEST_LINE_PX), charactersPerLine: MOST_CHARACTERS_PER_LINE };
}
