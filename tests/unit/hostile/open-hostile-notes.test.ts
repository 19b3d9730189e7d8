// Notes that arrive by mail, on a stick or from a shared drive, opened as an attacker or an
// accident would leave them: Helder refuses or opens read-only, and no byte of any file changes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleNoteJson, toBlocks } from '../../../shared/document';
import { createServices, dispatch } from '../../../electron/services';
import { NoteStore } from '../../../electron/services/note-store';
import { tempFolder } from '../../fixtures/store/temp';
import { documentOf, expectUntouched, fingerprint, foreignWal, NOTE_TEXT, otherNotesWal, realNote, tamper } from './hostile-world';

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
beforeEach(() => {
  folder = tempFolder('helder-hostile-');
  store = new NoteStore({ busyTimeoutMs: 50 });
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

const textOf = (documentJson: string) => toBlocks(documentJson).map((block) => block.text).join('\n');

describe('a stray log file beside a good note', () => {
  it.each([
    ['the -wal of another program', () => foreignWal(folder.dir)],
    ['the -wal of another program with a table named like ours', () => foreignWal(folder.dir, true)],
    ['the -wal of another Helder note', () => otherNotesWal(folder.dir)],
  ])('%s is not replayed: the note opens read-only, names the file, and nothing changes', (_label, makeWal) => {
    const file = realNote(folder.dir);
    fs.writeFileSync(`${file}-wal`, makeWal());
    const opened = expectUntouched(file, () => store.openNote(file));
    expect(opened.readOnly).toEqual({ code: 'note.strayCompanion', params: { file: 'Nota.helder', companion: 'Nota.helder-wal' } });
    expect(textOf(opened.document)).toContain('Versie 4.');
    expect(opened.meta.title).toBe('Nota');
    expectUntouched(file, () => expect(() => store.save(file, documentOf('Nieuw'), { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'note.readOnly' })));
    store.closeAll();
    // Once the stray file is moved away the note is whole and writable again.
    fs.rmSync(`${file}-wal`);
    const again = new NoteStore();
    expect(again.openNote(file).readOnly).toBeNull();
    expect(() => again.save(file, documentOf('Nieuw'), { kind: 'auto' })).not.toThrow();
    again.closeAll();
  });

  it('a -journal of another database is not rolled back into the note', () => {
    const file = realNote(folder.dir);
    const other = path.join(folder.dir, 'ander.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (randomblob(5000));');
    db.close();
    // A hot journal as a killed writer of that database would leave it.
    const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(other)});d.pragma('cache_size = 1');d.exec('BEGIN');d.exec("UPDATE t SET x = randomblob(6000)");d.exec("INSERT INTO t SELECT randomblob(9000) FROM t");process.kill(process.pid,'SIGKILL')`;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(import.meta.dirname, '../../..') });
    expect(child.signal).toBe('SIGKILL');
    // The journal holds original pages (the small cache made SQLite spill before the kill).
    expect(fs.statSync(`${other}-journal`).size).toBeGreaterThan(4096);
    fs.copyFileSync(`${other}-journal`, `${file}-journal`);
    const opened = expectUntouched(file, () => store.openNote(file));
    expect(opened.readOnly?.code).toBe('note.strayCompanion');
    expect(textOf(opened.document)).toContain('Versie 4.');
  });

  it("a note's own log, left by an older Helder that had it open, is used", () => {
    const file = realNote(folder.dir);
    const elsewhere = path.join(folder.dir, 'kopie');
    fs.mkdirSync(elsewhere);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('UPDATE document SET json = ? WHERE id = 1').run(documentOf('Laatst opgeslagen tekst.'));
    // Copy the file with its log while the writer still has it open, as a crash would leave it.
    const copy = path.join(elsewhere, 'Nota.helder');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    db.close();
    const opened = store.openNote(copy);
    expect(opened.readOnly).toBeNull();
    expect(textOf(opened.document)).toBe('Laatst opgeslagen tekst.');
  });
});

describe('SQL stored in a file never runs', () => {
  it.each([
    ['a trigger that rewrites the title on save', "CREATE TRIGGER kaap AFTER UPDATE ON document BEGIN UPDATE meta SET title = 'gekaapt'; END;"],
    ['a trigger that makes every save fail', "CREATE TRIGGER blok BEFORE UPDATE ON document BEGIN SELECT RAISE(ABORT, 'nee'); END;"],
    ['a view', 'CREATE VIEW kijk AS SELECT * FROM meta;'],
    ['an extra table', 'CREATE TABLE extra (x TEXT);'],
    ['an extra index', 'CREATE INDEX extra_idx ON comments (body);'],
    ["Helder's own trigger with another body", "DROP TRIGGER meta_note_id; CREATE TRIGGER meta_note_id AFTER INSERT ON meta FOR EACH ROW BEGIN UPDATE meta SET title = 'x'; END;"],
    ['a dropped table', 'DROP TABLE dismissals;'],
  ])('%s: refused as altered, file unchanged, not kept open', (_label, sql) => {
    const file = realNote(folder.dir);
    tamper(file, sql);
    expectUntouched(file, () => {
      expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.unexpectedContent', params: { file: 'Nota.helder' } }));
      expect(() => store.save(file, sampleNoteJson(), { kind: 'named' })).toThrow(expect.objectContaining({ code: 'note.unexpectedContent' }));
    });
    expect(store.isOpen(file)).toBe(false);
  });
});

describe('a document this Helder cannot read in full', () => {
  function withDocument(json: string): string {
    const file = realNote(folder.dir);
    const db = new Database(file);
    db.prepare('UPDATE document SET json = ? WHERE id = 1').run(json);
    db.close();
    return file;
  }
  const longText = 'Dit is een lange alinea over de sociale basis in de wijk. '.repeat(150);
  const newerBlock = JSON.stringify({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: longText, format: 0, detail: 0, mode: 'normal', style: '' }] },
      { type: 'tabel', version: 1, children: [{ type: 'tabelcel', version: 1, children: [{ type: 'text', version: 1, text: 'Cel met bedrag', format: 0, detail: 0, mode: 'normal', style: '' }] }] },
    ] },
  });
  // Comment marks in a table that does not fit the text (a run past the block's end): loaded, they
  // would land on other words or be dropped by the next save.
  const misfitMarks = JSON.stringify({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: longText, format: 0, detail: 0, mode: 'normal', style: '' }] },
    ] },
    commentMarks: [{ block: 0, length: longText.length, runs: [[10, longText.length + 5, '00000000-0000-4000-8000-000000000001']] }],
  });
  // Built as text: even JSON.stringify cannot walk a tree this deep.
  const link = '{"type":"link","version":1,"url":"https://x.nl","children":[';
  const deepInner = `${link.repeat(5000)}{"type":"text","version":1,"text":"diep","format":0,"detail":0,"mode":"normal","style":""}${']}'.repeat(5000)}`;
  const deepJson = `{"root":{"type":"root","version":1,"children":[{"type":"paragraph","version":1,"children":[${deepInner}]}]}}`;

  it.each([
    ['a block type from a newer Helder', newerBlock, 'note.newerDocument', ['Cel met bedrag', 'sociale basis in de wijk']],
    ['JSON that does not parse', '{"root": {"type": "root", "children": [', 'note.unreadableDocument', []],
    ['nesting far beyond any real note', deepJson, 'note.unreadableDocument', ['diep']],
    ['comment marks that do not fit the text', misfitMarks, 'note.unreadableDocument', ['sociale basis in de wijk']],
  ])('%s opens read-only with what is readable, and is never saved over', (_label, json, code, visible) => {
    const file = withDocument(json);
    const opened = expectUntouched(file, () => store.openNote(file));
    expect(opened.readOnly?.code).toBe(code);
    for (const text of visible) expect(textOf(opened.document)).toContain(text);
    expectUntouched(file, () => {
      expect(() => store.save(file, documentOf('Eerste toetsaanslag'), { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'note.readOnly' }));
      expect(() => store.setMeta(file, { title: 'x' })).toThrow(expect.objectContaining({ code: 'note.readOnly' }));
    });
    // "Kopie maken": a new note with the readable text; the original keeps its bytes.
    const copy = expectUntouched(file, () => store.saveCopy(file));
    expect(copy.path).not.toBe(file);
    expect(copy.readOnly).toBeNull();
    expect(copy.meta.title).toBe('Nota (kopie)');
    for (const text of visible) expect(textOf(copy.document)).toContain(text);
    expect(() => store.save(copy.path, documentOf('Verder schrijven'), { kind: 'auto' })).not.toThrow();
  });

  it('a document sent for saving that the editor could not load again is refused', () => {
    const file = realNote(folder.dir);
    store.openNote(file);
    expect(() => store.save(file, newerBlock, { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'ipc.invalidRequest' }));
    expect(() => store.save(file, deepJson, { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'ipc.invalidRequest' }));
    expect(() => store.save(file, misfitMarks, { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'ipc.invalidRequest' }));
    expect(textOf(store.openNote(file).document)).toContain('Versie 4.');
  });
});

describe('clear messages instead of "beschadigd" or an internal error', () => {
  it('a missing document row', () => {
    const file = realNote(folder.dir);
    tamper(file, 'DELETE FROM document;');
    expectUntouched(file, () => expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.noDocument' })));
    expect(store.isOpen(file)).toBe(false);
  });

  it('a document over the size limit', () => {
    const file = realNote(folder.dir);
    tamper(file, "UPDATE document SET json = printf('%.*c', 52428801, 'x');");
    expectUntouched(file, () => expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.tooLarge' })));
  });

  it('a note file over the size limit is refused without reading it', () => {
    const file = realNote(folder.dir);
    fs.truncateSync(file, 210 * 1024 * 1024);
    expectUntouched(file, () => expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.tooLarge', params: expect.objectContaining({ size: '210 MB', limit: '200 MB' }) })));
  });

  it('a symlink loop', () => {
    const file = path.join(folder.dir, 'Lus.helder');
    fs.symlinkSync(file, file);
    expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.linkLoop', params: { file: 'Lus.helder' } }));
  });

  it('a FIFO named like a note does not hang Helder', () => {
    const file = path.join(folder.dir, 'Pijp.helder');
    execFileSync('mkfifo', [file]);
    expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.notHelder' }));
  });

  it('a path with NUL or other control characters, through the IPC door', async () => {
    const services = createServices({
      userDataDir: path.join(folder.dir, 'user'), sampleDir: path.join(folder.dir, 'docs'),
      trashItem: async () => {}, chooseFolder: async () => null, openExternal: async () => {}, emit: () => {},
    });
    try {
      const reply = await dispatch(services.handlers, 'notes.open', { path: `${folder.dir}/nota\u0000.helder` });
      expect(reply).toMatchObject({ ok: false, error: { code: 'note.badPath' } });
    } finally {
      services.dispose();
    }
  });

  it('a write lock held by another program: a clear message, and the save works once it is released', () => {
    const file = realNote(folder.dir);
    store.openNote(file);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    expect(() => store.save(file, documentOf('Tijdens het slot'), { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'note.locked', params: { file: 'Nota.helder' } }));
    other.exec('ROLLBACK');
    other.close();
    store.save(file, documentOf('Na het slot'), { kind: 'auto' });
    expect(textOf(store.openNote(file).document)).toBe('Na het slot');
  });

  it('a file locked by another program while opening', () => {
    const file = realNote(folder.dir);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code: 'note.locked' }));
      expect(store.isOpen(file)).toBe(false);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('a full disk: a clear message, the last saved text stays, and the next save works once there is room', () => {
    const file = realNote(folder.dir);
    store.openNote(file);
    const db = store.database(file);
    // SQLite reports a full disk the same way when a database may not grow any further.
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    const big = documentOf(...Array.from({ length: 400 }, (_, i) => `Alinea ${i} met genoeg tekst om de notitie te laten groeien.`));
    expect(() => store.save(file, big, { kind: 'named' })).toThrow(expect.objectContaining({ code: 'disk.full', params: { file: 'Nota.helder' } }));
    expect(textOf(store.openNote(file).document)).toContain('Versie 4.');
    db.pragma('max_page_count = 1073741823');
    store.save(file, big, { kind: 'named' });
    expect(textOf(store.openNote(file).document)).toContain('Alinea 399');
  });
});

describe('what stays beside a note', () => {
  it('leaves no -wal, -shm or -journal beside a note after saves, and the main file alone holds every save', () => {
    const file = realNote(folder.dir);
    store.openNote(file);
    for (let i = 0; i < 5; i += 1) {
      store.save(file, documentOf(...NOTE_TEXT, `Opgeslagen ${i}`), { kind: 'auto' });
      expect(fingerprint(file)).toMatchObject({ '-wal': null, '-shm': null, '-journal': null });
      // A copy of the file alone, taken while Helder has it open, has the save.
      const copy = path.join(folder.dir, `los ${i}.helder`);
      fs.copyFileSync(file, copy);
      const reader = new NoteStore();
      expect(textOf(reader.openNote(copy).document)).toContain(`Opgeslagen ${i}`);
      reader.closeAll();
    }
  });
});
