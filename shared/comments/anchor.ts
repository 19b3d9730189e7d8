/*
 * Quote anchors: how a comment finds its words again after the text changed.
 *
 * Choice: an anchor may span several blocks. Offsets are taken in the document's "flat text", the
 * blocks' plain text joined with one '\n' between blocks. A selection from the middle of one
 * paragraph into the next is then one quote, and a quote that contains a block break only matches
 * where that break still is. Block ids (`b3`, `b5.2`) are position paths, not identities, so they
 * are stored as a hint for "the nearest place" and never trusted to find the words.
 *
 * Safety rule: a comment is never moved to other words. The returned range always holds exactly
 * the quoted text, and an occurrence is only accepted when its surroundings vouch for it: at least
 * one side of the stored context is still intact, or enough context characters on both sides
 * together still match. Anything else is "orphaned" (shown as "tekst gewijzigd").
 */

/** Characters of context kept before and after the quote. */
export const CONTEXT_LENGTH = 32;
/** With neither side fully intact, this many matching context characters (both sides together) still vouch for a place. */
export const MIN_PARTIAL_CONTEXT = 16;

export interface TextBlock {
  id: string;
  text: string;
}

export interface QuoteSelector {
  /** The quoted text itself, exactly as selected. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters before the quote; shorter only at the start of the document. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after the quote; shorter only at the end of the document. */
  suffix: string;
  /** Index (in `toBlocks` order) of the block where the quote starts. */
  blockIndex: number;
  blockId?: string | undefined;
  /** Offsets into the flat text when the anchor was made or last placed: a hint, not a truth. */
  start?: number | undefined;
  end?: number | undefined;
}

export interface BlockPoint {
  blockId: string;
  /** Offset within the block's own text. */
  offset: number;
}

export interface PlacedAnchor {
  /** `exact`: quote and both context sides unchanged. `moved`: same words, surroundings changed. */
  status: 'exact' | 'moved';
  /** The block where the quote starts (same as `from.blockId`). */
  blockId: string;
  /** Flat-text offsets; `flat.slice(start, end) === selector.exact`. */
  start: number;
  end: number;
  from: BlockPoint;
  to: BlockPoint;
}

export interface OrphanedAnchor {
  status: 'orphaned';
  /** Where to show "tekst gewijzigd": the block at the anchor's old position, if any block is left. */
  near: BlockPoint | null;
}

export type Placement = PlacedAnchor | OrphanedAnchor;

/** The blocks' text joined by '\n', with the flat offset at which each block starts. */
export interface FlatText {
  text: string;
  starts: number[];
  blocks: readonly TextBlock[];
}

export function flatten(blocks: readonly TextBlock[]): FlatText {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + 1;
  }
  return { text: blocks.map((block) => block.text).join('\n'), starts, blocks };
}

