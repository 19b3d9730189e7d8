// Not a benchmark: the page's CPU for the thread list of a note with 10,000 comments (2,000
// threads) once it arrives, headless and in process: the list unpacked into threads, and the
// threads placed in the editor's text (read the text, collect the marks, plan the anchors), with
// the marks saved in the note ("stored") and made on open ("made"). Same functions the page runs.
// Run: node --import tsx bench/profile-list-arrival.ts   (ROUNDS=15)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../electron/services/dispatch';
import { NoteStore } from '../electron/services/note-store';
import { flatten, threadsOfList } from '../shared/comments';
import { channels, type ThreadList } from '../shared/contract';
import { shapeCheck } from '../shared/contract/shape-check';
import { COMMENT_MARKS_KEY, toBlocks, writeMarkTable, type StoredMarkBlock } from '../shared/document';
import { deferredMarksOf } from '../renderer/src/editor/deferred-marks';
import { $placeThreads } from '../renderer/src/features/comments/place-threads';
import type { ListedThread } from '../renderer/src/features/comments/listed';
import { $readLiveText } from '../renderer/src/features/comments/editor-text';
import { $collectMarks } from '../renderer/src/features/comments/marks';
import { planAnchors } from '../renderer/src/features/comments/plan';
import { bigDocument, fillComments } from './comment-fixture';
import { loadHeadless as load, servicesIn } from './in-process';
import { median } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'helder-profile-list-'));
const { handlers, dispose } = servicesIn(dir);

const cpuMs = <T>(run: () => T): [T, number] => {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
};


try {
  const document = bigDocument();
  const flat = flatten(toBlocks(document));
  const created = await dispatch(handlers, 'notes.create', { folder: dir, title: 'met' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const path = (created.value as { path: string }).path;
  await dispatch(handlers, 'notes.save', { path, document, kind: 'named', name: 'bench' });
  await dispatch(handlers, 'notes.close', { path });
  const filler = new NoteStore();
  filler.openNote(path);
  fillComments(filler, path, flat, { threads: 2000, perThread: 5, seed: 1, origin: 'local' });
  filler.closeAll();
  await dispatch(handlers, 'notes.open', { path });
  const reply = await dispatch(handlers, 'comments.summaries', { path });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  const text = JSON.stringify(reply.value);

  // "made": the note without marks; "stored": the same note after a first open, its marks saved beside the text.
  const made = threadsOfList(JSON.parse(text) as ThreadList) as ListedThread[];
  const first = load(document);
  const placedFirst = first.getEditorState().read(() => $placeThreads(deferredMarksOf(first), made));
  const updates = new Map(placedFirst.plan.updates.map((update) => [update.threadId, update.anchor]));
  const byBlock = new Map<number, StoredMarkBlock>();
  for (const mark of placedFirst.plan.marks) {
    let index = flat.starts.length - 1;
    while (flat.starts[index]! > mark.start) index -= 1;
    const block = byBlock.get(index) ?? { order: index, length: flat.blocks[index]!.text.length, runs: [] };
    block.runs.push({ ids: [mark.id], start: mark.start - flat.starts[index]!, end: mark.end - flat.starts[index]! });
    byBlock.set(index, block);
  }
  const stored = JSON.stringify({ ...(JSON.parse(document) as object), [COMMENT_MARKS_KEY]: writeMarkTable([...byBlock.values()].sort((a, b) => a.order - b.order)) });
  console.log(`threads ${made.length}, placed ${placedFirst.plan.marks.length}, list ${(text.length / 1024).toFixed(0)} KiB`);

  const figures = new Map<string, number[]>();
  const note = (name: string, ms: number) => figures.set(name, [...(figures.get(name) ?? []), ms]);
  for (let round = 0; round <= ROUNDS; round += 1) {
    const [threads, unpack] = cpuMs(() => {
      const value: unknown = JSON.parse(text);
      // The page's client checks this reply by shape (a fresh check each round, as at each page load).
      if (!shapeCheck(channels['comments.summaries'].response)(value)) throw new Error('the list is of another shape');
      return threadsOfList(value as ThreadList) as ListedThread[];
    });
    for (const [variant, json, listed] of [['stored', stored, threads.map((thread) => ({ ...thread, anchor: updates.get(thread.id) ?? thread.anchor }))], ['made', document, threads]] as const) {
      const editor = load(json);
      const kept = deferredMarksOf(editor);
      const [placed, ms] = cpuMs(() => editor.getEditorState().read(() => $placeThreads(kept, listed)));
      if (round === 0) {
        // The page runs this once per open, with code not yet optimised: the first round shows that cost.
        console.log(`${variant}: marks to make ${placed.plan.marks.length}, with a mark ${placed.marks.size}, updates ${placed.plan.updates.length}; first (cold) round ${ms.toFixed(1)} ms CPU`);
        continue;
      }
      note(`${variant}: place threads`, ms);
      editor.getEditorState().read(() => {
        const [live, readMs] = cpuMs(() => $readLiveText());
        const [marks, collectMs] = cpuMs(() => $collectMarks(live, kept));
        const [, planMs] = cpuMs(() => planAnchors(live.flat, marks, listed));
        note(`${variant}:   $readLiveText`, readMs);
        note(`${variant}:   $collectMarks`, collectMs);
        note(`${variant}:   planAnchors`, planMs);
      });
    }
    if (round > 0) note('unpack the list (JSON.parse + shape check + threadsOfList)', unpack);
    else console.log(`unpack the list: first (cold) round ${unpack.toFixed(1)} ms CPU`);
  }
  for (const [name, list] of figures) console.log(`${name}: median ${median(list).toFixed(1)} ms CPU (min ${Math.min(...list).toFixed(1)})`);
} finally {
  dispose();
  rmSync(dir, { recursive: true, force: true });
}
