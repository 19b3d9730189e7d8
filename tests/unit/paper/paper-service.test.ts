// The paper round against real .helder files: the packet records what each printed line held,
// typed-back comments land on the right words (also after the text changed since printing),
// entering the same form twice changes nothing, and the panel summary says what was done.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatten, reanchor } from '../../../shared/comments/anchor';
import type { PaperEntryInput, PaperPacketInfo, Stance, Thread } from '../../../shared/contract';
import { PaperEntry } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { PAPER_ORIGIN, planPaperEntries } from '../../../shared/paper';
import { CommentService } from '../../../electron/services/comments';
import { NoteStore } from '../../../electron/services/note-store';
import { PaperService } from '../../../electron/services/paper';
import { VersionService } from '../../../electron/services/versions/version-service';
import { tempFolder } from '../../fixtures/store/temp';
import { baseText, documentOf } from '../comments/world';

const entry = (input: PaperEntryInput) => PaperEntry.parse(input);

let folder: { dir: string; cleanup(): void };
let printed: string;
let packet: PaperPacketInfo;
let pdf: string;

/** A fresh copy of the printed note with its own services, so tests do not share comments. */
function copyOfPrinted(name: string) {
  const file = path.join(folder.dir, `${name}.helder`);
  fs.copyFileSync(printed, file);
  const store = new NoteStore();
  const versions = new VersionService(store);
  return { file, store, paper: new PaperService(store, versions), comments: new CommentService(store) };
}

/** What the line table says page/line held, as text. */
const lineText = (page: number, line: number) => {
  const stored = JSON.parse(JSON.stringify(packetLayout)) as typeof packetLayout;
  const found = stored.lines.find((item) => item.page === page && item.line === line)!;
  return flatten(stored.blocks).text.slice(found.start, found.end);
};
let packetLayout: { blocks: { id: string; text: string }[]; lines: { page: number; line: number; start: number; end: number }[] };

beforeAll(async () => {
  folder = tempFolder('helder-paper-');
  const store = new NoteStore();
  printed = store.createNote(folder.dir, 'Sociale basis', { author: 'A. Jansen', document: documentOf(...baseText) }).path;
  const made = await new PaperService(store, new VersionService(store)).make(printed);
  packet = made.packet;
  pdf = made.file;
  const row = store.database(printed).prepare("SELECT summary FROM review_rounds WHERE round_id = ?").get(packet.roundId) as { summary: string };
  packetLayout = (JSON.parse(row.summary) as { paper: { layout: typeof packetLayout } }).paper.layout;
  store.closeAll();
}, 120_000);
afterAll(() => folder.cleanup());

describe('paper packet', () => {
  it('is a PDF next to the note, printed from a named version, with the line table it was printed with', () => {
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(path.dirname(pdf)).toBe(folder.dir);
    expect(packet.number).toBe(1);
    const { store } = copyOfPrinted('versions');
    const named = store.revisions(printed).find((revision) => revision.id === packet.revisionId);
    expect(named?.name).toBe('Papieren versie 1');
    store.closeAll();
    // Every numbered line on paper shows exactly the words the table says, after its number.
    for (const page of packet.textPages) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      const printedLines = text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
      for (const line of packetLayout.lines.filter((item) => item.page === page)) {
        expect(printedLines, `page ${page} line ${line.line}`).toContain(`${line.line} ${lineText(page, line.line).replace(/\s+/g, ' ')}`);
      }
    }
  });

  it('numbers again from 1 on every text page and starts the text after the instruction page', () => {
    expect(packet.textPages[0]).toBe(2);
    for (const page of packet.textPages) {
      const numbers = packetLayout.lines.filter((line) => line.page === page).map((line) => line.line);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });
});

