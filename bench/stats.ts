// Small helpers every benchmark needs: a seeded random source (same note, same edits, every run)
// and order statistics over timings.

/** mulberry32: a tiny seeded generator, so a benchmark's input is identical from run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nearest-rank quantile: the smallest timing with at least `share` (0..1) of all timings at or below it. */
export function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
