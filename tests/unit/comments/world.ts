import path from 'node:path';
import { createAnchor, flatten, type QuoteSelector } from '../../../shared/comments';
import type { Thread } from '../../../shared/contract';
import { headingNode, paragraphNode, rootNode, textNode, toBlocks } from '../../../shared/document';
import { CommentService } from '../../../electron/services/comments';
import { NoteStore } from '../../../electron/services/note-store';
import { tempFolder } from '../../fixtures/store/temp';

/** A Lexical document of one heading per `# ` line and one paragraph per other line. */
export function documentOf(...lines: string[]): string {
  return JSON.stringify({
    root: rootNode(lines.map((line) => (line.startsWith('# ') ? headingNode('h2', [textNode(line.slice(2))]) : paragraphNode([textNode(line)])))),
  });
}

export const baseText = [
  '# Waarom',
  'De gemeente wil de sociale basis versterken. Inwoners helpen elkaar vaker als de buurt sterk is.',
  '# Wat gaan we doen',
  'Wij geven geld aan buurthuizen. Wij betalen vrijwilligers een kleine vergoeding.',
  'Wij maken een loket waar inwoners met vragen terecht kunnen.',
];

/** Anchor on the n-th occurrence of `words` in the document. */
export function anchorOn(documentJson: string, words: string, occurrence = 0): QuoteSelector {
  const blocks = toBlocks(documentJson);
  const flat = flatten(blocks);
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = flat.text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" not in document`);
  const index = flat.starts.findLastIndex((start) => start <= at);
  const block = blocks[index]!;
  const from = at - flat.starts[index]!;
  const selector = createAnchor(blocks, { from: { blockId: block.id, offset: from }, to: { blockId: block.id, offset: from + words.length } });
  if (!selector) throw new Error('empty anchor');
  return selector;
}

/** One person's Helder (writer or panel member): its own store and comment service, its own clock. */
export function helder(startIso = '2026-03-01T09:00:00.000Z') {
  let clock = Date.parse(startIso);
  const now = () => new Date((clock += 1000));
  const store = new NoteStore({ now });
  const comments = new CommentService(store, { now });
  return { store, comments, now, setClock: (iso: string) => (clock = Date.parse(iso)) };
}

export function world() {
  const folder = tempFolder('helder-comments-');
  const writer = helder();
  const note = writer.store.createNote(folder.dir, 'Sociale basis', { author: 'A. Jansen', document: documentOf(...baseText) }).path;
  return {
    dir: folder.dir,
    writer,
    note,
    file: (name: string) => path.join(folder.dir, name),
    cleanup() {
      writer.store.closeAll();
      folder.cleanup();
    },
  };
}

/** Threads and comments in a canonical order, to compare outcomes of different import orders. */
export function canonical(threads: readonly Thread[]) {
  return [...threads]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((thread) => ({ ...thread, comments: [...thread.comments].sort((a, b) => (a.id < b.id ? -1 : 1)) }));
}
