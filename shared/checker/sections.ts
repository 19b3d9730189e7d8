// Sections (a heading and the blocks up to the next one, plus the text before the first heading)
// with their counts and readability, and the whole note's counts. A re-check changes a run of
// blocks: the sections before it are kept, the ones after it are kept and moved by the change in
// block count, only the ones it touches are built again, and the note's counts are corrected by
// the difference. The work per keystroke does not grow with the length of the note.
import { addCounts, emptyCounts } from './readability/stats';
import type { Block, BlockResult, Readability, ReadabilityCounts, SectionResult } from './types';

export type ReadabilityOf = (counts: ReadabilityCounts, slot: string | null) => Readability;

/** The sections of a check, as parallel lists in note order, and the whole note's counts. */
export interface SectionState {
  /** Position of each section's first block. */
  starts: number[];
  counts: ReadabilityCounts[];
  results: SectionResult[];
  /** Summed over the sections. */
  total: ReadabilityCounts;
  /** How many blocks the note had. */
  blockCount: number;
}

/**
 * Blocks [from, oldTo) of the last check became blocks [from, newTo) of `blocks` (everything before
 * `from` and after the run is the same id, kind and text). `previous` is null on a first check.
 */
export function updateSections(
  blocks: readonly Block[],
  results: readonly BlockResult[],
  previous: SectionState | null,
  from: number,
  oldTo: number,
  newTo: number,
  readabilityOf: ReadabilityOf,
): SectionState {
  const n = blocks.length;
  const shift = newTo - oldTo;
  const starts = previous?.starts ?? [];
  const count = starts.length;
  const oldCount = previous?.blockCount ?? 0;
  // Kept in front: the sections that end before the run, and the one that ends right at it when
  // the block there still starts a section.
  let head = firstEndingAtOrAfter(starts, oldCount, from);
  if (head < count && endOf(starts, oldCount, head) === from && (from === n || results[from]!.kind === 'heading')) head++;
  // Kept behind: the sections that start after the run (at a heading, or the note's start).
  let tail = firstStartingAtOrAfter(starts, oldTo);
  if (tail < count && results[starts[tail]! + shift]!.kind !== 'heading') tail++;
  if (tail < head) tail = head;

  const total = previous ? copyCounts(previous.total) : emptyCounts();
  for (let s = head; s < tail; s++) subtractCounts(total, previous!.counts[s]!);
  const newStarts: number[] = [];
  const newCounts: ReadabilityCounts[] = [];
  const newResults: SectionResult[] = [];
  const rebuildTo = tail < count ? starts[tail]! + shift : n;
  let start = head > 0 ? endOf(starts, oldCount, head - 1) : 0;
  while (start < rebuildTo) {
    let end = start + 1;
    while (end < rebuildTo && results[end]!.kind !== 'heading') end++;
    const counts = countsOf(blocks, results, start, end);
    addCounts(total, counts);
    newStarts.push(start);
    newCounts.push(counts);
    newResults.push(sectionResult(blocks, start, end, counts, readabilityOf));
    start = end;
  }
  const behind = starts.slice(tail);
  if (shift !== 0) for (let s = 0; s < behind.length; s++) behind[s]! += shift;
  return {
    starts: starts.slice(0, head).concat(newStarts, behind),
    counts: (previous?.counts ?? []).slice(0, head).concat(newCounts, (previous?.counts ?? []).slice(tail)),
    results: (previous?.results ?? []).slice(0, head).concat(newResults, (previous?.results ?? []).slice(tail)),
    total,
    blockCount: n,
  };
}

/** Where section s ends (exclusive): the next one's start, or the end of the note. */
function endOf(starts: readonly number[], blockCount: number, s: number): number {
  return s + 1 < starts.length ? starts[s + 1]! : blockCount;
}

/** The first section that ends at or after position `at` (binary search). */
function firstEndingAtOrAfter(starts: readonly number[], blockCount: number, at: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (endOf(starts, blockCount, middle) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first section that starts at or after position `at` (binary search). */
function firstStartingAtOrAfter(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function countsOf(blocks: readonly Block[], results: readonly BlockResult[], from: number, to: number): ReadabilityCounts {
  const counts = emptyCounts();
  const heading = blocks[from]!.kind === 'heading';
  for (let i = from; i < to; i++) {
    // A heading always counts; other blocks when scored (every kind is, see BlockResult.scored).
    if ((i === from && heading) || results[i]!.scored) addCounts(counts, results[i]!.counts);
  }
  return counts;
}

function sectionResult(blocks: readonly Block[], from: number, to: number, counts: ReadabilityCounts, readabilityOf: ReadabilityOf): SectionResult {
  const heading = blocks[from]!.kind === 'heading' ? blocks[from]! : null;
  const blockIds: string[] = [];
  for (let i = from; i < to; i++) blockIds.push(blocks[i]!.id);
  const headingId = heading ? heading.id : null;
  return { headingId, title: heading ? heading.text.trim() : '', blockIds, readability: readabilityOf(counts, headingId) };
}

function copyCounts(counts: ReadabilityCounts): ReadabilityCounts {
  return { words: counts.words, sentences: counts.sentences, syllables: counts.syllables, hardWords: counts.hardWords, letters: counts.letters };
}

/** Counts are whole numbers, so taking a section out and adding its new counts is exact. */
function subtractCounts(target: ReadabilityCounts, source: ReadabilityCounts): void {
  target.words -= source.words;
  target.sentences -= source.sentences;
  target.syllables -= source.syllables;
  target.hardWords -= source.hardWords;
  target.letters -= source.letters;
}
