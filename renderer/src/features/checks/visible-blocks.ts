// Which blocks of the note are on screen (plus a margin). Only blocks in this band get check marks:
// a 20,000-word note has thousands of findings, and each mark is measured (client rects) and kept
// in the mark layer, so marks for text nobody sees would cost at open and whenever text above
// them moves. Pure apart from the rect callback, so the search is unit-tested.

export interface BlockRect {
  top: number;
  bottom: number;
}

export interface Band {
  top: number;
  bottom: number;
}

/**
 * Indexes [first, last] of the blocks that meet `band`, or null when none do. `rectOf(i)` is the
 * viewport rect of block i (null when it has no element); blocks are in document order, so their
 * tops never decrease. Reads O(log n + shown) rects; at most `limit` blocks are returned.
 */
export function blocksInBand(count: number, rectOf: (index: number) => BlockRect | null, band: Band, limit = 400): [number, number] | null {
  if (count === 0) return null;
  // Last block that starts above the band: it may reach into it.
  let low = 0;
  let high = count - 1;
  let start = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const probe = firstRect(rectOf, middle, high);
    if (!probe) {
      high = middle - 1;
      continue;
    }
    if (probe.rect.top < band.top) {
      start = probe.index;
      low = probe.index + 1;
    } else high = middle - 1;
  }
  let first = -1;
  let last = -1;
  for (let index = start; index < count && index - start < limit; index++) {
    const rect = rectOf(index);
    if (!rect) continue;
    if (rect.top > band.bottom) break;
    if (rect.bottom < band.top) continue;
    if (first < 0) first = index;
    last = index;
  }
  return first < 0 ? null : [first, last];
}

/** The first block from `index` up to `high` that has a rect. */
function firstRect(rectOf: (index: number) => BlockRect | null, index: number, high: number): { index: number; rect: BlockRect } | null {
  for (let at = index; at <= high; at++) {
    const rect = rectOf(at);
    if (rect) return { index: at, rect };
  }
  return null;
}

/**
 * The part of the window where the note shows: its scroll container's rect clipped to the window,
 * with a margin of about two lines above and below. (This was kept tight when marks were CSS
 * highlights, which Chromium repainted for the whole band on every keystroke; the mark layer
 * repaints only what moves, and a small band still keeps the work per frame small.) Scrolling adds
 * the marks of blocks that come into view in the same frame.
 */
export function scrollerBand(scroller: BlockRect, windowHeight: number): Band | null {
  const top = Math.max(0, scroller.top);
  const bottom = Math.min(windowHeight, scroller.bottom);
  if (bottom <= top) return null;
  const margin = Math.min((bottom - top) / 8, BAND_MARGIN_PX);
  return { top: top - margin, bottom: bottom + margin };
}

/** At most this much beyond the visible part of the note gets ranges (about two lines of text). */
export const BAND_MARGIN_PX = 48;

/** The window's height and half of it above and below: scrolling a little needs no new ranges. */
export function viewportBand(): Band {
  const height = globalThis.innerHeight || 800;
  return { top: -height / 2, bottom: height * 1.5 };
}
