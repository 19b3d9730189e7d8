import type { PaperEntry } from '../contract/paper';

/*
 * Paper comments get ids made from what was typed, so typing the same form in again, or two
 * coordinators typing the same pile in another order, stores every comment once. Thread and
 * comment ids are UUID-shaped (version 8, "custom") because the contract checks them as UUIDs.
 */

/** Every paper comment carries this origin; the Reacties view and the panel summary show it as "papier". */
export const PAPER_ORIGIN = 'papier';

export const isPaperOrigin = (origin: string) => origin === PAPER_ORIGIN;

const normal = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');

/** What makes two typed entries the same comment: packet, place, words, stance, text and name. */
export function paperEntryKey(roundId: string, entry: PaperEntry): string {
  return JSON.stringify([roundId, entry.page, entry.line, normal(entry.words).toLowerCase(), entry.stance, normal(entry.body), normal(entry.name)]);
}

/** 32-bit FNV-1a over UTF-16 code units with a seed, then an avalanche so near keys spread. */
function lane(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A stable UUID (version 8, RFC 9562 variant) for a key; equal keys give equal ids. */
export function stableUuid(key: string): string {
  const hex = [0x9e3779b9, 0x7f4a7c15, 0x94d049bb, 0xd6e8feb8].map((seed) => lane(key, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface PaperIds {
  threadId: string;
  commentId: string;
}

export function paperIds(roundId: string, entry: PaperEntry): PaperIds {
  const key = paperEntryKey(roundId, entry);
  return { threadId: stableUuid(`thread ${key}`), commentId: stableUuid(`comment ${key}`) };
}

/** What the note already holds, as far as typing paper comments back is concerned. */
export interface PaperMergeState {
  /** Ids of threads the note has. */
  threads: Set<string>;
  /** Ids deleted by the writer: a paper comment the writer deleted does not come back when retyped. */
  tombstones: ReadonlySet<string>;
}

export interface PlannedPaperComment extends PaperIds {
  index: number;
  entry: PaperEntry;
}

/**
 * Which typed entries become new comments: union by stable id, so the result does not depend on
 * the order of entries or batches, and entering the same entries again adds nothing.
 */
export function planPaperEntries(state: PaperMergeState, roundId: string, entries: readonly PaperEntry[]): { add: PlannedPaperComment[]; known: number[] } {
  const add: PlannedPaperComment[] = [];
  const known: number[] = [];
  entries.forEach((entry, index) => {
    const ids = paperIds(roundId, entry);
    if (state.threads.has(ids.threadId) || state.tombstones.has(ids.threadId)) {
      known.push(index);
      return;
    }
    state.threads.add(ids.threadId);
    add.push({ ...ids, index, entry });
  });
  return { add, known };
}
