import { flatten, reanchorFlat, type FlatText, type TextBlock } from '../comments/anchor';
import type { QuoteSelectorPayload } from '../contract/comments';
import type { NotUnderstoodMark, NotUnderstoodWord } from '../contract/not-understood';
import { wordKey } from './not-understood';

/*
 * "Woorden die bewoners niet begrepen": the marks of one note or of every note in a werkmap,
 * counted per word. Pure, so the list is the same in the app, the bench and the tests.
 */

/** What the list needs of a mark; the selector is read only for the few contexts shown. */
export interface ListedMark {
  words: string;
  origin: string;
  meaning: string | null;
  /** Null when it cannot be read: the context then shows the words alone. */
  selector: () => QuoteSelectorPayload | null;
}

export const listedMark = (mark: NotUnderstoodMark): ListedMark => ({ words: mark.anchor.selector.exact, origin: mark.origin, meaning: mark.meaning, selector: () => mark.anchor.selector });

export interface NoteMarks {
  path: string;
  title: string;
  marks: readonly ListedMark[];
  /** The note's current text, to show words in their sentence; asked only for the few contexts shown. */
  blocks: () => readonly TextBlock[];
}

/**
 * Which rule of the checker already flags each word on its own (null: none), in the order given;
 * asked once for all words, so a checker can look at them in one pass.
 */
export type FlaggedBy = (words: readonly string[]) => readonly (string | null)[];

/** Contexts shown per word; the list stays readable with a hundred residents. */
export const MAX_CONTEXTS = 3;
const MAX_CONTEXT_CHARS = 200;

/** The sentence around [start, end) in `text`, cut to a readable length around the words. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  const half = Math.floor((MAX_CONTEXT_CHARS - (end - start)) / 2);
  const cutFrom = Math.max(from, start - Math.max(half, 0));
  const cutTo = Math.min(to, end + Math.max(half, 0));
  return `${cutFrom > from ? '…' : ''}${text.slice(cutFrom, cutTo).trim()}${cutTo < to ? '…' : ''}`;
}

interface Tally {
  spellings: Map<string, number>;
  residents: Set<string>;
  notes: Set<string>;
  marks: number;
  contexts: NotUnderstoodWord['contexts'];
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The spelling residents used most; on a tie the alphabetically first, so the result never depends on order. */
function commonSpelling(spellings: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, n] of spellings) {
    if (n > count || (n === count && compareKeys(spelling, best) < 0)) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

/**
 * Each word once: how many residents (one review copy is one resident) and notes, how many marks,
 * whether the checker already flags it (`flaggedBy`, asked once per word), and a few contexts.
 * Most residents first, then most notes, then most marks, then alphabetically.
 */
export function notUnderstoodWords(notes: readonly NoteMarks[], flaggedBy: FlaggedBy): NotUnderstoodWord[] {
  const tallies = new Map<string, Tally>();
  for (const note of notes) {
    if (note.marks.length === 0) continue;
    let flat: FlatText | null = null;
    for (const mark of note.marks) {
      const exact = mark.words;
      const key = wordKey(exact);
      if (key === '') continue;
      let tally = tallies.get(key);
      if (!tally) {
        tally = { spellings: new Map(), residents: new Set(), notes: new Set(), marks: 0, contexts: [] };
        tallies.set(key, tally);
      }
      const spelling = exact.trim().replace(/\s+/g, ' ');
      tally.spellings.set(spelling, (tally.spellings.get(spelling) ?? 0) + 1);
      tally.residents.add(`${note.path}\u0000${mark.origin}`);
      tally.notes.add(note.path);
      tally.marks += 1;
      if (tally.contexts.length < MAX_CONTEXTS) {
        flat ??= flatten(note.blocks());
        const selector = mark.selector();
        const placement = selector ? reanchorFlat(flat, selector) : null;
        const text =
          placement && placement.status !== 'orphaned'
            ? sentenceAround(flat.text, placement.start, placement.end)
            : `${selector?.prefix ?? ''}${exact}${selector?.suffix ?? ''}`.replace(/\s+/g, ' ').trim();
        tally.contexts.push({ path: note.path, title: note.title, text, meaning: mark.meaning });
      }
    }
  }
  const entries = [...tallies].map(([key, tally]) => ({ key, tally, word: commonSpelling(tally.spellings) }));
  const flagged = flaggedBy(entries.map((entry) => entry.word));
  const words = entries.map(({ key, tally, word }, index): NotUnderstoodWord => ({
    word,
    key,
    residents: tally.residents.size,
    notes: tally.notes.size,
    marks: tally.marks,
    flaggedBy: flagged[index] ?? null,
    contexts: tally.contexts,
  }));
  return words.sort((a, b) => b.residents - a.residents || b.notes - a.notes || b.marks - a.marks || compareKeys(a.key, b.key));
}