/** The index of the block that holds a flat offset (a block's end counts as inside it). */
function blockIndexAt(flat: FlatText, offset: number): number {
  let low = 0;
  let high = flat.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((flat.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function pointAt(flat: FlatText, offset: number): BlockPoint {
  const index = blockIndexAt(flat, offset);
  return { blockId: flat.blocks[index]?.id ?? '', offset: offset - (flat.starts[index] ?? 0) };
}

/** Flat offset of a point; null when the block is gone or the offset lies outside it. */
export function flatOffset(flat: FlatText, point: BlockPoint): number | null {
  const index = flat.blocks.findIndex((block) => block.id === point.blockId);
  const block = flat.blocks[index];
  if (!block || point.offset < 0 || point.offset > block.text.length) return null;
  return (flat.starts[index] ?? 0) + point.offset;
}

export interface Selection {
  from: BlockPoint;
  /** May lie in a later block (a quote across blocks) or before `from` (a backwards selection). */
  to: BlockPoint;
}

/** Builds the selector for a selection; null when the selection is empty or points outside the document. */
export function createAnchor(blocks: readonly TextBlock[], selection: Selection): QuoteSelector | null {
  const flat = flatten(blocks);
  const a = flatOffset(flat, selection.from);
  const b = flatOffset(flat, selection.to);
  if (a === null || b === null || a === b) return null;
  return selectorAt(flat, Math.min(a, b), Math.max(a, b));
}

/** Builds the selector for a flat-text range. */
export function selectorAt(flat: FlatText, start: number, end: number): QuoteSelector {
  const blockIndex = blockIndexAt(flat, start);
  return {
    exact: flat.text.slice(start, end),
    prefix: flat.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: flat.text.slice(end, end + CONTEXT_LENGTH),
    blockIndex,
    blockId: flat.blocks[blockIndex]?.id,
    start,
    end,
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

interface Candidate {
  start: number;
  prefixMatch: number;
  suffixMatch: number;
  prefixIntact: boolean;
  suffixIntact: boolean;
}

function judge(text: string, selector: QuoteSelector, start: number): Candidate {
  const end = start + selector.exact.length;
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = text.slice(end, end + CONTEXT_LENGTH);
  // Intact sides are the common case (every thread of a note is judged when it opens): one compare.
  const prefixMatch = before.endsWith(selector.prefix) ? selector.prefix.length : commonSuffixLength(selector.prefix, before);
  const suffixMatch = after.startsWith(selector.suffix) ? selector.suffix.length : commonPrefixLength(selector.suffix, after);
  // A short stored side means the quote stood at the start (or end) of the document; that side is
  // only intact when it still does, otherwise every occurrence would trivially "match" nothing.
  const prefixIntact = prefixMatch === selector.prefix.length && (selector.prefix.length === CONTEXT_LENGTH || before.length === selector.prefix.length);
  const suffixIntact = suffixMatch === selector.suffix.length && (selector.suffix.length === CONTEXT_LENGTH || after.length === selector.suffix.length);
  return { start, prefixMatch, suffixMatch, prefixIntact, suffixIntact };
}

/**
 * True when the quote stands at `start` with both context sides intact (what `judge` calls
 * prefixIntact and suffixIntact), read without copying text: a note that opens checks every
 * thread where it was last placed, and 2,000 threads made 8,000 small strings for that.
 */
export function intactAt(text: string, selector: QuoteSelector, start: number): boolean {
  const { exact, prefix, suffix } = selector;
  if (exact.length === 0 || start < 0 || !text.startsWith(exact, start)) return false;
  const end = start + exact.length;
  const before = Math.min(start, CONTEXT_LENGTH);
  const after = Math.min(text.length - end, CONTEXT_LENGTH);
  // A short stored side holds only at the very start (or end) of the text, as in `judge`.
  if (prefix.length > before || (prefix.length !== CONTEXT_LENGTH && before !== prefix.length)) return false;
  if (suffix.length > after || (suffix.length !== CONTEXT_LENGTH && after !== suffix.length)) return false;
  return text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
}

const vouched = (c: Candidate) => c.prefixIntact || c.suffixIntact || c.prefixMatch + c.suffixMatch >= MIN_PARTIAL_CONTEXT;

/** Higher is better: intact sides first, then matching context characters. */
const score = (c: Candidate) => (Number(c.prefixIntact) + Number(c.suffixIntact)) * 1000 + c.prefixMatch + c.suffixMatch;

/** The selector's old position as a flat offset in the new text, for breaking ties by distance. */
function expectedStart(flat: FlatText, selector: QuoteSelector): number {
  if (selector.start !== undefined) return selector.start;
  const index = Math.min(selector.blockIndex, flat.starts.length - 1);
  return index >= 0 ? (flat.starts[index] ?? 0) : 0;
}

/** Finds the quote again in the current blocks, or reports it orphaned. Never returns other words. */
export function reanchor(blocks: readonly TextBlock[], selector: QuoteSelector): Placement {
  return reanchorFlat(flatten(blocks), selector);
}

/** As `reanchor`, for callers that place many anchors in one document (flatten once). */
export function reanchorFlat(flat: FlatText, selector: QuoteSelector): Placement {
  const { text } = flat;
  let best: Candidate | null = null;
  if (selector.start !== undefined && intactAt(text, selector, selector.start)) {
    // Where the quote was last placed, with both sides intact: no other occurrence can score
    // higher or lie closer to the expected place, so the search below would pick this one.
    best = { start: selector.start, prefixMatch: selector.prefix.length, suffixMatch: selector.suffix.length, prefixIntact: true, suffixIntact: true };
  }
  if (best === null && selector.exact.length > 0) {
    const expected = expectedStart(flat, selector);
    for (let at = text.indexOf(selector.exact); at !== -1; at = text.indexOf(selector.exact, at + 1)) {
      const candidate = judge(text, selector, at);
      if (!vouched(candidate)) continue;
      if (
        best === null ||
        score(candidate) > score(best) ||
        (score(candidate) === score(best) && Math.abs(candidate.start - expected) < Math.abs(best.start - expected))
      ) {
        best = candidate;
      }
    }
  }
  if (best === null) {
    if (flat.blocks.length === 0) return { status: 'orphaned', near: null };
    const index = Math.min(Math.max(0, selector.blockIndex), flat.blocks.length - 1);
    return { status: 'orphaned', near: { blockId: flat.blocks[index]?.id ?? '', offset: 0 } };
  }
  const start = best.start;
  const end = start + selector.exact.length;
  const from = pointAt(flat, start);
  return {
    status: best.prefixIntact && best.suffixIntact ? 'exact' : 'moved',
    blockId: from.blockId,
    start,
    end,
    from,
    to: pointAt(flat, end),
  };
}

/**
 * The selector to store after a successful placement: the quote and its original context stay
 * (they are the evidence), the position hints follow the text.
 */
export function withPlacement(selector: QuoteSelector, placement: Placement, flat: FlatText): QuoteSelector {
  if (placement.status === 'orphaned') return selector;
  const blockIndex = blockIndexAt(flat, placement.start);
  return { ...selector, blockIndex, blockId: placement.blockId, start: placement.start, end: placement.end };
}
