// The Reacties view of a note with thousands of threads draws only the rows near the visible part
// (issue 13, 10,000 comments at open): which rows, where they sit, and where the view scrolls to
// show the active one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRAW_ALL_UP_TO, rowTops, rowsBetween, rowsToDraw, scrollToShow } from '../../../renderer/src/features/comments/thread-window';

describe('rows of a long thread list', () => {
  it('sit one below the other with a gap, and the list is as tall as all of them', () => {
    expect(rowTops([100, 50, 80], 6)).toEqual([0, 106, 162, 242]);
    expect(rowTops([], 6)).toEqual([0]);
  });

  it('drawn are exactly those touching the visible part (with its margin), whatever the heights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 400 }), { minLength: DRAW_ALL_UP_TO + 1, maxLength: 300 }), fc.nat(40_000), fc.integer({ min: 100, max: 1200 }), (heights, at, height) => {
        const tops = rowTops(heights, 6);
        const viewTop = at % (tops.at(-1)! + 1);
        const drawn = rowsToDraw(tops, viewTop, height, [], 0);
        const touching = heights.map((_, index) => index).filter((index) => tops[index]! <= viewTop + height && tops[index + 1]! >= viewTop);
        // Every row touching the view is drawn; a drawn row at most reaches into the gap next to it.
        for (const index of touching) expect(drawn).toContain(index);
        for (const index of drawn) expect(tops[index]! <= viewTop + height && tops[index]! + heights[index]! + 6 >= viewTop).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('always include the row with the tab stop, the active row and the one being answered, in list order', () => {
    const tops = rowTops(new Array(2000).fill(120), 6);
    const drawn = rowsToDraw(tops, 0, 600, [1999, 0, 1200], 0);
    expect(drawn.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(drawn.slice(-2)).toEqual([1200, 1999]);
    expect(drawn.length).toBeLessThan(12);
    expect([...drawn].sort((a, b) => a - b)).toEqual(drawn);
  });

  it('are all drawn when the list is short', () => {
    const tops = rowTops(new Array(DRAW_ALL_UP_TO).fill(120), 6);
    expect(rowsToDraw(tops, 0, 300, [])).toHaveLength(DRAW_ALL_UP_TO);
  });

  it('none is drawn for a view past the end', () => {
    expect(rowsBetween(rowTops([100, 100]), 500, 900)).toEqual({ first: 0, last: -1 });
  });
});

describe('scrolling to the active thread', () => {
  it('moves as little as needed, and not at all when the row is in view', () => {
    expect(scrollToShow(200, 300, 100, 400)).toBeNull();
    expect(scrollToShow(50, 150, 100, 400)).toBe(50);
    expect(scrollToShow(600, 700, 100, 400)).toBe(300);
    // A row taller than the view shows its top.
    expect(scrollToShow(600, 1200, 100, 400)).toBe(600);
  });
});
