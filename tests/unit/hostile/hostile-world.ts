import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { sha256 } from '../../fixtures/store/temp';
import { anchorOn, documentOf, helder } from '../comments/world';

export { anchorOn, documentOf, helder };

export const NOTE_TEXT = [
  '# Waarom',
  'De gemeente wil de sociale basis versterken. Inwoners helpen elkaar vaker als de buurt sterk is.',
  '# Wat gaan we doen',
  'Wij geven geld aan buurthuizen. Wij betalen vrijwilligers een kleine vergoeding.',
  'Wij maken een loket waar inwoners met vragen terecht kunnen.',
];

/** A note with some weight: text, named revisions and a comment, as a writer would leave it. */
export function realNote(dir: string, title = 'Nota'): string {
  const writer = helder();
  const file = writer.store.createNote(dir, title, { author: 'A. Jansen', document: documentOf(...NOTE_TEXT) }).path;
  for (let i = 0; i < 5; i += 1) writer.store.save(file, documentOf(...NOTE_TEXT, `Versie ${i}.`), { kind: 'named', name: `v${i}` });
  writer.comments.add(file, { anchor: anchorOn(documentOf(...NOTE_TEXT, 'Versie 4.'), 'loket'), stance: 'vraag', body: 'Waar komt het loket?', author: 'A. Jansen' });
  writer.store.closeAll();
  return file;
}

/** The file and every companion SQLite could touch, with their hashes (absent files as null). */
export function fingerprint(file: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const side = `${file}${suffix}`;
    out[suffix || 'main'] = fs.existsSync(side) ? sha256(side) : null;
  }
  return out;
}

/** Runs `act`, then checks that no byte of the file or its companions changed. */
export function expectUntouched<T>(file: string, act: () => T): T {
  const before = fingerprint(file);
  const mtime = fs.statSync(file).mtimeMs;
  const result = act();
  expect(fingerprint(file)).toEqual(before);
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
  return result;
}

/** Alters a note with a plain SQLite connection, as someone with a hex editor or sqlite3 would. */
export function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

/**
 * A `-wal` file of another database that still holds committed frames: taken while its writer is
 * open (closing would checkpoint it away).
 */
export function foreignWal(dir: string, makeHelderLike = false): Buffer {
  const file = path.join(dir, `vreemd-${Math.random().toString(16).slice(2)}.db`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  if (makeHelderLike) db.exec('CREATE TABLE document (id INTEGER PRIMARY KEY, json TEXT)');
  db.exec("CREATE TABLE vreemd (x TEXT); INSERT INTO vreemd VALUES ('overgenomen');");
  db.exec("DELETE FROM vreemd; INSERT INTO vreemd VALUES ('nog eens');");
  const wal = fs.readFileSync(`${file}-wal`);
  db.close();
  return wal;
}

/** Puts a copy of a real note's WAL (another Helder note, saved while open) next to `file`. */
export function otherNotesWal(dir: string): Buffer {
  const other = realNote(dir, `Andere ${Math.random().toString(16).slice(2)}`);
  const db = new Database(other);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.prepare('UPDATE document SET json = ? WHERE id = 1').run(documentOf('Heel andere tekst van een andere notitie.'));
  db.prepare("UPDATE meta SET title = 'Andere titel' WHERE id = 1").run();
  const wal = fs.readFileSync(`${other}-wal`);
  db.close();
  return wal;
}
