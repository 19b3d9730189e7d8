// Offset → 1-based line and column, with a line-start table built once per text.
import { lastStartAtOrBefore } from './sorted-search';

export type LineIndex = (offset: number) => { line: number; column: number };

export function createLineIndex(text: string): LineIndex {
  let starts: number[] | null = null;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    const line = lastStartAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}
