// Residents mark words in their review copies; the marks come home with the import, count per
// word across the werkmap, and a word added to the organisation list is flagged by the checker.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChecker, parseCustomDictionary } from '../../../shared/checker';
import { NotUnderstoodService } from '../../../electron/services/not-understood';
import { SettingsStore } from '../../../electron/services/settings';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, documentOf, helder } from '../comments/world';

const TEXT = ['# Waarom', 'De gemeente versterkt de sociale basis met een integrale aanpak.', '# Wat gaan we doen', 'Wij zetten in op zelfregie en het buurtteam.'];
const OTHER = ['# Plan', 'Het buurtteam helpt inwoners thuis.'];

let folder: { dir: string; cleanup(): void };
let settings: SettingsStore;

beforeEach(() => {
  folder = tempFolder('helder-not-understood-');
  settings = new SettingsStore(path.join(folder.dir, 'profiel'));
});
afterEach(() => folder.cleanup());

/** One person's Helder with the "niet begrepen" service on its own store. */
function person(start?: string) {
  const base = helder(start);
  return { ...base, marks: new NotUnderstoodService(base.store, settings, { now: base.now }) };
}

function werkmap() {
  const dir = path.join(folder.dir, 'werkmap');
  fs.mkdirSync(dir);
  const writer = person();
  const note = writer.store.createNote(dir, 'Sociale basis', { document: documentOf(...TEXT) }).path;
  const other = writer.store.createNote(dir, 'Preventie', { document: documentOf(...OTHER) }).path;
  const copyA = writer.comments.exportReviewCopy(note, { target: path.join(folder.dir, 'kopie-a.helder') }).file;
  const copyB = writer.comments.exportReviewCopy(note, { target: path.join(folder.dir, 'kopie-b.helder') }).file;
  return { dir, writer, note, other, copyA, copyB };
}

function residentMarks(copy: string, words: string[], meaning?: string) {
  const resident = person('2026-05-01T10:00:00.000Z');
  const marks = words.map((word) => resident.marks.add(copy, { anchor: anchorOn(documentOf(...TEXT), word), author: 'Bewoner', ...(meaning ? { meaning } : {}) }));
  resident.store.closeAll();
  return marks;
}

