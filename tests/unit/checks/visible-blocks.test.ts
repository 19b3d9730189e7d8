import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksInBand, scrollerBand, type BlockRect } from '../../../renderer/src/features/checks/visible-blocks';

/** Blocks stacked top to bottom with the given heights (0 = empty line), some without element. */
function layout(heights: number[], missing: ReadonlySet<number> = new Set()): Array<BlockRect | null> {
  let y = 0;
  return heights.map((height, index) => {
    const rect = { top: y, bottom: y + height };
    y += height;
    return missing.has(index) ? null : rect;
  });
}

/** What a plain scan over every block would say. */
function scan(rects: Array<BlockRect | null>, top: number, bottom: number): [number, number] | null {
  const hits = rects.flatMap((rect, index) => (rect && rect.bottom >= top && rect.top <= bottom ? [index] : []));
  return hits.length === 0 ? null : [hits[0] as number, hits[hits.length - 1] as number];
}

describe('blocks on screen', () => {
  it('finds the blocks that meet the band in a long note, reading few rects', () => {
    const rects = layout(Array.from({ length: 2000 }, () => 40));
    let reads = 0;
    const found = blocksInBand(rects.length, (index) => (reads++, rects[index] ?? null), { top: 40_000, bottom: 40_800 });
    expect(found).toEqual(scan(rects, 40_000, 40_800));
    expect(reads).toBeLessThan(60);
  });

  it('includes a tall block that starts above the band and reaches into it', () => {
    const rects = layout([40, 40, 2000, 40, 40]);
    expect(blocksInBand(rects.length, (index) => rects[index] ?? null, { top: 500, bottom: 900 })).toEqual([2, 2]);
  });

  it('shows nothing when the note ends above the band', () => {
    const rects = layout([40, 40]);
    expect(blocksInBand(rects.length, (index) => rects[index] ?? null, { top: 500, bottom: 900 })).toBeNull();
  });

  it('agrees with a full scan for any layout and band (blocks without element skipped)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 0, maxLength: 300 }),
        fc.array(fc.nat(299), { maxLength: 20 }),
        fc.integer({ min: -200, max: 20_000 }),
        fc.integer({ min: 0, max: 3000 }),
        (heights, missing, top, size) => {
          const rects = layout(heights, new Set(missing));
          expect(blocksInBand(rects.length, (index) => rects[index] ?? null, { top, bottom: top + size })).toEqual(scan(rects, top, top + size));
        },
      ),
    );
  });
});

describe('the band where the note shows', () => {
  it('is the scroll container clipped to the window, with about two lines either side', () => {
    // The note above a Problems panel: only its 300 visible pixels (plus margins) get ranges.
    expect(scrollerBand({ top: 60, bottom: 360 }, 800)).toEqual({ top: 60 - 37.5, bottom: 360 + 37.5 });
    // A pane taller than the window counts only as far as the window reaches.
    expect(scrollerBand({ top: -200, bottom: 2000 }, 800)).toEqual({ top: -48, bottom: 848 });
  });

  it('is empty when the note is scrolled or squeezed out of view', () => {
    expect(scrollerBand({ top: 900, bottom: 1200 }, 800)).toBeNull();
    expect(scrollerBand({ top: 100, bottom: 100 }, 800)).toBeNull();
  });
});
