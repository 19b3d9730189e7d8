// Not a benchmark: the page's CPU for putting the note with 2,000 comment marks into an editor (as
import { writeFileSync } from 'node:fs';
// LoadDocumentPlugin does, headless: parse, set state, keep the marks aside) and for saving it, with
// the marks stored as mark nodes (older notes: lifted out at open) and as the table beside the text,
// against the same note without marks. In-process CPU on the same functions the page runs.
// Run: node --import tsx bench/profile-marks-load.ts   (ROUNDS=15)
import { createEditor, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { flatten } from '../shared/comments';
import { COMMENT_MARKS_KEY, toBlocks, writeMarkTable, type StoredMarkBlock } from '../shared/document';
import { EDITOR_NODES } from '../renderer/src/editor/nodes';
import { serializeDocument } from '../renderer/src/editor/document-json';
import { keepLifted } from '../renderer/src/editor/deferred-marks';
import { documentForEditor, withMarkNodes, type ScreenSize } from '../renderer/src/editor/mark-json';
import { setParsedState } from '../renderer/src/editor/plugins/set-parsed-state';
import { bigDocument, randomSelector } from './comment-fixture';
import { median, seededRandom } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const document = bigDocument();
const flat = flatten(toBlocks(document));
// 2,000 marks on random 2–6 word quotes, as the comment fixture places its threads.
const random = seededRandom(1);
const byBlock = new Map<number, StoredMarkBlock>();
for (let thread = 0; thread < 2000; thread += 1) {
  const { start, end } = (() => {
    for (;;) {
      const selector = randomSelector(flat, random);
      if (selector.start !== undefined && selector.end !== undefined) return { start: selector.start, end: selector.end };
    }
  })();
  let index = flat.starts.length - 1;
  while (flat.starts[index]! > start) index -= 1;
  const block = byBlock.get(index) ?? { order: index, length: flat.blocks[index]!.text.length, runs: [] };
  block.runs.push({ ids: [`00000000-0000-4000-8000-${String(thread).padStart(12, '0')}`], start: start - flat.starts[index]!, end: end - flat.starts[index]! });
  byBlock.set(index, block);
}
const blocks = [...byBlock.values()].sort((a, b) => a.order - b.order);
const parsed = JSON.parse(document) as { root: Parameters<typeof withMarkNodes>[0] };
const forms: Record<string, string> = {
  nodes: JSON.stringify({ root: withMarkNodes(parsed.root, blocks) }),
  table: JSON.stringify({ ...parsed, [COMMENT_MARKS_KEY]: writeMarkTable(blocks) }),
  without: document,
};
for (const [name, json] of Object.entries(forms)) console.log(`${name}: document ${(json.length / 1000).toFixed(0)} KB`);
if (process.env.DUMP) writeFileSync('/tmp/cm-nodes-form.json', forms.nodes!);

/** Screens the note opens with (LoadDocumentPlugin makes their marks with the note): none, and lines of 100 characters. */
const SCREENS: Record<string, ScreenSize> = { 'no opening screen': { lines: 0, charactersPerLine: 100 }, '20 lines': { lines: 20, charactersPerLine: 100 }, '36 lines': { lines: 36, charactersPerLine: 100 } };

/** LoadDocumentPlugin's path, without the DOM. */
function load(json: string, screen: ScreenSize): LexicalEditor {
  const editor = createEditor({ namespace: 'profile', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  const read = documentForEditor(json, screen);
  if (read === 'unreadable') throw new Error('unreadable');
  const state = editor.parseEditorState((read?.json ?? json) as Parameters<typeof editor.parseEditorState>[0]);
  setParsedState(editor, state, HISTORY_MERGE_TAG);
  if (read && read.blocks.length > 0 && !keepLifted(editor, read.blocks)) throw new Error('marks not kept');
  return editor;
}

const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const times: Record<string, { load: number[]; save: number[] }> = {};
for (let round = 0; round <= ROUNDS; round += 1) {
  for (const [name, json, screen] of Object.entries(forms).flatMap(([form, json]) => Object.entries(SCREENS).map(([label, screen]) => [`${form}, ${label}`, json, screen] as const))) {
    let editor: LexicalEditor | null = null;
    const loadMs = cpuMs(() => (editor = load(json, screen)));
    let saved = '';
    const saveMs = cpuMs(() => (saved = serializeDocument(editor!.getEditorState(), editor!)));
    if (round === 0) console.log(`${name}: saved again ${(saved.length / 1000).toFixed(0)} KB`);
    if (round === 0 && process.env.DUMP) writeFileSync(`/tmp/cm-saved-${name}.json`, saved);
    else {
      times[name] ??= { load: [], save: [] };
      times[name].load.push(loadMs);
      times[name].save.push(saveMs);
    }
  }
}
for (const [name, { load: l, save }] of Object.entries(times)) console.log(`${name}: load ${median(l).toFixed(1)} ms CPU (min ${Math.min(...l).toFixed(1)}), save ${median(save).toFixed(1)} ms CPU`);
