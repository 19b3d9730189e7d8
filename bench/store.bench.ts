// Note store timings (issue 10): autosave and named save on a real note, opening a 1 MB note with
// 100 revisions (admission on a private image, then the file itself), and listing a werkmap that
// holds a note over the size limit (refused from its size, never read).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NoteStore, WerkmapService, SettingsStore } from '../electron/services';
import { numberedDocument } from '../tests/fixtures/store/numbered-document';
import type { Benchmark, BenchResult } from './types';
import { median, quantile } from './stats';

function time(runs: number, act: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    act(i);
    out.push(performance.now() - started);
  }
  return out;
}

async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-bench-store-'));
  try {
    const store = new NoteStore({ autoRevisionIntervalMs: 60_000 });
    const note = store.createNote(dir, 'Meten', { document: numberedDocument(0) }).path;
    const autosaves = time(200, (i) => store.save(note, numberedDocument(i + 1), { kind: 'auto' }));
    const named = time(50, (i) => store.save(note, numberedDocument(i + 1000), { kind: 'named', name: `v${i}` }));
    store.closeAll();

    // About 1 MB: a 10 kB text with 100 revisions.
    const big = store.createNote(dir, 'Groot', { document: numberedDocument(0, 15) }).path;
    const maker = new NoteStore({ autoRevisionIntervalMs: 0 });
    for (let i = 0; i < 100; i += 1) maker.save(big, numberedDocument(i, 15), { kind: 'auto' });
    maker.closeAll();
    store.closeAll();
    const size = fs.statSync(big).size;
    const opens = time(15, () => {
      const reader = new NoteStore();
      reader.openNote(big);
      reader.closeAll();
    });

    const huge = path.join(dir, 'Te groot.helder');
    fs.copyFileSync(note, huge);
    fs.truncateSync(huge, 1.5 * 1024 * 1024 * 1024);
    const werkmap = new WerkmapService({ store, settings: new SettingsStore(path.join(dir, 'user')), trashItem: async () => {}, emit: () => {} });
    const listings = time(5, () => werkmap.list(dir));
    werkmap.dispose();
    return {
      name: 'store',
      rows: [
        { metric: 'autosave (40 kB document), median', value: median(autosaves), unit: 'ms' },
        { metric: 'autosave p95', value: quantile(autosaves, 0.95), unit: 'ms' },
        { metric: 'named save, median', value: median(named), unit: 'ms' },
        { metric: `open a ${(size / 1024 / 1024).toFixed(1)} MB note with 100 revisions, median`, value: median(opens), unit: 'ms' },
        { metric: 'list a werkmap with a 1.5 GB note in it, median', value: median(listings), unit: 'ms', target: '≤ 1000 ms', ok: median(listings) <= 1000 },
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = { name: 'store', run };
export default benchmark;
