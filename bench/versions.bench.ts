// Versions and report benchmark (issue 14): diff of two 20,000-word versions; the
// Leesbaarheidsrapport of a 20,000-word note as HTML and as PDF; opening the Versies view
// (versions.list) of a note with 500 versions, with the scores cached and without.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NoteStore } from '../electron/services/note-store';
import { ReportService, VersionService } from '../electron/services/versions';
import { diffBlocks } from '../shared/diff';
import { countDocumentWords, sampleNote, toBlocks } from '../shared/document';
import type { Benchmark, BenchResult, BenchRow } from './types';
import { median, seededRandom } from './stats';

type Node = ReturnType<typeof sampleNote>['root']['children'][number];

/** The sample beleidsnotitie repeated until it has at least `words` words, headings numbered. */
function bigDocument(words: number): { json: string; children: Node[] } {
  const sample = sampleNote();
  const perCopy = countDocumentWords(JSON.stringify(sample));
  const children: Node[] = [];
  for (let copy = 0; copy < Math.ceil(words / perCopy); copy += 1) {
    for (const node of sample.root.children) {
      const clone = structuredClone(node);
      if (clone.type === 'heading' && clone.children[0]?.type === 'text') clone.children[0].text = `${copy + 1}. ${clone.children[0].text}`;
      children.push(clone);
    }
  }
  return { json: JSON.stringify({ root: { ...sample.root, children } }), children };
}

/** A writer's next version: some sentences reworded, a few paragraphs moved, one removed and one added. */
function edited(children: readonly Node[], seed: number): string {
  const random = seededRandom(seed);
  const next = children.map((node) => structuredClone(node));
  for (const node of next) {
    if (node.type !== 'paragraph' || random() > 0.15) continue;
    const text = node.children.find((child) => child.type === 'text');
    if (text && text.type === 'text') text.text = text.text.replace(/\b(de|het|een)\b/, 'deze').replace(/\.$/, ', zoals u weet.');
  }
  for (let move = 0; move < 3; move += 1) {
    const from = Math.floor(random() * next.length);
    const [node] = next.splice(from, 1);
    next.splice(Math.floor(random() * next.length), 0, node!);
  }
  next.splice(Math.floor(random() * next.length), 1);
  next.splice(Math.floor(random() * next.length), 0, structuredClone(next.find((node) => node.type === 'paragraph')!));
  return JSON.stringify({ root: { ...sampleNote().root, children: next } });
}

function time<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const row = (metric: string, value: number, limit: number): BenchRow => ({ metric, value: Math.round(value * 10) / 10, unit: 'ms', target: `≤ ${limit} ms`, ok: value <= limit });

async function run(): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helder-bench-versions-'));
  const rows: BenchRow[] = [];
  try {
    const big = bigDocument(20_000);
    const words = countDocumentWords(big.json);
    const second = edited(big.children, 7);

    // Diff: block and word level, blocks taken from the stored JSON as the service does.
    const diffs = Array.from({ length: 7 }, () => time(() => diffBlocks(toBlocks(big.json), toBlocks(second))));
    rows.push(row(`diff of two ${words}-word versions (median of 7)`, median(diffs.map((d) => d.ms)), 200));
    const summary = diffs[0]!.value.summary;

    // Report of the 20,000-word note with two versions behind it. First call includes the checker's cold start.
    const store = new NoteStore();
    const versions = new VersionService(store);
    const reports = new ReportService(store, versions);
    const note = store.createNote(dir, 'Grote nota', { author: 'Bench', document: big.json }).path;
    store.save(note, big.json, { kind: 'named', name: 'Eerste' });
    store.save(note, second, { kind: 'named', name: 'Tweede' });
    const htmlCold = await timeAsync(() => reports.render(note, 'html'));
    rows.push(row('report HTML, 20,000 words, first in process', htmlCold.ms, 2000));
    const htmlWarm = [];
    for (let i = 0; i < 3; i += 1) htmlWarm.push((await timeAsync(() => reports.render(note, 'html'))).ms);
    rows.push(row('report HTML, 20,000 words, again (median of 3)', median(htmlWarm), 2000));
    const pdf = await timeAsync(() => reports.render(note, 'pdf'));
    rows.push(row('report PDF, 20,000 words', pdf.ms, 5000));
    store.closeAll();

    // A note with 500 versions: inserted straight into its file in one transaction (setup, not measured).
    const setup = new NoteStore();
    const many = setup.createNote(dir, 'Vijfhonderd versies', { author: 'Bench', document: big.json }).path;
    const db = setup.database(many);
    const variants = [big.json, second, edited(big.children, 8), edited(big.children, 9)];
    const insert = db.prepare("INSERT INTO revisions (kind, name, created_at, document, words) VALUES ('named', ?, ?, ?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 500; i += 1) {
        const document = variants[i % variants.length]!;
        insert.run(`Versie ${i + 1}`, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(), document, countDocumentWords(document));
      }
    })();
    setup.closeAll();

    // The Versies view opens on a note that is already open in the editor: opening the file
    // (read whole and quick_checked by the store) is measured apart.
    const coldStore = new NoteStore();
    const opened = time(() => coldStore.openNote(many));
    rows.push({ metric: `open the note with 500 versions (${Math.round(fs.statSync(many).size / 1024 / 1024)} MB file; not the view)`, value: Math.round(opened.ms), unit: 'ms' });
    const coldService = new VersionService(coldStore);
    const cold = await timeAsync(() => coldService.list(many));
    if (cold.value.length !== 500) throw new Error(`listed ${cold.value.length} versions`);
    rows.push({ metric: 'Versies view, 500 versions, scores not yet cached (once per note)', value: Math.round(cold.ms), unit: 'ms' });
    coldStore.closeAll();
    const warmStore = new NoteStore();
    warmStore.openNote(many);
    const warm = [];
    const warmService = new VersionService(warmStore);
    await warmService.list(many);
    for (let i = 0; i < 5; i += 1) warm.push((await timeAsync(() => warmService.list(many))).ms);
    warmStore.closeAll();
    rows.push(row('Versies view, 500 versions, scores cached (median of 5)', median(warm), 300));
    return { name: 'versions', rows, details: { words, diffSummary: summary, load: os.loadavg() } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = { name: 'versions', run };
export default benchmark;
