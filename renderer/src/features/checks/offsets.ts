// Block-local character offsets -> positions inside the block's pieces of text. Pure, so the
// edge cases (boundaries between pieces, line breaks without a DOM text node) are unit-tested.

/** One piece of a block's text: a Lexical text node (key) or something without DOM text (null). */
export interface TextSegment {
  key: string | null;
  start: number;
  length: number;
}

export interface SegmentPoint {
  index: number;
  offset: number;
}

export function segmentsFromLengths(pieces: ReadonlyArray<{ key: string | null; length: number }>): TextSegment[] {
  let start = 0;
  return pieces.map((piece) => {
    const segment = { key: piece.key, start, length: piece.length };
    start += piece.length;
    return segment;
  });
}

/**
 * Finds the text piece that holds `offset`. At a boundary between two pieces, a range start
 * belongs to the next piece and a range end to the previous one, so a highlight never begins
 * or ends on an empty sliver of a neighbouring node. Pieces without DOM text are skipped.
 */
export function locate(segments: readonly TextSegment[], offset: number, side: 'start' | 'end'): SegmentPoint | null {
  if (side === 'start') {
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index] as TextSegment;
      if (segment.key === null) continue;
      if (offset >= segment.start && offset < segment.start + segment.length) return { index, offset: offset - segment.start };
      if (offset < segment.start) return { index, offset: 0 }; // started inside a line break
    }
    return null;
  }
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index] as TextSegment;
    if (segment.key === null) continue;
    if (offset > segment.start && offset <= segment.start + segment.length) return { index, offset: offset - segment.start };
    if (offset >= segment.start + segment.length) return { index, offset: segment.length }; // ended inside a line break
  }
  return null;
}

/** Block-local offset of a point inside piece `key` (for hit-testing the mouse or the caret). */
export function offsetInBlock(segments: readonly TextSegment[], key: string, offset: number): number | null {
  const segment = segments.find((item) => item.key === key);
  return segment ? segment.start + Math.min(Math.max(0, offset), segment.length) : null;
}
