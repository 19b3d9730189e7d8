// Not a benchmark: main's share of opening a note with 10,000 comments, step by step and in
// process (CPU time; minimum and median of ROUNDS rounds), against the same note without: the
// note read at open, the thread list (SQL, rows, the reply parse), the bytes sent, and what the
// page does with them before its own work starts (JSON parse, shape check).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../electron/services/dispatch';
import { NoteStore } from '../electron/services/note-store';
import { readThreadList } from '../electron/services/comments/repository';
import { flatten, threadsOfList } from '../shared/comments';
import { channels, resultOf, type ThreadList } from '../shared/contract';
import { shapeCheck } from '../shared/contract/shape-check';
import { toBlocks } from '../shared/document';
import { bigDocument, fillComments } from './comment-fixture';
import { servicesIn } from './in-process';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'helder-profile-summaries-'));
const { handlers, dispose } = servicesIn(dir);
/** The page's own work between the note's reply and its request for the list (here: a pause, so the read-ahead can run). */
const pageGap = () => new Promise((resolve) => setTimeout(resolve, 30));
const figures = new Map<string, number[]>();

/** CPU time of `run` (awaited: the handlers are synchronous, so nothing else runs meanwhile). */
async function time<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(start);
  const list = figures.get(name) ?? [];
  list.push((used.user + used.system) / 1000);
  figures.set(name, list);
  return value;
}

try {
  const document = bigDocument();
  const flat = flatten(toBlocks(document));
  const paths = { with: '', without: '' };
  for (const kind of ['with', 'without'] as const) {
    const created = await dispatch(handlers, 'notes.create', { folder: dir, title: kind });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    paths[kind] = (created.value as { path: string }).path;
    await dispatch(handlers, 'notes.save', { path: paths[kind], document, kind: 'named', name: 'bench' });
    await dispatch(handlers, 'notes.close', { path: paths[kind] });
  }
  const filler = new NoteStore();
  filler.openNote(paths.with);
  fillComments(filler, paths.with, flat, { threads: 2000, perThread: 5, seed: 1, origin: 'local' });
  filler.closeAll();

  const check = shapeCheck(channels['comments.summaries'].response);
  const fullCheck = resultOf(channels['comments.summaries'].response);
  const reader = new NoteStore();
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ['with', 'without'] as const) {
      await dispatch(handlers, 'notes.close', { path: paths[kind] });
      const opened = await time(`main: notes.open (${kind})`, () => dispatch(handlers, 'notes.open', { path: paths[kind] }));
      await time(`main: notes.open reply to JSON (${kind})`, () => JSON.stringify(opened));
      // Main's CPU for the list: whatever it did between the note's reply and the list's (the read-ahead included).
      const before = process.cpuUsage();
      await pageGap();
      const asked = performance.now();
      const reply = await dispatch(handlers, 'comments.summaries', { path: paths[kind] });
      figures.set(`main: the list's reply after the request, wall (${kind})`, [...(figures.get(`main: the list's reply after the request, wall (${kind})`) ?? []), performance.now() - asked]);
      const used = process.cpuUsage(before);
      figures.set(`main: the list, all of it (${kind})`, [...(figures.get(`main: the list, all of it (${kind})`) ?? []), (used.user + used.system) / 1000]);
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      const text = await time(`main: summaries reply to JSON (${kind})`, () => JSON.stringify(reply));
      if (kind === 'with') bytes = text.length;
      const parsed = await time(`page: JSON.parse of summaries (${kind})`, () => JSON.parse(text) as { value: unknown });
      await time(`page: shape check (${kind})`, () => check(parsed.value));
      await time(`page: unpack to threads (${kind})`, () => threadsOfList(parsed.value as ThreadList));
    }
    const parsed = JSON.parse(JSON.stringify(await dispatch(handlers, 'comments.summaries', { path: paths.with }))) as unknown;
    await time('page: a full zod parse instead (with)', () => fullCheck.parse(parsed));
    reader.openNote(paths.with);
    const db = reader.database(paths.with);
    const rows = await time('main: readThreadList alone (with)', () => readThreadList(db));
    await time('main: reply zod parse alone (with)', () => channels['comments.summaries'].response.parse(rows));
    reader.closeAll();
  }
  console.log(`summaries reply: ${(bytes / 1024).toFixed(0)} KiB of JSON`);
  for (const [name, list] of [...figures].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`${name.padEnd(46)} min ${sorted[0]!.toFixed(1).padStart(6)} ms   median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1).padStart(6)} ms`);
  }
} finally {
  dispose();
  rmSync(dir, { recursive: true, force: true });
}
