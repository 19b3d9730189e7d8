// Which rows of a long thread list to draw: the Reacties view of a note with 2,000 threads draws
// only the rows in and near the visible part of its scroll area, each at its own place in a list
// as tall as all rows together. Rows not drawn yet count with an estimated height until drawn.
// Pure, so the arithmetic is tested without a page.

/** Lists this short are drawn whole: nothing to gain, and every row stays in the page. */
export const DRAW_ALL_UP_TO = 40;
/** Height of a row never drawn: a summary with its quote, one comment line and the buttons. */
export const ESTIMATED_ROW_PX = 120;
/** Space between rows. */
export const ROW_GAP_PX = 6;
/** Drawn beyond the visible part, above and below, so a short scroll shows rows already there. */
export const OVERSCAN_PX = 400;

/** Top of every row and, last, the height of the whole list: `tops.length === heights.length + 1`. */
export function rowTops(heights: readonly number[], gap = ROW_GAP_PX): number[] {
  const tops = new Array<number>(heights.length + 1);
  let at = 0;
  for (let index = 0; index < heights.length; index += 1) {
    tops[index] = at;
    at += heights[index]! + (index < heights.length - 1 ? gap : 0);
  }
  tops[heights.length] = at;
  return tops;
}

/** The first and last row touching [from, to] of the list (first > last when none does). */
export function rowsBetween(tops: readonly number[], from: number, to: number): { first: number; last: number } {
  const rows = tops.length - 1;
  if (rows <= 0 || to < 0 || from > tops[rows]!) return { first: 0, last: -1 };
  // The last row starting at or before `from`, and the last starting at or before `to`.
  const lastStartingBy = (offset: number) => {
    let low = 0;
    let high = rows - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (tops[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  return { first: lastStartingBy(Math.max(0, from)), last: lastStartingBy(to) };
}

/**
 * The rows to draw, in list order: those touching the visible part widened by the overscan, and
 * always the `kept` rows (the one holding the list's tab stop, the active one, one being answered),
 * so keyboard focus never lands on a row that is not in the page.
 */
export function rowsToDraw(tops: readonly number[], viewTop: number, viewHeight: number, kept: readonly number[], overscan = OVERSCAN_PX): number[] {
  const rows = tops.length - 1;
  if (rows <= DRAW_ALL_UP_TO) return Array.from({ length: rows }, (_, index) => index);
  const { first, last } = rowsBetween(tops, viewTop - overscan, viewTop + viewHeight + overscan);
  const out = new Set<number>();
  for (let index = first; index <= last; index += 1) out.add(index);
  for (const index of kept) if (index >= 0 && index < rows) out.add(index);
  return [...out].sort((a, b) => a - b);
}

/**
 * Where to scroll so a row is wholly visible with the least movement (as scrollIntoView's
 * "nearest"), or null when it already is. All in the scroll area's own coordinates.
 */
export function scrollToShow(rowTop: number, rowBottom: number, scrollTop: number, viewHeight: number): number | null {
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewHeight) return Math.min(rowTop, rowBottom - viewHeight);
  return null;
}
