import { describe, expect, it } from 'vitest';
import { locate, offsetInBlock, segmentsFromLengths } from '../../../renderer/src/features/checks/offsets';

// "De " + bold "Wmo" + line break + "helpt" : pieces of 3, 3, 1 (no DOM text), 5
const segments = segmentsFromLengths([
  { key: 'a', length: 3 },
  { key: 'b', length: 3 },
  { key: null, length: 1 },
  { key: 'c', length: 5 },
]);

describe('offset mapping', () => {
  it('puts a range that starts at a boundary in the next piece and one that ends there in the previous', () => {
    expect(locate(segments, 3, 'start')).toEqual({ index: 1, offset: 0 });
    expect(locate(segments, 6, 'end')).toEqual({ index: 1, offset: 3 });
  });

  it('maps offsets inside a piece', () => {
    expect(locate(segments, 1, 'start')).toEqual({ index: 0, offset: 1 });
    expect(locate(segments, 9, 'end')).toEqual({ index: 3, offset: 2 });
  });

  it('steps over a line break, which has no DOM text', () => {
    expect(locate(segments, 6, 'start')).toEqual({ index: 3, offset: 0 });
    expect(locate(segments, 7, 'end')).toEqual({ index: 1, offset: 3 });
  });

  it('returns nothing for offsets past the text', () => {
    expect(locate(segments, 12, 'start')).toBeNull();
  });

  it('maps a point in a piece back to a block offset', () => {
    expect(offsetInBlock(segments, 'c', 2)).toBe(9);
    expect(offsetInBlock(segments, 'zz', 2)).toBeNull();
  });
});
