// The "niet begrepen" table (migration 006) in files Helder did not write: a copy can add marks
// and change only its own; a changed table, a trigger on it or rows that do not parse refuse the
// file without changing a byte; and a werkmap list reads no file that fails the schema check.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotUnderstoodService } from '../../../electron/services/not-understood';
import { SettingsStore } from '../../../electron/services/settings';
import { NoteStore } from '../../../electron/services/note-store';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, documentOf, expectUntouched, fingerprint, helder, NOTE_TEXT, tamper } from './hostile-world';

let folder: { dir: string; cleanup(): void };
let writer: ReturnType<typeof helder>;
let note: string;
let settings: SettingsStore;
const doc = () => documentOf(...NOTE_TEXT);
const file = (name: string) => path.join(folder.dir, name);
const marksOf = (store: NoteStore) => new NotUnderstoodService(store, settings);

beforeEach(() => {
  folder = tempFolder('helder-marks-hostile-');
  settings = new SettingsStore(file('profiel'));
  writer = helder();
  note = writer.store.createNote(folder.dir, 'Nota', { author: 'A. Jansen', document: doc() }).path;
});
afterEach(() => {
  writer.store.closeAll();
  folder.cleanup();
});

/** A resident's copy with one mark on `word`. */
function copyWithMark(name: string, word = 'loket') {
  const copy = writer.comments.exportReviewCopy(note, { target: file(name) }).file;
  const resident = helder('2026-03-02T10:00:00.000Z');
  const mark = marksOf(resident.store).add(copy, { anchor: anchorOn(doc(), word), author: 'Bewoner', meaning: 'een balie' });
  resident.store.closeAll();
  return { copy, mark };
}

describe('a returned copy with "niet begrepen" marks', () => {
  it('cannot edit, delete or move another copy\'s mark by reusing its id', () => {
    const a = copyWithMark('a.helder');
    writer.comments.importReviewCopies(note, [a.copy]);
    const b = copyWithMark('b.helder', 'buurthuizen');
    tamper(b.copy, `INSERT INTO not_understood (id, anchor, meaning, author, created_at, edited_at, deleted_at, origin)
      VALUES ('${a.mark.id}', '${JSON.stringify({ selector: anchorOn(doc(), 'vrijwilligers'), status: 'exact' })}', 'overschreven', 'Iemand', '2026-03-02T10:00:00.000Z', '2099-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 'local')`);
    writer.comments.importReviewCopies(note, [b.copy]);
    const marks = marksOf(writer.store).list(note);
    const kept = marks.find((mark) => mark.id === a.mark.id);
    expect(kept).toMatchObject({ meaning: 'een balie', anchor: { selector: { exact: 'loket' } } });
    expect(kept!.origin).not.toBe('local');
    expect(marks.map((mark) => mark.anchor.selector.exact).sort()).toEqual(['buurthuizen', 'loket']);
  });

  it('with a trigger on the marks table is refused, and the copy keeps every byte', () => {
    const { copy } = copyWithMark('trigger.helder');
    tamper(copy, "CREATE TRIGGER sneaky AFTER INSERT ON not_understood BEGIN UPDATE meta SET title = 'gekaapt'; END;");
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'note.unexpectedContent' })));
    expect(marksOf(writer.store).list(note)).toEqual([]);
  });

  it('with an extra column in the marks table is refused', () => {
    const { copy } = copyWithMark('kolom.helder');
    tamper(copy, 'ALTER TABLE not_understood ADD COLUMN extra TEXT');
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'note.unexpectedContent' })));
  });

  it('with a mark whose anchor does not parse is refused as a whole: none of its marks or comments land', () => {
    const { copy } = copyWithMark('kapot.helder');
    tamper(copy, "INSERT INTO not_understood (id, anchor, author, created_at) VALUES ('00000000-0000-4000-8000-000000000009', '{niet: json', 'x', '2026-01-01')");
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'note.corrupt' })));
    expect(marksOf(writer.store).list(note)).toEqual([]);
  });

  it('with more marks than a copy can hold is refused before its rows are read', () => {
    const { copy } = copyWithMark('veel.helder');
    tamper(
      copy,
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20001)
       INSERT INTO not_understood (id, anchor, author, created_at) SELECT printf('00000000-0000-4000-8000-%012d', i + 100), '{}', 'x', '2026-01-01' FROM n`,
    );
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'review.tooLarge' })));
  });
});

describe('the werkmap list', () => {
  it('does not read a note whose marks table was altered, and says which file it skipped', async () => {
    const a = copyWithMark('a.helder');
    writer.comments.importReviewCopies(note, [a.copy]);
    writer.store.closeAll();
    const werkmap = path.join(folder.dir, 'werkmap');
    fs.mkdirSync(werkmap);
    fs.copyFileSync(note, path.join(werkmap, 'goed.helder'));
    fs.copyFileSync(note, path.join(werkmap, 'vreemd.helder'));
    tamper(path.join(werkmap, 'vreemd.helder'), 'CREATE VIEW marks_view AS SELECT * FROM not_understood');
    const reader = helder();
    const altered = path.join(werkmap, 'vreemd.helder');
    const before = fingerprint(altered);
    const result = await marksOf(reader.store).words({ folder: werkmap });
    expect(fingerprint(altered)).toEqual(before);
    expect(result.skipped).toEqual(['vreemd.helder']);
    expect(result.words.map((word) => [word.word, word.residents])).toEqual([['loket', 1]]);
    reader.store.closeAll();
  });
});
