// Schema 5 (advies): notes written before it open and migrate with their comments as reactions,
// and a Helder that knows only schema 4 still refuses a schema-5 note with its clear message.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommentService } from '../../../electron/services/comments';
import { latestSchemaVersion } from '../../../electron/services/migrations';
import { NoteStore } from '../../../electron/services/note-store';
import { writeNoteAtVersion } from '../../fixtures/store/old-schemas';
import { sha256, sideFiles, tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  vi.doUnmock('../../../electron/services/migrations');
  vi.resetModules();
  folder.cleanup();
});

const THREAD = '11111111-1111-4111-8111-111111111111';
const COMMENT = '22222222-2222-4222-8222-222222222222';

/** A note as Helder 4 left it, with one resident's question on "oude versie". */
function noteAtVersion4WithComment(file: string) {
  writeNoteAtVersion(file, 4);
  const db = new Database(file);
  const anchor = JSON.stringify({ selector: { exact: 'oude versie', prefix: 'Tekst uit een ', suffix: '.', blockIndex: 0, start: 14, end: 25 }, status: 'exact' });
  db.prepare("INSERT INTO threads (id, created_at, anchor) VALUES (?, '2024-03-02T10:00:00.000Z', ?)").run(THREAD, anchor);
  db.prepare("INSERT INTO comments (id, thread_id, author, stance, body, created_at) VALUES (?, ?, 'Bewoner', 'vraag', 'Welke versie?', '2024-03-02T10:00:00.000Z')").run(COMMENT, THREAD);
  db.close();
}

describe('migration 5 (advies)', () => {
  it('opens a version-4 note with comments, keeps them as reactions, and takes an advies afterwards', () => {
    const file = path.join(folder.dir, 'oud.helder');
    noteAtVersion4WithComment(file);
    const store = new NoteStore();
    const comments = new CommentService(store);
    // Migrated past 5 to the newest schema (006 and later follow).
    expect(store.openNote(file).meta.schemaVersion).toBe(latestSchemaVersion);
    const [old] = comments.list(file);
    expect(old?.comments).toEqual([
      { id: COMMENT, threadId: THREAD, author: 'Bewoner', stance: 'vraag', body: 'Welke versie?', suggestion: null, createdAt: '2024-03-02T10:00:00.000Z', editedAt: null, origin: 'local' },
    ]);
    const advies = comments.advise(file, { anchor: old!.anchor.selector, body: 'Noem de datum van de versie.', author: 'M. Adviseur', findingRule: 'hard-word' });
    expect(advies.comments[0]).toMatchObject({ kind: 'advies', findingRule: 'hard-word' });
    store.closeAll();
    expect(sideFiles(file)).toEqual([]);

    // The stored column, read without Helder: the old comment is a 'reactie'.
    const db = new Database(file);
    expect(db.prepare('SELECT id, kind, finding_rule FROM comments ORDER BY created_at').all()).toEqual([
      { id: COMMENT, kind: 'reactie', finding_rule: null },
      { id: advies.comments[0]!.id, kind: 'advies', finding_rule: 'hard-word' },
    ]);
    expect(() => db.prepare("UPDATE comments SET kind = 'wens'").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('is refused by a Helder that knows only schema 4, naming the file, with the file unchanged', async () => {
    const store = new NoteStore();
    const file = store.createNote(folder.dir, 'Nieuw', { author: 'A. Jansen' }).path;
    new CommentService(store).advise(file, { anchor: { exact: 'x', prefix: '', suffix: '', blockIndex: 0 }, body: 'Advies', author: 'M. Adviseur' });
    store.closeAll();
    const before = sha256(file);

    vi.resetModules();
    vi.doMock('../../../electron/services/migrations', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../electron/services/migrations')>();
      const old = real.migrations.filter((migration) => migration.version <= 4);
      return { ...real, migrations: old, latestSchemaVersion: 4, migrate: (db: Parameters<typeof real.migrate>[0], list = old) => real.migrate(db, list) };
    });
    const older = await import('../../../electron/services/note-store');
    const oldStore = new older.NoteStore();
    expect(() => oldStore.openNote(file)).toThrow(expect.objectContaining({ code: 'note.newerSchema', params: expect.objectContaining({ file: path.basename(file) }) }));
    oldStore.closeAll();
    expect(sha256(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });
});
