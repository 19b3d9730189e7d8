// Crash campaign (issue 10): a child process saves, comments, makes review copies, imports returned
// copies and writes reports on one werkmap, and is killed with SIGKILL at seeded random moments,
// HELDER_CRASH_KILLS times (default 1,000). After every kill a fresh store opens the note ("the next
// start") and checks: integrity ok, no read-only fallback, the document is the last acknowledged
// save or the one after it (never a mix), every acknowledged comment and import present, every
// review copy beside the note opens, and no temp file or scratch folder is left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { removeStaleTempFiles } from '../electron/services/atomic-file';
import { CommentService } from '../electron/services/comments';
import { NoteStore } from '../electron/services/note-store';
import { admitNoteFile } from '../electron/services/note-store/note-image';
import { removeStaleTempDirs } from '../electron/services/note-store/temp-files';
import { createAnchor } from '../shared/comments';
import { toBlocks } from '../shared/document';
import { numberedDocument, stateOf } from '../tests/fixtures/store/numbered-document';
import type { Benchmark, BenchResult } from './types';
import { seededRandom } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Acks {
  pid: number;
  start: number;
  saved: number;
  comments: string[];
  copies: string[];
  imported: string[];
  reports: string[];
}

function runAndKill(worker: string, file: string, seed: number, returned: string, killAfterMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, file, String(seed), returned], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Acks = { pid: child.pid ?? -1, start: -1, saved: -1, comments: [], copies: [], imported: [], reports: [] };
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value = ''] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
        if (word === 'ready') {
          acks.start = Number(value);
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (word === 'saved') acks.saved = Number(value);
        else if (word === 'comment') acks.comments.push(value);
        else if (word === 'copy') acks.copies.push(value);
        else if (word === 'imported') acks.imported.push(value);
        else if (word === 'report') acks.reports.push(value);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker stopped by itself: ${errors}`));
      else resolve(acks);
    });
  });
}

/** Review copies of `note` with residents' comments, as they come back from the panel. */
function returnedCopies(store: NoteStore, note: string, dir: string): Map<string, string[]> {
  const comments = new CommentService(store);
  const byCopy = new Map<string, string[]>();
  for (let i = 1; i <= 3; i += 1) {
    const copy = comments.exportReviewCopy(note, { target: path.join(dir, `terug ${i}.helder`) });
    const resident = new NoteStore();
    const residentComments = new CommentService(resident);
    const blocks = toBlocks(resident.openNote(copy.file).document);
    const ids: string[] = [];
    for (let j = 0; j < 5; j += 1) {
      const block = blocks[(i * 5 + j) % blocks.length]!;
      const anchor = createAnchor(blocks, { from: { blockId: block.id, offset: 10 }, to: { blockId: block.id, offset: 20 } })!;
      ids.push(residentComments.add(copy.file, { anchor, stance: 'eens', body: `Bewoner ${i}, reactie ${j}`, author: `Bewoner ${i}` }).comments[0]!.id);
    }
    resident.closeAll();
    byCopy.set(path.basename(copy.file), ids);
  }
  return byCopy;
}

async function run(): Promise<BenchResult> {
  const kills = Number(process.env.HELDER_CRASH_KILLS ?? 1000);
  const seed = Number(process.env.HELDER_CRASH_SEED ?? 20261127);
  const random = seededRandom(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-bench-crash-'));
  const worker = path.join(dir, 'worker.mjs');
  await build({ entryPoints: [path.join(here, 'crash/worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: worker, external: ['better-sqlite3'], logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }, nodePaths: [path.join(here, '../node_modules')] });
  fs.symlinkSync(path.join(here, '../node_modules'), path.join(dir, 'node_modules'));
  const werkmap = path.join(dir, 'werkmap');
  const returned = path.join(dir, 'terug');
  fs.mkdirSync(werkmap);
  fs.mkdirSync(returned);
  const maker = new NoteStore();
  const note = maker.createNote(werkmap, 'Crash', { document: numberedDocument(0) }).path;
  const residentIds = returnedCopies(maker, note, returned);
  maker.closeAll();

  const failures: string[] = [];
  const acknowledged = { saves: 0, comments: 0, copies: 0, imports: 0, reports: 0 };
  let hotJournals = 0;
  let known = 0;
  let done = 0;
  const started = performance.now();
  try {
    for (let round = 0; round < kills; round += 1) {
      // Kill moments spread over the first quarter second of work: during start-up, the first
      // save, or any later operation.
      const acks = await runAndKill(worker, note, Math.floor(random() * 2 ** 31), returned, Math.floor(random() * 250));
      done += 1;
      const context = `seed ${seed}, kill ${round}`;
      if (acks.start !== known) failures.push(`${context}: started at ${acks.start}, expected ${known}`);
      if ((fs.statSync(`${note}-journal`, { throwIfNoEntry: false })?.size ?? 0) > 0) hotJournals += 1;
      if (fs.existsSync(`${note}-wal`)) failures.push(`${context}: a -wal file was left beside the note`);
      acknowledged.saves += Math.max(0, acks.saved - acks.start);
      acknowledged.comments += acks.comments.length;
      acknowledged.copies += acks.copies.length;
      acknowledged.imports += acks.imported.length;
      acknowledged.reports += acks.reports.length;

      // The next start: scratch folders and temp files of the dead process go, then the note opens.
      removeStaleTempDirs();
      removeStaleTempFiles(werkmap);
      const store = new NoteStore();
      const comments = new CommentService(store);
      try {
        const opened = store.openNote(note);
        if (opened.readOnly) failures.push(`${context}: opened read-only (${opened.readOnly.code})`);
        const state = stateOf(opened.document);
        const floor = Math.max(acks.saved, known);
        if (state !== floor && state !== floor + 1) failures.push(`${context}: state ${state}, acknowledged ${acks.saved}`);
        known = state;
        const present = new Set(comments.list(note).flatMap((thread) => thread.comments.map((c) => c.id)));
        for (const id of acks.comments) if (!present.has(id)) failures.push(`${context}: acknowledged comment ${id} missing`);
        for (const name of acks.imported) for (const id of residentIds.get(name) ?? []) if (!present.has(id)) failures.push(`${context}: imported comment ${id} missing`);
        if (store.database(note).pragma('integrity_check', { simple: true }) !== 'ok') failures.push(`${context}: integrity_check failed`);
      } catch (error) {
        failures.push(`${context}: ${String(error)}`);
      } finally {
        store.closeAll();
      }
      const names = fs.readdirSync(werkmap);
      for (const name of names.filter((n) => n.endsWith('.tmp'))) failures.push(`${context}: temp file ${name} left`);
      for (const name of names.filter((n) => n.includes('reviewkopie'))) {
        try {
          admitNoteFile(path.join(werkmap, name));
        } catch (error) {
          failures.push(`${context}: review copy ${name} does not open: ${String(error)}`);
        }
        // Keep the folder small: a copy that was checked once is not needed again.
        fs.rmSync(path.join(werkmap, name));
      }
      for (const name of names.filter((n) => n.includes(' reacties'))) fs.rmSync(path.join(werkmap, name));
      // Other Helder processes on this machine have scratch folders too; the killed one must not.
      if (fs.existsSync(path.join(os.tmpdir(), `helder-work-${acks.pid}`))) failures.push(`${context}: scratch folder of the killed process left`);
      if (failures.length > 20) break;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  for (const failure of failures.slice(0, 20)) console.error(failure);
  return {
    name: 'crash',
    rows: [
      { metric: 'kills (SIGKILL at seeded random moments)', value: done, unit: '', target: `${kills}`, ok: done === kills },
      { metric: 'kills that left a hot journal to roll back', value: hotJournals, unit: '' },
      { metric: 'acknowledged saves', value: acknowledged.saves, unit: '' },
      { metric: 'acknowledged comments', value: acknowledged.comments, unit: '' },
      { metric: 'acknowledged review copies', value: acknowledged.copies, unit: '' },
      { metric: 'acknowledged imports', value: acknowledged.imports, unit: '' },
      { metric: 'acknowledged reports', value: acknowledged.reports, unit: '' },
      { metric: 'failures (lost or torn data, leftovers)', value: failures.length, unit: '', target: '0', ok: failures.length === 0 },
      { metric: 'campaign time', value: seconds, unit: 's' },
    ],
    details: { seed, failures },
  };
}

const benchmark: Benchmark = { name: 'crash', run };
export default benchmark;
