import { flatten, reanchorFlat, type TextBlock } from '../comments/anchor';
import type { NotUnderstoodMark } from '../contract/not-understood';

/*
 * Where a note's "niet begrepen" marks stand, per section. Pure, so the panel summary, the
 * writer's list and the tests read the same grouping.
 */

/** Lower case and single spaces: the key under which marks of the same words are counted together. */
export const wordKey = (words: string): string => words.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

export interface SectionBlock extends TextBlock {
  kind: string;
}

export interface PlacedMark {
  mark: NotUnderstoodMark;
  /** The block holding the words now (their old block when the text around them changed), -1 in an empty note. */
  blockIndex: number;
  /** False when the words are no longer in the text ("tekst gewijzigd"). */
  found: boolean;
}

export interface SectionWord {
  word: string;
  key: string;
  /** Distinct review copies (one resident each) that marked it in this section. */
  residents: number;
  marks: number;
}

export interface SectionMarks {
  /** The heading's text; '' for the text before the first heading. */
  heading: string;
  /** The heading's block index; -1 for the text before the first heading. */
  headingIndex: number;
  /** In document order. */
  marks: PlacedMark[];
  /** Each marked word once: most residents first, then most marks, then alphabetically. */
  words: SectionWord[];
}

function headingBefore(blocks: readonly SectionBlock[], blockIndex: number): number {
  for (let index = Math.min(blockIndex, blocks.length - 1); index >= 0; index -= 1) if (blocks[index]?.kind === 'heading') return index;
  return -1;
}

function wordsOf(marks: readonly PlacedMark[]): SectionWord[] {
  const byKey = new Map<string, { word: string; origins: Set<string>; marks: number }>();
  for (const { mark } of marks) {
    const key = wordKey(mark.anchor.selector.exact);
    const entry = byKey.get(key) ?? { word: mark.anchor.selector.exact.trim(), origins: new Set<string>(), marks: 0 };
    entry.origins.add(mark.origin);
    entry.marks += 1;
    byKey.set(key, entry);
  }
  return [...byKey]
    .map(([key, entry]) => ({ word: entry.word, key, residents: entry.origins.size, marks: entry.marks }))
    .sort((a, b) => b.residents - a.residents || b.marks - a.marks || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A note's marks grouped by the section they stand in (the nearest heading above their words),
 * sections in document order; only sections with marks are listed. Marks are placed in `blocks`
 * (the note's current text, `toBlocks` order) by their quote, as comment threads are.
 */
export function marksBySection(marks: readonly NotUnderstoodMark[], blocks: readonly SectionBlock[]): SectionMarks[] {
  const flat = flatten(blocks);
  const placed = marks.map((mark): PlacedMark & { order: number } => {
    const placement = reanchorFlat(flat, mark.anchor.selector);
    if (placement.status !== 'orphaned') {
      const blockIndex = blocks.findIndex((block) => block.id === placement.blockId);
      return { mark, blockIndex, found: true, order: placement.start };
    }
    const blockIndex = blocks.length === 0 ? -1 : Math.min(mark.anchor.selector.blockIndex, blocks.length - 1);
    return { mark, blockIndex, found: false, order: flat.starts[blockIndex] ?? 0 };
  });
  placed.sort((a, b) => a.order - b.order || (a.mark.id < b.mark.id ? -1 : 1));
  const sections = new Map<number, PlacedMark[]>();
  for (const { mark, blockIndex, found } of placed) {
    const heading = headingBefore(blocks, blockIndex);
    const list = sections.get(heading);
    if (list) list.push({ mark, blockIndex, found });
    else sections.set(heading, [{ mark, blockIndex, found }]);
  }
  return [...sections]
    .sort(([a], [b]) => a - b)
    .map(([headingIndex, items]) => ({ heading: headingIndex === -1 ? '' : (blocks[headingIndex]?.text ?? ''), headingIndex, marks: items, words: wordsOf(items) }));
}
