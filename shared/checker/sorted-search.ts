// One binary search for the tables of start offsets the checker keeps (line starts, sentence starts).

/** Index of the last start at or before `offset` in ascending `starts` (0 when none is). */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
