// Sections (a heading and the blocks up to the next one, plus the text before the first heading)
// with their counts and readability, and the whole note's counts. A re-check after one edit changes
// one section: the others are handed on from the last check, so the work per keystroke does not
// grow with the length of the note.
import { addCounts, emptyCounts } from './readability/stats';
import type { Block, BlockResult, Readability, ReadabilityCounts, SectionResult } from './types';

/** A section as the last check built it: its first and last (exclusive) block position and counts. */
export interface BuiltSection {
  from: number;
  to: number;
  counts: ReadabilityCounts;
  result: SectionResult;
}

export type ReadabilityOf = (counts: ReadabilityCounts, slot: string | null) => Readability;

/**
 * `unchanged[i]`: block i has the id, kind and text it had at position i in the last check, so its
 * result is the same. A section whose blocks are all unchanged, over the same positions, is reused.
 */
export function buildSections(
  blocks: readonly Block[],
  results: readonly BlockResult[],
  unchanged: readonly boolean[],
  previous: ReadonlyMap<number, BuiltSection>,
  readabilityOf: ReadabilityOf,
): { sections: BuiltSection[]; total: ReadabilityCounts } {
  const sections: BuiltSection[] = [];
  const total = emptyCounts();
  let from = 0;
  while (from < blocks.length) {
    let to = from + 1;
    while (to < blocks.length && blocks[to]!.kind !== 'heading') to++;
    let section = sameSection(previous.get(from), to, unchanged);
    if (!section) {
      const heading = blocks[from]!.kind === 'heading' ? blocks[from]! : null;
      const counts = emptyCounts();
      const blockIds: string[] = [];
      for (let i = from; i < to; i++) {
        blockIds.push(blocks[i]!.id);
        // A heading always counts; other blocks when scored (every kind is, see BlockResult.scored).
        if (i === from && heading) addCounts(counts, results[i]!.counts);
        else if (results[i]!.scored) addCounts(counts, results[i]!.counts);
      }
      const headingId = heading ? heading.id : null;
      section = { from, to, counts, result: { headingId, title: heading ? heading.text.trim() : '', blockIds, readability: readabilityOf(counts, headingId) } };
    }
    sections.push(section);
    addCounts(total, section.counts);
    from = to;
  }
  return { sections, total };
}

function sameSection(before: BuiltSection | undefined, to: number, unchanged: readonly boolean[]): BuiltSection | null {
  if (!before || before.to !== to) return null;
  for (let i = before.from; i < to; i++) if (!unchanged[i]) return null;
  return before;
}
