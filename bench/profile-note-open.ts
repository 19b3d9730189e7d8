// Not a benchmark: main's CPU for notes.open (admission, live connection, snapshot) of the note with
// 10,000 comments, its 2,000 marks stored as mark nodes (older notes), as the table beside the text
// (comment-marks.ts), and the same note without comments. In-process CPU, so load matters less.
// Run: node --import tsx bench/profile-note-open.ts   (ROUNDS=15)
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoteStore } from '../electron/services/note-store';
import { flatten, reanchorFlat } from '../shared/comments';
import { COMMENT_MARKS_KEY, toBlocks, writeMarkTable, type StoredMarkBlock } from '../shared/document';
import { withMarkNodes } from '../renderer/src/editor/mark-json';
import { bigDocument, fillComments } from './comment-fixture';
import { median } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'helder-profile-open-'));
try {
  const document = bigDocument();
  const flat = flatten(toBlocks(document));
  const store = new NoteStore();
  const base = store.createNote(dir, 'Met reacties', { document }).path;
  fillComments(store, base, flat, { threads: 2000, perThread: 5, seed: 1, origin: 'local' });
  // Each thread's words as a run in its block (the sample has no nested lists: toBlocks order is the marks' block order).
  const threads = store.database(base).prepare('SELECT id, anchor FROM threads').all() as Array<{ id: string; anchor: string }>;
  const byBlock = new Map<number, StoredMarkBlock>();
  for (const thread of threads) {
    const found = reanchorFlat(flat, (JSON.parse(thread.anchor) as { selector: Parameters<typeof reanchorFlat>[1] }).selector);
    if (found.status === 'orphaned') continue;
    let index = flat.starts.length - 1;
    while (flat.starts[index]! > found.start) index -= 1;
    const block = byBlock.get(index) ?? { order: index, length: flat.blocks[index]!.text.length, runs: [] };
    block.runs.push({ ids: [thread.id], start: found.start - flat.starts[index]!, end: found.end - flat.starts[index]! });
    byBlock.set(index, block);
  }
  const blocks = [...byBlock.values()].sort((a, b) => a.order - b.order);
  const parsed = JSON.parse(document) as { root: Parameters<typeof withMarkNodes>[0] };
  const forms = {
    nodes: JSON.stringify({ root: withMarkNodes(parsed.root, blocks) }),
    table: JSON.stringify({ ...parsed, [COMMENT_MARKS_KEY]: writeMarkTable(blocks) }),
  };
  store.closeAll();
  const files: Record<string, string> = {};
  for (const [name, json] of Object.entries(forms)) {
    files[name] = join(dir, `${name}.helder`);
    copyFileSync(base, files[name]);
    const s = new NoteStore();
    s.save(files[name], json, { kind: 'auto' });
    s.closeAll();
  }
  files.without = store.createNote(dir, 'Zonder', { document }).path;
  store.closeAll();
  // KEEP=<dir>: the three notes are copied there, to time another build on the same files.
  if (process.env.KEEP) for (const [name, file] of Object.entries(files)) copyFileSync(file, join(process.env.KEEP, `${name}.helder`));
  for (const [name, file] of Object.entries(files)) console.log(`${name}: file ${(statSync(file).size / 1e6).toFixed(1)} MB`, name in forms ? `document ${(forms[name as keyof typeof forms].length / 1e3).toFixed(0)} KB` : '');

  const cpu: Record<string, number[]> = { nodes: [], table: [], without: [] };
  for (let round = 0; round <= ROUNDS; round += 1) {
    for (const name of Object.keys(cpu)) {
      const s = new NoteStore();
      const before = process.cpuUsage();
      s.openNote(files[name]!);
      const used = process.cpuUsage(before);
      s.closeAll();
      if (round > 0) cpu[name]!.push((used.user + used.system) / 1000);
    }
  }
  for (const [name, values] of Object.entries(cpu)) console.log(`notes.open ${name}: median ${median(values).toFixed(1)} ms CPU (min ${Math.min(...values).toFixed(1)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