describe('"niet begrepen" marks', () => {
  it('travel home with the review import and count per word: residents, notes, context', async () => {
    const w = werkmap();
    residentMarks(w.copyA, ['zelfregie', 'integrale aanpak'], 'iets met geld');
    residentMarks(w.copyB, ['zelfregie']);
    const summary = w.writer.comments.importReviewCopies(w.note, [w.copyA, w.copyB]);
    expect(summary.marks).toBe(3);

    const { words, notes } = await w.writer.marks.words({ folder: w.dir });
    expect(notes).toBe(2);
    expect(words.map((word) => [word.word, word.residents, word.notes])).toEqual([
      ['zelfregie', 2, 1],
      ['integrale aanpak', 1, 1],
    ]);
    const zelfregie = words[0]!;
    expect(zelfregie.contexts[0]).toMatchObject({ path: w.note, title: 'Sociale basis', text: 'Wij zetten in op zelfregie en het buurtteam.' });
    expect(words[1]!.contexts[0]!.meaning).toBe('iets met geld');
    // Per note: the other note has none.
    expect((await w.writer.marks.words({ path: w.other })).words).toEqual([]);
    w.writer.store.closeAll();
  });

  it('change nothing when the same copies are imported again, in another order', () => {
    const w = werkmap();
    residentMarks(w.copyA, ['zelfregie']);
    residentMarks(w.copyB, ['buurtteam']);
    w.writer.comments.importReviewCopies(w.note, [w.copyA, w.copyB]);
    const before = w.writer.marks.list(w.note);
    const again = w.writer.comments.importReviewCopies(w.note, [w.copyB, w.copyA]);
    expect(again.marks).toBe(0);
    expect(w.writer.marks.list(w.note)).toEqual(before);
    w.writer.store.closeAll();
  });

  it('can be taken back by the resident, and an older copy cannot bring the mark back', () => {
    const w = werkmap();
    const older = path.join(folder.dir, 'kopie-a-eerder.helder');
    const [mark] = residentMarks(w.copyA, ['zelfregie']);
    fs.copyFileSync(w.copyA, older);
    const resident = person('2026-05-02T10:00:00.000Z');
    expect(resident.marks.remove(w.copyA, mark!.id)).toBe(true);
    expect(resident.marks.list(w.copyA)).toEqual([]);
    resident.store.closeAll();
    w.writer.comments.importReviewCopies(w.note, [w.copyA]);
    w.writer.comments.importReviewCopies(w.note, [older]);
    expect(w.writer.marks.list(w.note)).toEqual([]);
    w.writer.store.closeAll();
  });

  it('are made only in a review copy, on a word or short phrase', () => {
    const w = werkmap();
    expect(() => w.writer.marks.add(w.note, { anchor: anchorOn(documentOf(...TEXT), 'zelfregie'), author: 'A. Jansen' })).toThrow(expect.objectContaining({ code: 'review.notReviewCopy' }));
    const resident = person();
    const long = { ...anchorOn(documentOf(...TEXT), 'zelfregie'), exact: 'x'.repeat(101) };
    expect(() => resident.marks.add(w.copyA, { anchor: long, author: 'Bewoner' })).toThrow(expect.objectContaining({ code: 'ipc.invalidRequest' }));
    resident.store.closeAll();
    w.writer.store.closeAll();
  });

  it('end in the organisation list: the checker then flags the word in every note, saying residents did not understand it', async () => {
    const w = werkmap();
    residentMarks(w.copyA, ['buurtteam']);
    residentMarks(w.copyB, ['buurtteam']);
    w.writer.comments.importReviewCopies(w.note, [w.copyA, w.copyB]);
    const [word] = (await w.writer.marks.words({ folder: w.dir })).words;
    expect(word).toMatchObject({ word: 'buurtteam', residents: 2, flaggedBy: null });

    const added = await w.writer.marks.addToOrganisationList({ word: 'buurtteam', alternative: 'voorkomen', explanation: 'Zorgen dat iets niet gebeurt.', notUnderstood: word!.residents }, w.dir);
    expect(added.file).toBe(path.join(w.dir, 'woordenlijst-organisatie.json'));
    expect(settings.get().checks.organisationDictionary).toBe(added.file);
    expect((await w.writer.marks.words({ folder: w.dir })).words[0]!.flaggedBy).toBe('jargon');

    // The list is a dictionary the editor's checker reads: the other note's "buurtteam" is flagged.
    const list = parseCustomDictionary('woordenlijst-organisatie.json', JSON.parse(fs.readFileSync(added.file, 'utf8')));
    const finding = createChecker({ dictionaries: [list] }).checkText(OTHER[1]!).findings.find((item) => item.actual === 'buurtteam');
    expect(finding?.ruleId).toBe('jargon');
    expect(finding?.explanation).toContain('bewoners begrepen dit niet (2 keer)');
    expect(finding?.expected).toContain('voorkomen');
    w.writer.store.closeAll();
  });

  it('skip a damaged file in the werkmap and still list the rest', async () => {
    const w = werkmap();
    residentMarks(w.copyA, ['zelfregie']);
    w.writer.comments.importReviewCopies(w.note, [w.copyA]);
    w.writer.store.closeAll();
    fs.writeFileSync(path.join(w.dir, 'kapot.helder'), 'geen notitie');
    const reader = person();
    const result = await reader.marks.words({ folder: w.dir });
    expect(result.skipped).toEqual(['kapot.helder']);
    expect(result.words.map((word) => word.word)).toEqual(['zelfregie']);
    reader.store.closeAll();
  });
});
