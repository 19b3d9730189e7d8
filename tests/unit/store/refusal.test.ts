import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/contract';
import { sampleNoteJson } from '../../../shared/document';
import { latestSchemaVersion } from '../../../electron/services/migrations';
import { inspectNoteFile, NoteStore } from '../../../electron/services/note-store';
import { sha256, sideFiles, tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
beforeEach(() => {
  folder = tempFolder();
  store = new NoteStore();
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

/** A real note with enough content (document plus revisions) to span many pages. */
function realNote(title: string): string {
  const maker = new NoteStore({ autoRevisionIntervalMs: 0 });
  const { path: file } = maker.createNote(folder.dir, title);
  for (let index = 0; index < 20; index += 1) maker.save(file, sampleNoteJson(), { kind: 'auto' });
  maker.closeAll();
  return file;
}

const makers: Record<string, { code: ErrorCode; make(): string }> = {
  'a plain text file': {
    code: 'note.notHelder',
    make() {
      const file = path.join(folder.dir, 'Tekst.helder');
      fs.writeFileSync(file, 'Dit is gewoon tekst, geen notitie.\n'.repeat(20));
      return file;
    },
  },
  'an empty file': {
    code: 'note.notHelder',
    make() {
      const file = path.join(folder.dir, 'Leeg.helder');
      fs.writeFileSync(file, '');
      return file;
    },
  },
  'a SQLite database of another program': {
    code: 'note.notHelder',
    make() {
      const file = path.join(folder.dir, 'Vreemd.helder');
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE meta (id INTEGER, title TEXT); INSERT INTO meta VALUES (1, 'x')");
      db.close();
      return file;
    },
  },
  'a note cut in half': {
    code: 'note.corrupt',
    make() {
      const file = realNote('Afgekapt');
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return file;
    },
  },
  'a note header followed by garbage': {
    code: 'note.corrupt',
    make() {
      const file = realNote('Rommel');
      const bytes = fs.readFileSync(file);
      let seed = 7;
      for (let index = 100; index < bytes.length; index += 1) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        bytes[index] = seed & 0xff;
      }
      fs.writeFileSync(file, bytes);
      return file;
    },
  },
  'a note from a newer Helder': {
    code: 'note.newerSchema',
    make() {
      const file = realNote('Nieuwer');
      const db = new Database(file);
      db.pragma(`user_version = ${latestSchemaVersion + 1}`);
      db.close();
      return file;
    },
  },
};

describe.each(Object.entries(makers))('opening %s', (_label, { code, make }) => {
  it(`is refused with ${code}, naming the file, and leaves the file untouched`, () => {
    const file = make();
    expect(sideFiles(file)).toEqual([]);
    const before = sha256(file);
    const mtime = fs.statSync(file).mtimeMs;

    expect(() => store.openNote(file)).toThrow(expect.objectContaining({ code, params: expect.objectContaining({ file: path.basename(file) }) }));
    expect(() => store.save(file, sampleNoteJson(), { kind: 'named' })).toThrow(expect.objectContaining({ code }));

    expect(sha256(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(sideFiles(file)).toEqual([]);
    expect(store.isOpen(file)).toBe(false);
  });
});

describe('inspectNoteFile', () => {
  it('accepts a healthy note without creating side files', () => {
    const file = realNote('Gezond');
    expect(inspectNoteFile(file)).toEqual({ schemaVersion: latestSchemaVersion });
    expect(sideFiles(file)).toEqual([]);
  });

  it('refuses a folder named like a note', () => {
    const dir = path.join(folder.dir, 'Map.helder');
    fs.mkdirSync(dir);
    expect(() => inspectNoteFile(dir)).toThrow(expect.objectContaining({ code: 'note.notHelder' }));
  });
});