describe('typing paper comments back', () => {
  /** Where the three test entries point: a word on a line, a whole line, words over a line end. */
  function placeOf(words: string) {
    const line = packetLayout.lines.find((item) => lineText(item.page, item.line).includes(words))!;
    return { page: line.page, line: line.line };
  }

  it('places each on the right words of the current text, after the note changed since printing', () => {
    const { file, store, paper, comments } = copyOfPrinted('changed');
    // The writer goes on: a new paragraph on top, and one sentence rewritten.
    const changed = documentOf('Een nieuwe alinea bovenaan, geschreven na het printen.', ...baseText.map((line) => line.replace('Wij maken een loket', 'Er komt een loket')));
    store.save(file, changed, { kind: 'auto' });
    const entries = [
      entry({ ...placeOf('vrijwilligers'), words: 'vrijwilligers', stance: 'vraag', body: 'Hoeveel krijgen zij?', name: 'Fatima' }),
      entry({ ...placeOf('sociale basis'), words: 'sociale basis', stance: 'onduidelijk', body: 'Wat is dat?' }),
      entry({ ...placeOf('Wij maken een loket'), words: 'Wij maken een loket', stance: 'eens', body: 'Goed plan.', name: 'Henk' }),
    ];
    const summary = paper.enter(file, packet.roundId, entries);
    expect(summary).toMatchObject({ added: 3, known: 0, refused: [] });
    // The rewritten sentence is reported, never moved to other words.
    expect(summary.notPlaced).toEqual([{ index: 2, quote: 'Wij maken een loket' }]);
    const threads = comments.list(file);
    const blocks = toBlocks(changed);
    const flat = flatten(blocks);
    const on = (body: string) => threads.find((thread) => thread.comments[0]?.body === body)!;
    for (const [body, words] of [['Hoeveel krijgen zij?', 'vrijwilligers'], ['Wat is dat?', 'sociale basis']] as const) {
      const placed = reanchor(blocks, on(body).anchor.selector);
      expect(placed.status, body).not.toBe('orphaned');
      if (placed.status !== 'orphaned') expect(flat.text.slice(placed.start, placed.end)).toBe(words);
    }
    expect(on('Goed plan.').anchor.status).toBe('orphaned');
    expect(on('Hoeveel krijgen zij?').comments[0]).toMatchObject({ origin: PAPER_ORIGIN, author: 'Fatima', stance: 'vraag' });
    expect(on('Wat is dat?').comments[0]!.author).toBe('');

    // Entering the same form again changes nothing.
    const before = JSON.stringify(comments.list(file));
    expect(paper.enter(file, packet.roundId, [...entries].reverse())).toMatchObject({ added: 0, known: 3 });
    expect(JSON.stringify(comments.list(file))).toBe(before);
    store.closeAll();
  });

  it('refuses places that are not in the packet, stores the rest, and does not bring back what the writer deleted', () => {
    const { file, store, paper, comments } = copyOfPrinted('refused');
    const good = entry({ ...placeOf('buurthuizen'), words: 'buurthuizen', stance: 'suggestie', body: 'Ook de bibliotheek.' });
    const summary = paper.enter(file, packet.roundId, [
      entry({ page: 40, line: 1, stance: 'vraag', body: 'x' }),
      good,
      entry({ page: packet.textPages[0]!, line: 199, stance: 'vraag', body: 'y' }),
      entry({ ...placeOf('buurthuizen'), words: 'fietsenstalling', stance: 'vraag', body: 'z' }),
    ]);
    expect(summary.added).toBe(1);
    expect(summary.refused).toEqual([
      { index: 0, reason: 'noPage' },
      { index: 2, reason: 'noLine' },
      { index: 3, reason: 'wordsNotOnLine' },
    ]);
    const [thread] = comments.list(file);
    comments.remove(file, { threadId: thread!.id });
    expect(paper.enter(file, packet.roundId, [good])).toMatchObject({ added: 0, known: 1 });
    expect(comments.list(file)).toEqual([]);
    expect(() => paper.enter(file, '00000000-0000-4000-8000-000000000000', [good])).toThrow(/paper.notFound/);
    store.closeAll();
  });

  it('gives the same comments whatever the order and batches they are typed in, and re-entering changes nothing', () => {
    const lines = packetLayout.lines;
    const arbitraryEntry = fc.record({
      at: fc.integer({ min: 0, max: lines.length - 1 }),
      stance: fc.constantFrom<Stance>('vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'),
      body: fc.constantFrom('Goed.', 'Wat betekent dit?', 'Te lang.', ''),
      name: fc.constantFrom('', 'Ans', 'Bram'),
    });
    let run = 0;
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.func(fc.integer()), (raw, batches, order) => {
        const entries = raw.map((item) => entry({ page: lines[item.at]!.page, line: lines[item.at]!.line, stance: item.stance, body: item.body, name: item.name }));
        const shuffled = entries.map((item, index) => ({ item, key: order(index) })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        const outcome = (list: typeof entries, size: number) => {
          const world = copyOfPrinted(`order-${(run += 1)}`);
          for (let start = 0; start < list.length; start += size) world.paper.enter(world.file, packet.roundId, list.slice(start, start + size));
          const result = comparable(world.comments.list(world.file));
          const again = world.paper.enter(world.file, packet.roundId, list);
          const after = comparable(world.comments.list(world.file));
          world.store.closeAll();
          return { result, again, after };
        };
        const a = outcome(entries, entries.length);
        const b = outcome(shuffled, Math.ceil(shuffled.length / batches));
        expect(b.result).toEqual(a.result);
        expect(a.again.added).toBe(0);
        expect(a.after).toEqual(a.result);
      }),
      { numRuns: 15 },
    );
  });
});

