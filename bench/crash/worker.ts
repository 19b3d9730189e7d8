/**
 * Crash-campaign child: works on one werkmap like a writer and a panel coordinator at once —
 * saving numbered states, commenting, making review copies, importing returned copies, exporting
 * comment reports — and prints an acknowledgement after each operation returns. The parent kills
 * it with SIGKILL at a random moment and checks that everything acknowledged survived.
 *
 * Usage: node worker.mjs <note.helder> <seed> <returned copies folder>
 */
import fs from 'node:fs';
import path from 'node:path';
import { CommentService } from '../../electron/services/comments';
import { NoteStore } from '../../electron/services/note-store';
import { createAnchor } from '../../shared/comments';
import { toBlocks } from '../../shared/document';
import { numberedDocument, stateOf } from '../../tests/fixtures/store/numbered-document';

const [file, seedText, returnedDir] = process.argv.slice(2);
if (!file || !seedText || !returnedDir) throw new Error('usage: worker <note> <seed> <returned>');
let seed = Number(seedText) >>> 0 || 1;
const next = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x1_0000_0000;
};

const store = new NoteStore({ autoRevisionIntervalMs: 0, maxAutoRevisions: 20 });
const comments = new CommentService(store);
const ack = (line: string) => fs.writeSync(1, `${line}\n`);
let state = stateOf(store.openNote(file).document);
ack(`ready ${state}`);
const returned = fs.readdirSync(returnedDir).filter((name) => name.endsWith('.helder')).map((name) => path.join(returnedDir, name));

for (;;) {
  const roll = next();
  if (roll < 0.55) {
    state += 1;
    store.save(file, numberedDocument(state), { kind: state % 7 === 0 ? 'named' : 'auto', title: `Stand ${state}` });
    ack(`saved ${state}`);
  } else if (roll < 0.75) {
    const blocks = toBlocks(store.openNote(file).document);
    const block = blocks[Math.floor(next() * blocks.length)]!;
    const anchor = createAnchor(blocks, { from: { blockId: block.id, offset: 0 }, to: { blockId: block.id, offset: 9 } });
    if (!anchor) continue;
    const thread = comments.add(file, { anchor, stance: 'vraag', body: `Vraag bij stand ${state}`, author: 'Campagne' });
    ack(`comment ${thread.comments[0]!.id}`);
  } else if (roll < 0.85) {
    const copy = comments.exportReviewCopy(file);
    ack(`copy ${path.basename(copy.file)}`);
  } else if (roll < 0.93 && returned.length > 0) {
    const pick = returned[Math.floor(next() * returned.length)]!;
    comments.importReviewCopies(file, [pick]);
    ack(`imported ${path.basename(pick)}`);
  } else {
    const report = comments.exportToFile(file, next() < 0.5 ? 'csv' : 'html');
    ack(`report ${path.basename(report)}`);
  }
}
