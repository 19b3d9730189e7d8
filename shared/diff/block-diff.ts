// Block-level diff of two versions of a note: which paragraphs, headings and list items stayed,
// came, went, changed (with a word diff) or moved. Blocks are compared by kind, level and text;
// a block that disappears in one place and appears unchanged in another is a move, not a
// deletion plus an insertion, so a reordered note reads as reordered.
import { diffArrays } from 'diff';
import { diffWordsOf, type WordPart } from './word-diff';

export interface DiffBlock {
  kind: 'paragraph' | 'heading' | 'listitem';
  level?: number | undefined;
  text: string;
}

export type BlockChangeType = 'same' | 'added' | 'removed' | 'changed' | 'moved-away' | 'moved-here';

export interface BlockChange {
  type: BlockChangeType;
  kind: DiffBlock['kind'];
  level?: number | undefined;
  /** The new text, or for 'removed' and 'moved-away' the old text. */
  text: string;
  oldIndex: number | null;
  newIndex: number | null;
  /** Word diff, only for 'changed'. */
  parts?: WordPart[];
  /** Pairs a 'moved-away' with its 'moved-here'. */
  moveId?: number;
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface BlockDiff {
  changes: BlockChange[];
  summary: DiffSummary;
}

/** Below this share of shared words two blocks at the same place are a removal plus an addition, not an edit. */
const CHANGE_SIMILARITY = 0.3;

const keyOf = (block: DiffBlock) => `${block.kind}\u0000${block.level ?? 0}\u0000${block.text}`;

function wordCount(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  return words;
}

function similarity(a: string, b: string): number {
  const wordsA = a.toLowerCase().split(/\s+/u).filter(Boolean);
  const wordsB = new Set(b.toLowerCase().split(/\s+/u).filter(Boolean));
  if (wordsA.length === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / Math.max(wordsA.length, wordsB.size);
}

interface Pending {
  removed: { block: DiffBlock; index: number }[];
  added: { block: DiffBlock; index: number }[];
}

export function diffBlocks(before: readonly DiffBlock[], after: readonly DiffBlock[]): BlockDiff {
  // Interning keys to numbers keeps the Myers diff comparing integers, not long strings.
  const ids = new Map<string, number>();
  const intern = (block: DiffBlock) => {
    const key = keyOf(block);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const oldIds = before.map(intern);
  const newIds = after.map(intern);
  const hunks = diffArrays(oldIds, newIds);

  // First pass: the raw runs, so moves can be found across the whole note before pairing edits.
  type Run = { kind: 'same' | 'removed' | 'added'; from: number; count: number };
  const runs: Run[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const hunk of hunks) {
    const count = hunk.count ?? hunk.value.length;
    if (hunk.added) {
      runs.push({ kind: 'added', from: newAt, count });
      newAt += count;
    } else if (hunk.removed) {
      runs.push({ kind: 'removed', from: oldAt, count });
      oldAt += count;
    } else {
      runs.push({ kind: 'same', from: oldAt, count });
      oldAt += count;
      newAt += count;
    }
  }

  const addedByKey = new Map<number, number[]>();
  for (const run of runs) {
    if (run.kind !== 'added') continue;
    for (let i = run.from; i < run.from + run.count; i++) {
      if (after[i]!.text.trim() === '') continue;
      const list = addedByKey.get(newIds[i]!) ?? [];
      list.push(i);
      addedByKey.set(newIds[i]!, list);
    }
  }
  const movedTo = new Map<number, number>(); // old index -> new index
  const movedFrom = new Map<number, number>(); // new index -> move id
  let moveCount = 0;
  for (const run of runs) {
    if (run.kind !== 'removed') continue;
    for (let i = run.from; i < run.from + run.count; i++) {
      const candidates = addedByKey.get(oldIds[i]!);
      const target = candidates?.shift();
      if (target === undefined) continue;
      moveCount += 1;
      movedTo.set(i, target);
      movedFrom.set(target, moveCount);
    }
  }
  const moveIdOfOld = new Map<number, number>();
  const oldOfNew = new Map<number, number>();
  for (const [oldIndex, newIndex] of movedTo) {
    moveIdOfOld.set(oldIndex, movedFrom.get(newIndex)!);
    oldOfNew.set(newIndex, oldIndex);
  }

  const changes: BlockChange[] = [];
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, moved: moveCount, wordsAdded: 0, wordsRemoved: 0 };
  const pending: Pending = { removed: [], added: [] };
  let sameNew = 0;

  const flush = () => {
    const { removed, added } = pending;
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const gone = removed[k];
      const came = added[k];
      if (k < pairs && gone && came && gone.block.kind === came.block.kind && similarity(gone.block.text, came.block.text) >= CHANGE_SIMILARITY) {
        const parts = diffWordsOf(gone.block.text, came.block.text);
        for (const part of parts) {
          if (part.op === 'added') summary.wordsAdded += wordCount(part.text);
          if (part.op === 'removed') summary.wordsRemoved += wordCount(part.text);
        }
        summary.changed += 1;
        changes.push({ type: 'changed', kind: came.block.kind, level: came.block.level, text: came.block.text, oldIndex: gone.index, newIndex: came.index, parts });
        continue;
      }
      if (gone) {
        summary.removed += 1;
        summary.wordsRemoved += wordCount(gone.block.text);
        changes.push({ type: 'removed', kind: gone.block.kind, level: gone.block.level, text: gone.block.text, oldIndex: gone.index, newIndex: null });
      }
      if (came) {
        summary.added += 1;
        summary.wordsAdded += wordCount(came.block.text);
        changes.push({ type: 'added', kind: came.block.kind, level: came.block.level, text: came.block.text, oldIndex: null, newIndex: came.index });
      }
    }
    pending.removed = [];
    pending.added = [];
  };

  for (const run of runs) {
    if (run.kind === 'same') {
      flush();
      for (let k = 0; k < run.count; k++) {
        const block = after[sameNew + k]!;
        changes.push({ type: 'same', kind: block.kind, level: block.level, text: block.text, oldIndex: run.from + k, newIndex: sameNew + k });
      }
      sameNew += run.count;
      continue;
    }
    for (let i = run.from; i < run.from + run.count; i++) {
      if (run.kind === 'removed') {
        const block = before[i]!;
        const moveId = moveIdOfOld.get(i);
        if (moveId !== undefined) {
          flush();
          changes.push({ type: 'moved-away', kind: block.kind, level: block.level, text: block.text, oldIndex: i, newIndex: movedTo.get(i)!, moveId });
        } else pending.removed.push({ block, index: i });
      } else {
        const block = after[i]!;
        const moveId = movedFrom.get(i);
        if (moveId !== undefined) {
          flush();
          changes.push({ type: 'moved-here', kind: block.kind, level: block.level, text: block.text, oldIndex: oldOfNew.get(i)!, newIndex: i, moveId });
        } else pending.added.push({ block, index: i });
      }
    }
    if (run.kind === 'added') sameNew = run.from + run.count;
  }
  flush();
  return { changes, summary };
}
