// The note the comment benchmarks share: the sample beleidsnotitie repeated to about 10,000
// words, and threads of residents' comments written straight into its file.
import { randomUUID } from 'node:crypto';
import { writers } from '../electron/services/comments/repository';
import type { NoteStore } from '../electron/services/note-store';
import { reanchorFlat, selectorAt, type FlatText } from '../shared/comments';
import type { Stance } from '../shared/contract';
import { sampleNote } from '../shared/document';
import { seededRandom } from './stats';

const STANCES: Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];

/** The sample beleidsnotitie repeated to about 10,000 words, each copy's heading numbered. */
export function bigDocument(): string {
  const sample = sampleNote();
  const children = [];
  for (let copy = 0; copy < 12; copy += 1) {
    for (const node of sample.root.children) {
      const clone = structuredClone(node);
      if (clone.type === 'heading') {
        const first = clone.children[0];
        if (first && first.type === 'text') first.text = `${copy + 1}. ${first.text}`;
      }
      children.push(clone);
    }
  }
  return JSON.stringify({ root: { ...sample.root, children } });
}

/** A random run of 2–6 words within one block, like a reader's selection. */
export function randomSelector(flat: FlatText, random: () => number) {
  for (;;) {
    const at = Math.floor(random() * flat.text.length);
    const start = flat.text.lastIndexOf(' ', at) + 1;
    let end = start;
    const words = 2 + Math.floor(random() * 5);
    for (let i = 0; i < words && end !== -1; i += 1) end = flat.text.indexOf(' ', end + 1);
    if (end > start && !flat.text.slice(start, end).includes('\n')) return selectorAt(flat, start, end);
  }
}

export interface FillOptions {
  threads: number;
  perThread: number;
  seed: number;
  /** 'local', or the round id of a review copy. */
  origin: string;
}

/**
 * Writes the threads into an open note in one transaction, each anchored on a random quote.
 * Returns how many of those quotes re-anchoring finds in the text.
 */
export function fillComments(store: NoteStore, file: string, flat: FlatText, options: FillOptions): number {
  const db = store.database(file);
  const random = seededRandom(options.seed);
  const write = writers(db);
  const base = Date.parse('2026-03-01T09:00:00.000Z');
  let found = 0;
  db.transaction(() => {
    for (let t = 0; t < options.threads; t += 1) {
      const threadId = randomUUID();
      const selector = randomSelector(flat, random);
      if (reanchorFlat(flat, selector).status !== 'orphaned') found += 1;
      const created = new Date(base + t * 60_000).toISOString();
      write.insertThread({ id: threadId, createdAt: created, resolved: random() < 0.3, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor: { selector, status: 'exact' } });
      for (let c = 0; c < options.perThread; c += 1) {
        write.insertComment({
          id: randomUUID(),
          threadId,
          author: `Bewoner ${Math.floor(random() * 40)}`,
          stance: c === 0 ? STANCES[Math.floor(random() * STANCES.length)]! : null,
          body: 'Ik begrijp deze zin niet goed. Wat betekent dit voor mij als inwoner van de wijk? '.repeat(1 + Math.floor(random() * 3)),
          suggestion: null,
          createdAt: new Date(base + t * 60_000 + c * 1000).toISOString(),
          editedAt: null,
          origin: options.origin,
        });
      }
    }
  })();
  return found;
}
