import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countDocumentWords, emptyDocument, sampleNoteJson } from '../../../shared/document';
import { latestSchemaVersion } from '../../../electron/services/migrations';
import { HELDER_APPLICATION_ID, NoteStore, safeFileName } from '../../../electron/services/note-store';
import { tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
let clock: Date;
let store: NoteStore;

beforeEach(() => {
  folder = tempFolder();
  clock = new Date('2025-05-01T10:00:00.000Z');
  store = new NoteStore({ now: () => clock });
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const minutes = (n: number) => n * 60_000;

/** Reads a note with a plain connection, as another tool would, after the store let go of it. */
function readDirect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('createNote', () => {
  it('makes a Helder SQLite file named after the title, with an empty document', () => {
    const note = store.createNote(folder.dir, 'Beleid 2026', { author: 'A. Jansen' });
    expect(note.path).toBe(path.join(folder.dir, 'Beleid 2026.helder'));
    expect(note.meta).toMatchObject({ title: 'Beleid 2026', status: 'concept', author: 'A. Jansen', schemaVersion: latestSchemaVersion });
    expect(note.document).toBe(emptyDocument());
    expect(note.revisionId).toBeNull();
    store.close(note.path);
    readDirect(note.path, (db) => {
      expect(db.pragma('application_id', { simple: true })).toBe(HELDER_APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    });
  });

  it('picks the next free name when the title is taken, also when only the case differs', () => {
    const first = store.createNote(folder.dir, 'Naam');
    fs.writeFileSync(path.join(folder.dir, 'naam 2.helder'), '');
    const second = store.createNote(folder.dir, 'Naam');
    expect(path.basename(first.path)).toBe('Naam.helder');
    expect(path.basename(second.path)).toBe('Naam 3.helder');
  });

  it('turns a title with path separators into a file inside the folder', () => {
    const note = store.createNote(folder.dir, '../../Wonen/zorg: plan?');
    expect(path.dirname(note.path)).toBe(folder.dir);
    expect(note.meta.title).toBe('../../Wonen/zorg: plan?');
  });

  it('refuses a folder that does not exist', () => {
    expect(() => store.createNote(path.join(folder.dir, 'weg'), 'X')).toThrow(expect.objectContaining({ code: 'werkmap.notFound' }));
  });
});

describe('safeFileName', () => {
  it.each([
    ['Beleid / wonen', 'Beleid wonen'],
    ['a\\b:c*d?e"f<g>h|i', 'a b c d e f g h i'],
    ['  .verborgen', 'verborgen'],
    ['eindigt met punt.', 'eindigt met punt'],
    ['CON', 'CON notitie'],
    ['lpt1.txt', 'lpt1.txt notitie'],
    ['', 'Naamloos'],
    ['...', 'Naamloos'],
    ['regel\neen', 'regel een'],
  ])('%j becomes %j', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  it('keeps long titles within a safe length', () => {
    expect(safeFileName('woord '.repeat(100)).length).toBeLessThanOrEqual(120);
  });
});

describe('open and save', () => {
  it('reopens a saved document in a new store exactly as it was saved', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    const saved = store.save(file, sampleNoteJson(), { kind: 'auto', title: 'Nieuwe titel' });
    store.closeAll();
    const reopened = new NoteStore().openNote(file);
    expect(reopened.document).toBe(sampleNoteJson());
    expect(reopened.meta.title).toBe('Nieuwe titel');
    expect(reopened.meta.updatedAt).toBe(saved.savedAt);
    expect(reopened.revisionId).toBe(saved.revisionId);
  });

  it('leaves no -wal or -shm file after close', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    store.save(file, sampleNoteJson(), { kind: 'named' });
    expect(store.close(file)).toBe(true);
    expect(fs.readdirSync(folder.dir)).toEqual(['Notitie.helder']);
    expect(store.close(file)).toBe(false);
  });

  it('refuses a document that is not Lexical JSON and keeps the old one', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    store.save(file, sampleNoteJson(), { kind: 'auto' });
    for (const bad of ['{not json', '{"root":null}', '[]']) {
      expect(() => store.save(file, bad, { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'ipc.invalidRequest' }));
    }
    expect(store.openNote(file).document).toBe(sampleNoteJson());
  });

  it('saves a note that was not opened first (it opens on demand)', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    store.closeAll();
    store.save(file, sampleNoteJson(), { kind: 'auto' });
    expect(store.openNote(file).document).toBe(sampleNoteJson());
  });

  it('reports a missing file as not found, naming the file', () => {
    const missing = path.join(folder.dir, 'Weg.helder');
    expect(() => store.openNote(missing)).toThrow(expect.objectContaining({ code: 'note.notFound', params: { file: 'Weg.helder' } }));
  });
});

describe('revisions', () => {
  it('keeps a named revision on every explicit save, with its name and word count', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    const first = store.save(file, sampleNoteJson(), { kind: 'named', name: 'Voor de raad' });
    const second = store.save(file, sampleNoteJson(), { kind: 'named' });
    expect(first.revisionId).not.toBeNull();
    expect(second.revisionId).not.toBe(first.revisionId);
    const list = store.revisions(file);
    expect(list.map((revision) => [revision.kind, revision.name])).toEqual([
      ['named', null],
      ['named', 'Voor de raad'],
    ]);
    expect(list[0]?.words).toBe(countDocumentWords(sampleNoteJson()));
    expect(store.revisionDocument(file, first.revisionId ?? -1)).toBe(sampleNoteJson());
  });

  it('takes at most one automatic snapshot per five minutes of typing', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    const results = [];
    for (let second = 0; second < 12 * 60; second += 2) {
      results.push(store.save(file, sampleNoteJson(), { kind: 'auto' }));
      advance(2000);
    }
    const snapshots = results.filter((result) => result.revisionId !== null);
    // 12 minutes of autosaves: snapshots at 0, 5 and 10 minutes.
    expect(snapshots).toHaveLength(3);
    expect(store.revisions(file).every((revision) => revision.kind === 'auto')).toBe(true);
  });

  it('prunes old automatic snapshots but never named ones', () => {
    const small = new NoteStore({ now: () => clock, maxAutoRevisions: 3 });
    const { path: file } = small.createNote(folder.dir, 'Notitie');
    small.save(file, sampleNoteJson(), { kind: 'named', name: 'Blijft' });
    for (let index = 0; index < 6; index += 1) {
      advance(minutes(6));
      small.save(file, sampleNoteJson(), { kind: 'auto' });
    }
    const list = small.revisions(file);
    expect(list.filter((revision) => revision.kind === 'auto')).toHaveLength(3);
    expect(list.filter((revision) => revision.kind === 'named').map((revision) => revision.name)).toEqual(['Blijft']);
    small.closeAll();
  });

  it('does not get stuck when the clock goes backwards', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    store.save(file, sampleNoteJson(), { kind: 'auto' });
    advance(-minutes(60));
    expect(store.save(file, sampleNoteJson(), { kind: 'auto' }).revisionId).not.toBeNull();
  });
});

describe('setMeta', () => {
  it('changes status, author and title and keeps them after reopening', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    advance(1000);
    const meta = store.setMeta(file, { status: 'review', author: 'B. Bakker' });
    expect(meta).toMatchObject({ title: 'Notitie', status: 'review', author: 'B. Bakker', updatedAt: clock.toISOString() });
    store.setMeta(file, { title: 'Andere titel' });
    store.closeAll();
    expect(new NoteStore().openNote(file).meta).toMatchObject({ title: 'Andere titel', status: 'review', author: 'B. Bakker' });
  });

  it('is refused by SQLite for an unknown status even if a caller skips validation', () => {
    const { path: file } = store.createNote(folder.dir, 'Notitie');
    expect(() => store.setMeta(file, { status: 'gepubliceerd' as never })).toThrow();
    expect(store.openNote(file).meta.status).toBe('concept');
  });
});
