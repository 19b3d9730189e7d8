// Comment layer benchmark (issue 6): a note with 10,000 comments in 2,000 threads opened and
// listed (with every mark placed) against the same note without comments, in the same run;
// adding one comment (200 adds); importing 20 review copies with 500 comments each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CommentService } from '../electron/services/comments';
import { NoteStore } from '../electron/services/note-store';
import { flatten, reanchorFlat } from '../shared/comments';
import { toBlocks } from '../shared/document';
import type { Benchmark, BenchResult } from './types';
import { median, quantile, seededRandom } from './stats';
import { bigDocument, fillComments, randomSelector } from './comment-fixture';







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
    fillComments(setup, withComments, flat, { threads: 2000, perThread: 5, seed: 1, origin: 'local' });
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
      const exported = writer.exportReviewCopy(target, { target: path.join(dir, `kopie ${i + 1}.helder`) });
      const resident = new NoteStore();
      resident.openNote(exported.file);
      fillComments(resident, exported.file, flat, { threads: 100, perThread: 5, seed: 100 + i, origin: exported.roundId });
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