/** Comments without the time they were typed: what a reader of the Reacties view sees. */
function comparable(threads: Thread[]) {
  return threads
    .map((thread) => ({ id: thread.id, anchor: thread.anchor, comments: thread.comments.map(({ createdAt: _c, ...rest }) => rest) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('planPaperEntries', () => {
  it('is a union by stable id: order-independent and idempotent', () => {
    const arbitrary = fc.array(
      fc.record({ page: fc.integer({ min: 1, max: 3 }), line: fc.integer({ min: 1, max: 5 }), words: fc.constantFrom('', 'geld'), stance: fc.constantFrom<Stance>('vraag', 'eens'), body: fc.string({ maxLength: 8 }), name: fc.constantFrom('', 'Ans') }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbitrary, fc.func(fc.integer()), (raw, order) => {
        const entries = raw.map((item) => entry(item));
        const shuffled = entries.map((item, index) => ({ item, key: order(index) })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        const run = (list: typeof entries) => {
          const state = { threads: new Set<string>(), tombstones: new Set<string>() };
          const planned = planPaperEntries(state, 'round', list);
          const again = planPaperEntries(state, 'round', list);
          return { ids: [...state.threads].sort(), added: planned.add.length, againAdded: again.add.length };
        };
        const a = run(entries);
        const b = run(shuffled);
        expect(b.ids).toEqual(a.ids);
        expect(a.againAdded).toBe(0);
        expect(a.added).toBe(a.ids.length);
      }),
    );
  });
});

describe('a hand-made paper round in a note', () => {
  it('cannot make an empty or misplaced quote: lines outside the printed text are ignored', () => {
    const { file, store, paper, comments } = copyOfPrinted('hostile');
    const db = store.writableDatabase(file);
    const roundId = '22222222-2222-4222-8222-222222222222';
    const layout = { blocks: [{ id: 'b0', text: 'Kort' }], lines: [{ page: 2, line: 1, start: 0, end: 4 }, { page: 2, line: 2, start: 3, end: 3 }, { page: 2, line: 3, start: 2, end: 900 }] };
    db.prepare("INSERT INTO review_rounds (round_id, kind, created_at, base_revision, file, summary) VALUES (?, 'export', '2026-01-01T00:00:00.000Z', NULL, 'x.pdf', ?)").run(roundId, JSON.stringify({ paper: { number: 7, textPages: [2], layout } }));
    const summary = paper.enter(file, roundId, [entry({ page: 2, line: 1, stance: 'vraag', body: 'a' }), entry({ page: 2, line: 2, stance: 'vraag', body: 'b' }), entry({ page: 2, line: 3, stance: 'vraag', body: 'c' })]);
    expect(summary.added).toBe(1);
    expect(summary.refused.map((item) => item.reason)).toEqual(['noLine', 'noLine']);
    // The note still reads: every stored quote is a real stretch of the printed text.
    expect(comments.list(file).map((thread) => thread.anchor.selector.exact)).toEqual(['Kort']);
    store.closeAll();
  });
});

describe('the packet\'s word list', () => {
  it('explains the familiar words a resident may not know (wijkteam, AOW) as panel mode does, next to the checker\'s words', async () => {
    const store = new NoteStore();
    const file = store.createNote(folder.dir, 'Hulp in de wijk', { author: 'A. Jansen', document: documentOf('Het wijkteam helpt u. Dan krijgt u AOW. Wij werken aan zelfregie.') }).path;
    const made = await new PaperService(store, new VersionService(store)).make(file);
    store.closeAll();
    const words = execFileSync('pdftotext', [made.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const glossary = words.slice(words.lastIndexOf('wijkteam ('));
    expect(glossary).toContain('Een wijkteam is een groep mensen in uw wijk');
    expect(glossary).toMatch(/AOW \(.*\): AOW betekent: Algemene Ouderdomswet\./);
    expect(glossary).toMatch(/zelfregie \(.*\):/);
  }, 120_000);
});
