import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate, migrations, type Migration } from '../../../electron/services/migrations';
import { NoteStore } from '../../../electron/services/note-store';
import { frozenSchemas, oldNoteContent, writeNoteAtVersion } from '../../fixtures/store/old-schemas';
import { sideFiles, tempFolder } from '../../fixtures/store/temp';

let folder: { dir: string; cleanup(): void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

/** The schema as SQLite describes it, comparable between two files. */
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all()
      .map((row) => {
        const { type, name, sql } = row as { type: string; name: string; sql: string | null };
        return `${type} ${name}: ${(sql ?? '').replace(/\s+/g, ' ')}`;
      });
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('are numbered 1, 2, 3, ... without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('have a frozen schema fixture for every released version', () => {
    expect(Object.keys(frozenSchemas).map(Number)).toEqual(migrations.map((migration) => migration.version));
  });

  it('build the same schema as the newest frozen fixture', () => {
    const store = new NoteStore();
    const fresh = store.createNote(folder.dir, 'Nieuw').path;
    store.closeAll();
    const frozen = path.join(folder.dir, 'frozen.helder');
    writeNoteAtVersion(frozen, latestSchemaVersion);
    expect(schemaOf(fresh)).toEqual(schemaOf(frozen));
  });

  const olderVersions = migrations.map((migration) => migration.version).filter((version) => version < latestSchemaVersion);
  it.each(olderVersions)('upgrade a note written at version %i to the newest, keeping its content', (version) => {
    const file = path.join(folder.dir, `v${version}.helder`);
    writeNoteAtVersion(file, version);
    const store = new NoteStore();
    const note = store.openNote(file);
    expect(note.meta).toMatchObject({
      title: oldNoteContent.title,
      status: 'review',
      author: oldNoteContent.author,
      createdAt: oldNoteContent.createdAt,
      schemaVersion: latestSchemaVersion,
    });
    expect(note.document).toBe(oldNoteContent.document);
    expect(store.revisions(file).map((revision) => revision.name)).toEqual(['Eerste versie']);
    store.closeAll();
    expect(sideFiles(file)).toEqual([]);

    const current = path.join(folder.dir, 'current.helder');
    writeNoteAtVersion(current, latestSchemaVersion);
    expect(schemaOf(file)).toEqual(schemaOf(current));
  });

  it('roll a failing step back completely, leaving the version where it was', () => {
    const db = new Database(':memory:');
    const failing: Migration = {
      version: 2,
      name: 'fails halfway',
      up(connection) {
        connection.exec('CREATE TABLE half_done (x)');
        throw new Error('step failed');
      },
    };
    const first = migrations[0];
    if (!first) throw new Error('no migrations');
    expect(() => migrate(db, [first, failing])).toThrow('step failed');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    db.close();
  });
});
