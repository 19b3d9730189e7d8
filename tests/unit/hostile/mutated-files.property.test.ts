// Random hostile files built from real notes and real review copies by mutation: tables dropped or
// altered, triggers and views added, bytes flipped, files cut, companion logs swapped in.
// Whatever comes out, Helder refuses with a named reason or opens read-only without changing a
// byte, or (when the mutation left a valid note) opens a note that passes every check.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HelderError } from '../../../shared/contract';
import { NoteStore } from '../../../electron/services/note-store';
import { admitNoteFile } from '../../../electron/services/note-store/note-image';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, documentOf, fingerprint, foreignWal, helder, NOTE_TEXT, otherNotesWal, realNote } from './hostile-world';

let folder: { dir: string; cleanup(): void };
let noteBytes: Buffer;
let copyBytes: Buffer;
let writerNote: string;
let wals: Buffer[];
let run = 0;

beforeAll(() => {
  folder = tempFolder('helder-mutate-');
  const note = realNote(folder.dir, 'Bron');
  noteBytes = fs.readFileSync(note);
  const writer = helder();
  writerNote = writer.store.createNote(folder.dir, 'Schrijver', { document: documentOf(...NOTE_TEXT) }).path;
  const official = writer.comments.add(writerNote, { anchor: anchorOn(documentOf(...NOTE_TEXT), 'loket'), stance: 'vraag', body: 'Duidelijk?', author: 'A. Jansen' });
  const copy = writer.comments.exportReviewCopy(writerNote, { target: path.join(folder.dir, 'kopie-bron.helder'), share: [official.id] }).file;
  writer.store.closeAll();
  const resident = helder('2026-04-01T10:00:00.000Z');
  resident.comments.add(copy, { anchor: anchorOn(documentOf(...NOTE_TEXT), 'buurthuizen'), stance: 'eens', body: 'Goed plan', author: 'Bewoner' });
  resident.comments.reply(copy, { threadId: official.id, body: 'Ja hoor', author: 'Bewoner' });
  resident.store.closeAll();
  copyBytes = fs.readFileSync(copy);
  wals = [foreignWal(folder.dir), foreignWal(folder.dir, true), otherNotesWal(folder.dir)];
});
afterAll(() => folder.cleanup());

const SQL_MUTATIONS = [
  'DROP TABLE revisions',
  'DROP TABLE tombstones; CREATE VIEW tombstones AS SELECT id, created_at AS deleted_at FROM threads',
  'ALTER TABLE comments ADD COLUMN extra TEXT',
  "CREATE TRIGGER t1 AFTER UPDATE ON document BEGIN UPDATE meta SET title = 'x'; END",
  "CREATE TRIGGER t2 BEFORE INSERT ON comments BEGIN SELECT RAISE(ABORT, 'nee'); END",
  'CREATE VIEW v AS SELECT * FROM meta',
  'CREATE INDEX i ON revisions (created_at)',
  'DELETE FROM meta',
  'DELETE FROM document',
  "UPDATE document SET json = '{\"root\":{\"type\":\"root\",\"children\":[{\"type\":\"toekomst\"}]}}'",
  "UPDATE document SET json = x'00ff'",
  "UPDATE meta SET status = 'weg'",
  "UPDATE comments SET thread_id = 'geen-uuid'",
  "UPDATE threads SET anchor = '{'",
  'PRAGMA user_version = 99',
  'PRAGMA application_id = 7',
  'PRAGMA journal_mode = WAL',
] as const;

type Mutation =
  | { kind: 'sql'; index: number }
  | { kind: 'flip'; offsets: number[]; xor: number }
  | { kind: 'cut'; fraction: number }
  | { kind: 'companion'; index: number; suffix: '-wal' | '-journal' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('sql' as const), index: fc.nat({ max: SQL_MUTATIONS.length - 1 }) }),
  fc.record({ kind: fc.constant('flip' as const), offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 24 }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), fraction: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }),
  fc.record({ kind: fc.constant('companion' as const), index: fc.nat({ max: 2 }), suffix: fc.constantFrom('-wal' as const, '-journal' as const) }),
);

function build(base: Buffer, mutations: readonly Mutation[]): string {
  run += 1;
  const file = path.join(folder.dir, `gemuteerd-${run}.helder`);
  fs.writeFileSync(file, base);
  for (const m of mutations) {
    if (m.kind === 'sql') {
      try {
        const db = new Database(file);
        db.exec(SQL_MUTATIONS[m.index]!);
        db.close();
      } catch {
        // An earlier mutation may already have made the file unreadable to SQLite; keep going.
      }
    } else if (m.kind === 'flip') {
      const bytes = fs.readFileSync(file);
      for (const offset of m.offsets) bytes[offset % bytes.length] = (bytes[offset % bytes.length] ?? 0) ^ m.xor;
      fs.writeFileSync(file, bytes);
    } else if (m.kind === 'cut') {
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * m.fraction)));
    } else {
      fs.writeFileSync(`${file}${m.suffix}`, wals[m.index]!);
    }
  }
  return file;
}

/** Refused with a reason a writer can read: a HelderError, never "internal". */
function expectNamedRefusal(error: unknown) {
  expect(error).toBeInstanceOf(HelderError);
  expect((error as HelderError).code).not.toBe('internal');
}

describe('mutated notes', () => {
  it('are refused or opened read-only without a changed byte, or open as a note that passes every check', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const file = build(noteBytes, mutations);
        const before = fingerprint(file);
        const store = new NoteStore({ busyTimeoutMs: 20 });
        try {
          const opened = store.openNote(file);
          if (opened.readOnly) {
            expect(() => store.save(file, documentOf('x'), { kind: 'auto' })).toThrow();
            store.closeAll();
            expect(fingerprint(file)).toEqual(before);
          } else {
            store.closeAll();
            // Only a mutation that left a valid note gets here: it must pass admission again.
            expect(() => admitNoteFile(file)).not.toThrow();
            const db = new Database(file, { readonly: true });
            const foreign = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type IN ('view') OR (type = 'trigger' AND name <> 'meta_note_id')").get() as { n: number };
            db.close();
            expect(foreign.n).toBe(0);
          }
        } catch (error) {
          store.closeAll();
          expectNamedRefusal(error);
          expect(fingerprint(file)).toEqual(before);
          expect(store.isOpen(file)).toBe(false);
        }
      }),
      { numRuns: 60, seed: Number(process.env.HELDER_FUZZ_SEED ?? 20261127) },
    );
  });
});

describe('mutated review copies', () => {
  it('are refused without a changed byte anywhere, or imported within the panel rules', () => {
    const writer = new NoteStore();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const copy = build(copyBytes, mutations);
        const before = fingerprint(copy);
        const resident = helder();
        const target = path.join(folder.dir, `doel-${run}.helder`);
        fs.copyFileSync(writerNote, target);
        const official = () => resident.comments.list(target).flatMap((t) => t.comments).filter((c) => c.origin === 'local');
        const officialBefore = JSON.stringify(official());
        try {
          resident.comments.importReviewCopies(target, [copy]);
          // Whatever was accepted, the writer's own comments are as they were.
          expect(JSON.stringify(official())).toBe(officialBefore);
        } catch (error) {
          expectNamedRefusal(error);
        } finally {
          resident.store.closeAll();
        }
        expect(fingerprint(copy)).toEqual(before);
      }),
      { numRuns: 40, seed: Number(process.env.HELDER_FUZZ_SEED ?? 20261127) },
    );
    writer.closeAll();
  });
});
