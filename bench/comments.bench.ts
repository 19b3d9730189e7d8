// Comment layer benchmark (issue 6): a note with 10,000 comments in 2,000 threads opened and
// listed (with every mark placed) against the same note without comments, in the same run;
// adding one comment (200 adds); importing 20 review copies with 500 comments each.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CommentService } from '../electron/services/comments';
import { writers } from '../electron/services/comments/repository';
import { NoteStore } from '../electron/services/note-store';
import { flatten, reanchorFlat, selectorAt, type FlatText } from '../shared/comments';
import type { Stance } from '../shared/contract';
import { sampleNote, toBlocks } from '../shared/document';
import type { Benchmark, BenchResult } from './types';
import { median, quantile, seededRandom } from './stats';

const STANCES: Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];


/** The sample beleidsnotitie repeated to about 10,000 words, each copy's heading numbered. */
function bigDocument(): string {
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

/** A random run of 2–6 words in the text as a selector, like a reader's selection. */
function randomSelector(flat: FlatText, random: () => number) {
  for (;;) {
    const at = Math.floor(random() * flat.text.length);
    const start = flat.text.lastIndexOf(' ', at) + 1;
    let end = start;
    const words = 2 + Math.floor(random() * 5);
    for (let i = 0; i < words && end !== -1; i += 1) end = flat.text.indexOf(' ', end + 1);
    if (end > start && !flat.text.slice(start, end).includes('\n')) return selectorAt(flat, start, end);
  }
}

/** Writes `threads` threads of `perThread` comments straight into an open note, in one transaction. */
function fillComments(store: NoteStore, file: string, flat: FlatText, threads: number, perThread: number, seed: number, origin: string): void {
  const db = store.database(file);
  const random = seededRandom(seed);
  const write = writers(db);
  const base = Date.parse('2026-03-01T09:00:00.000Z');
  db.transaction(() => {
    for (let t = 0; t < threads; t += 1) {
      const threadId = randomUUID();
      const created = new Date(base + t * 60_000).toISOString();
      write.insertThread({ id: threadId, createdAt: created, resolved: random() < 0.3, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor: { selector: randomSelector(flat, random), status: 'exact' } });
      for (let c = 0; c < perThread; c += 1) {
        write.insertComment({
          id: randomUUID(),
          threadId,
          author: `Bewoner ${Math.floor(random() * 40)}`,
          stance: c === 0 ? STANCES[Math.floor(random() * STANCES.length)]! : null,
          body: 'Ik begrijp deze zin niet goed. Wat betekent dit voor mij als inwoner van de wijk? '.repeat(1 + Math.floor(random() * 3)),
          suggestion: null,
          createdAt: new Date(base + t * 60_000 + c * 1000).toISOString(),
          editedAt: null,
          origin,
        });
      }
    }
  })();
}


/** What the writer waits for when opening a note: the text, all threads, and every mark placed. */
function openAndList(file: string): number {
  const store = new NoteStore();
  const comments = new CommentService(store);
  const started = performance.now();
  const note = store.openNote(file);
  const threads = comments.list(file);
  const flat = flatten(toBlocks(note.document));
  let placed = 0;
  for (const thread of threads) if (reanchorFlat(flat, thread.anchor.selector).status !== 'orphaned') placed += 1;
  const elapsed = performance.now() - started;
  store.closeAll();
  if (threads.length > 0 && placed === 0) throw new Error('no mark placed');
  return elapsed;
}

async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-bench-comments-'));
  try {
    const document = bigDocument();
    const flat = flatten(toBlocks(document));
    const setup = new NoteStore();
    const withComments = setup.createNote(dir, 'Met reacties', { document }).path;
    const without = setup.createNote(dir, 'Zonder reacties', { document }).path;
    fillComments(setup, withComments, flat, 2000, 5, 1, 'local');
    setup.closeAll();

    // Open + list, alternating so both see the same disk cache and JIT state.
    openAndList(withComments);
    openAndList(without);
    const timesWith: number[] = [];
    const timesWithout: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      timesWith.push(openAndList(withComments));
      timesWithout.push(openAndList(without));
    }
    const openWith = median(timesWith);
    const openWithout = median(timesWithout);

    // Adding one comment to the big note: thread + first comment, stored (fsync'd) and read back.
    const store = new NoteStore();
    const comments = new CommentService(store);
    store.openNote(withComments);
    const random = seededRandom(7);
    const adds: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const anchor = randomSelector(flat, random);
      const started = performance.now();
      comments.add(withComments, { anchor, stance: 'vraag', body: 'Wat bedoelt u hiermee?', author: 'Bewoner' });
      adds.push(performance.now() - started);
    }
    store.closeAll();

    // Importing 20 returned copies of 500 comments (100 threads of 5) each.
    const target = setup.createNote(dir, 'Doel', { document }).path;
    const writer = new CommentService(setup);
    const copies: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const exported = writer.exportReviewCopy(target, path.join(dir, `kopie ${i + 1}.helder`));
      const resident = new NoteStore();
      resident.openNote(exported.file);
      fillComments(resident, exported.file, flat, 100, 5, 100 + i, exported.roundId);
      resident.closeAll();
      copies.push(exported.file);
    }
    const importStarted = performance.now();
    const summary = writer.importReviewCopies(target, copies);
    const importMs = performance.now() - importStarted;
    setup.closeAll();
    if (summary.added !== 10_000) throw new Error(`import added ${summary.added}, expected 10000`);

    const extra = openWith - openWithout;
    const addP50 = median(adds);
    const addP95 = quantile(adds, 0.95);
    return {
      name: 'comments',
      rows: [
        { metric: 'open + list + place marks, 10,000 comments / 2,000 threads (median of 7)', value: openWith, unit: 'ms' },
        { metric: 'open, same note without comments (median of 7)', value: openWithout, unit: 'ms' },
        { metric: 'extra time for the comments', value: extra, unit: 'ms', target: '≤ 300 ms', ok: extra <= 300 },
        { metric: 'ratio with / without comments', value: openWith / openWithout, unit: '×' },
        { metric: 'add one comment, p50 (200 adds)', value: addP50, unit: 'ms', target: '≤ 50 ms', ok: addP50 <= 50 },
        { metric: 'add one comment, p95 (200 adds)', value: addP95, unit: 'ms', target: '≤ 50 ms', ok: addP95 <= 50 },
        { metric: 'add p95 as share of target', value: addP95 / 50, unit: '×' },
        { metric: 'import 20 review copies × 500 comments', value: importMs, unit: 'ms', target: '≤ 5000 ms', ok: importMs <= 5000 },
        { metric: 'import time as share of target', value: importMs / 5000, unit: '×' },
      ],
      details: { timesWith, timesWithout, adds, importSummary: { added: summary.added, merged: summary.merged, notPlaced: summary.notPlaced.length } },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = { name: 'comments', run };
export default benchmark;
