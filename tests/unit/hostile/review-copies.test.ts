// Review copies come back from residents' laptops. A copy can only do what a panel member's
// Helder can do; anything else in it is ignored or refuses the copy, and the copy is never run.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, dispatch } from '../../../electron/services';
import { removeStaleTempDirs } from '../../../electron/services/note-store/temp-files';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, documentOf, expectUntouched, helder, NOTE_TEXT, tamper } from './hostile-world';

let folder: { dir: string; cleanup(): void };
let writer: ReturnType<typeof helder>;
let note: string;
const doc = () => documentOf(...NOTE_TEXT);
const file = (name: string) => path.join(folder.dir, name);

beforeEach(() => {
  folder = tempFolder('helder-review-hostile-');
  writer = helder();
  note = writer.store.createNote(folder.dir, 'Nota', { author: 'A. Jansen', document: doc() }).path;
});
afterEach(() => {
  writer.store.closeAll();
  folder.cleanup();
});

/** The writer shares one thread with the panel; a resident replies to it and adds one. */
function roundTrip(name = 'kopie.helder') {
  const official = writer.comments.add(note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Is dit duidelijk?', author: 'A. Jansen' });
  const exported = writer.comments.exportReviewCopy(note, { target: file(name), share: [official.id] });
  const resident = helder('2026-03-02T10:00:00.000Z');
  const own = resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar is het loket?', author: 'Bewoner' });
  resident.comments.reply(exported.file, { threadId: official.id, body: 'Niet helemaal.', author: 'Bewoner' });
  resident.store.closeAll();
  return { official, own, copy: exported.file };
}

const threadsOf = () => writer.comments.list(note);

describe('a tampered copy cannot change what is not its own', () => {
  it("replacing an official's comment text with a later edit time is ignored", () => {
    const { official, copy } = roundTrip();
    tamper(copy, `UPDATE comments SET body = 'Dit heeft de ambtenaar nooit gezegd', edited_at = '2099-01-01T00:00:00.000Z' WHERE id = '${official.comments[0]!.id}'`);
    writer.comments.importReviewCopies(note, [copy]);
    const thread = threadsOf().find((t) => t.id === official.id)!;
    expect(thread.comments[0]!.body).toBe('Is dit duidelijk?');
    expect(thread.comments.map((c) => c.body)).toContain('Niet helemaal.');
  });

  it("a tombstone for an official's thread deletes nothing", () => {
    const { official, copy } = roundTrip();
    tamper(copy, `INSERT INTO tombstones (id, deleted_at) VALUES ('${official.id}', '2099-01-01T00:00:00.000Z'), ('${official.comments[0]!.id}', '2099-01-01T00:00:00.000Z')`);
    writer.comments.importReviewCopies(note, [copy]);
    expect(threadsOf().find((t) => t.id === official.id)?.comments[0]?.body).toBe('Is dit duidelijk?');
    // And a later copy cannot use the recorded id either: the official's reply still lands.
    writer.comments.reply(note, { threadId: official.id, body: 'Aangepast.', author: 'A. Jansen' });
    expect(threadsOf().find((t) => t.id === official.id)?.comments.map((c) => c.body)).toContain('Aangepast.');
  });

  it('a later state time cannot resolve a thread the official reopened', () => {
    const { official, copy } = roundTrip();
    writer.comments.resolve(note, { threadId: official.id, resolved: true, by: 'A. Jansen' });
    writer.comments.resolve(note, { threadId: official.id, resolved: false, by: 'A. Jansen' });
    tamper(copy, `UPDATE threads SET resolved = 1, resolved_at = '2099-01-01T00:00:00.000Z', resolved_by = 'Bewoner', state_changed_at = '2099-01-01T00:00:00.000Z' WHERE id = '${official.id}'`);
    writer.comments.importReviewCopies(note, [copy]);
    expect(threadsOf().find((t) => t.id === official.id)?.resolved).toBe(false);
  });

  it("a copy cannot pass a resident's comment off as the writer's own", () => {
    const { own, copy } = roundTrip();
    tamper(copy, "UPDATE comments SET origin = 'local'");
    writer.comments.importReviewCopies(note, [copy]);
    const imported = threadsOf().find((t) => t.id === own.id)!;
    expect(imported.comments[0]!.origin).toMatch(/^review:/);
    expect(threadsOf().flatMap((t) => t.comments).filter((c) => c.author === 'Bewoner').every((c) => c.origin !== 'local')).toBe(true);
  });

  it('a copy may still edit, resolve and delete what it added itself', () => {
    const { own, copy } = roundTrip();
    writer.comments.importReviewCopies(note, [copy]);
    const resident = helder('2026-03-05T10:00:00.000Z');
    resident.comments.edit(copy, { commentId: own.comments[0]!.id, body: 'Waar is het loket precies?' });
    resident.comments.resolve(copy, { threadId: own.id, resolved: true, by: 'Bewoner' });
    resident.store.closeAll();
    writer.comments.importReviewCopies(note, [copy]);
    const mine = threadsOf().find((t) => t.id === own.id)!;
    expect(mine.comments[0]!.body).toBe('Waar is het loket precies?');
    expect(mine.resolved).toBe(true);
    const again = helder('2026-03-06T10:00:00.000Z');
    again.comments.remove(copy, { threadId: own.id });
    again.store.closeAll();
    writer.comments.importReviewCopies(note, [copy]);
    expect(threadsOf().some((t) => t.id === own.id)).toBe(false);
  });

  it('control characters in imported comments are cleaned like typed ones', () => {
    const { own, copy } = roundTrip();
    tamper(copy, `UPDATE comments SET body = 'Waar' || char(0) || ' is ' || char(27) || '[31mhet loket?', author = 'Be' || char(7) || 'woner' WHERE id = '${own.comments[0]!.id}'`);
    writer.comments.importReviewCopies(note, [copy]);
    const imported = threadsOf().find((t) => t.id === own.id)!.comments[0]!;
    expect(imported.body).toBe('Waar is [31mhet loket?');
    expect(imported.author).toBe('Bewoner');
  });
});

describe('a copy is data, never code', () => {
  it.each([
    ['tombstones replaced by a recursive view', "DROP TABLE tombstones; CREATE VIEW tombstones AS WITH RECURSIVE r(id, deleted_at) AS (SELECT '0', '' UNION ALL SELECT id || '0', '' FROM r) SELECT * FROM r;"],
    ['a trigger on comments', "CREATE TRIGGER t AFTER INSERT ON comments BEGIN DELETE FROM threads; END;"],
    ['an extra table', 'CREATE TABLE geheim (x);'],
  ])('%s: the import is refused at once and nothing changes', (_label, sql) => {
    const { copy } = roundTrip();
    tamper(copy, sql);
    const before = JSON.stringify(threadsOf());
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'note.unexpectedContent' })));
    expect(JSON.stringify(threadsOf())).toBe(before);
  });

  it('a copy with more comments than any panel writes is refused', () => {
    const { own, copy } = roundTrip();
    tamper(copy, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 61000)
      INSERT INTO tombstones SELECT printf('00000000-0000-4000-8000-%012d', i), '2026-01-01' FROM n;`);
    expect(own.id).toBeTruthy();
    expectUntouched(copy, () => expect(() => writer.comments.importReviewCopies(note, [copy])).toThrow(expect.objectContaining({ code: 'review.tooLarge' })));
  });

  it('a copy sent while an older Helder still had it open is reported as maybe incomplete', () => {
    const { copy } = roundTrip();
    // An older Helder kept its copies in WAL mode; the file was mailed without its log.
    const db = new Database(copy);
    db.pragma('journal_mode = WAL');
    db.close();
    const summary = writer.comments.importReviewCopies(note, [copy]);
    expect(summary.incomplete).toEqual(['kopie.helder']);
    expect(summary.perFile[0]?.incomplete).toBe(true);
  });
});

describe('what a review copy holds', () => {
  it('the text and the shared open threads only: no revisions, internal or resolved threads, dismissals or rounds', () => {
    writer.store.save(note, documentOf(...NOTE_TEXT, 'Een eerdere versie met een geheim.'), { kind: 'named', name: 'concept' });
    writer.store.save(note, doc(), { kind: 'named', name: 'schoon' });
    const shared = writer.comments.add(note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Voor het panel', author: 'A. Jansen' });
    const internal = writer.comments.add(note, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'vraag', body: 'Intern: budget nog niet rond', author: 'A. Jansen' });
    const resolved = writer.comments.add(note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Afgehandeld', author: 'A. Jansen' });
    writer.comments.resolve(note, { threadId: resolved.id, resolved: true, by: 'A. Jansen' });
    const db = writer.store.database(note);
    db.prepare("INSERT INTO dismissals (rule_id, fingerprint, created_at) VALUES ('jargon', 'x', 'y')").run();
    db.prepare("INSERT INTO check_settings (key, value) VALUES ('dismissal-reason:1', 'de wethouder wil dit woord')").run();
    writer.comments.exportReviewCopy(note, { target: file('oude ronde.helder') });

    const { file: copy } = writer.comments.exportReviewCopy(note, { target: file('panel.helder'), share: [shared.id, internal.id, resolved.id].filter((id) => id !== internal.id) });
    const bytes = fs.readFileSync(copy).toString('latin1');
    for (const secret of ['geheim', 'Intern: budget', 'Afgehandeld', 'de wethouder wil', 'oude ronde']) expect(bytes).not.toContain(secret);
    const read = new Database(copy, { readonly: true });
    const count = (table: string) => (read.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect({ revisions: count('revisions'), dismissals: count('dismissals'), check_settings: count('check_settings'), review_rounds: count('review_rounds'), tombstones: count('tombstones'), threads: count('threads'), comments: count('comments') })
      .toEqual({ revisions: 0, dismissals: 0, check_settings: 0, review_rounds: 0, tombstones: 0, threads: 1, comments: 1 });
    expect(read.pragma('journal_mode', { simple: true })).toBe('delete');
    read.close();
  });

  it('by default shares none of the writer\'s threads', () => {
    writer.comments.add(note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Mijn eigen notitie', author: 'A. Jansen' });
    const { file: copy } = writer.comments.exportReviewCopy(note, { target: file('panel.helder') });
    const resident = helder();
    expect(resident.comments.list(copy)).toEqual([]);
    resident.store.closeAll();
  });
});

describe('the IPC door for exports and word lists', () => {
  function services() {
    return createServices({
      userDataDir: file('user'), sampleDir: file('docs'),
      trashItem: async () => {}, chooseFolder: async () => null, openExternal: async () => {}, emit: () => {},
    });
  }

  it('an export request naming a target is refused; exports land next to the note, never over a file or symlink', async () => {
    writer.store.closeAll();
    const s = services();
    try {
      const outside = file('buiten.txt');
      fs.writeFileSync(outside, 'niet overschrijven');
      for (const channel of ['comments.exportToFile', 'review.export'] as const) {
        const reply = await dispatch(s.handlers, channel, { path: note, format: 'csv', target: outside });
        expect(reply).toMatchObject({ ok: false, error: { code: 'ipc.invalidRequest' } });
      }
      // A symlink planted at the name the export would take is not followed.
      fs.symlinkSync(outside, file('Nota reacties.csv'));
      const reply = await dispatch(s.handlers, 'comments.exportToFile', { path: note, format: 'csv' });
      expect(reply).toMatchObject({ ok: true, value: { file: file('Nota reacties 2.csv') } });
      expect(fs.readFileSync(outside, 'utf8')).toBe('niet overschrijven');
      expect(fs.readdirSync(folder.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      s.dispose();
    }
  });

  it('a word list path must be absolute and a .json file', async () => {
    const s = services();
    try {
      expect(await dispatch(s.handlers, 'checks.loadDictionary', { path: 'lijst.json' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidRequest' } });
      expect(await dispatch(s.handlers, 'checks.loadDictionary', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'dictionary.invalid' } });
    } finally {
      s.dispose();
    }
  });
});

describe('scratch copies', () => {
  it('folders left by a killed Helder are removed at the next start; those of running ones stay', () => {
    const root = file('tmp');
    fs.mkdirSync(path.join(root, 'helder-work-999999999', 'review-x'), { recursive: true });
    fs.writeFileSync(path.join(root, 'helder-work-999999999', 'review-x', 'copy.helder'), 'revisies');
    fs.mkdirSync(path.join(root, `helder-work-${process.ppid}`), { recursive: true });
    expect(removeStaleTempDirs(root)).toBe(1);
    expect(fs.readdirSync(root)).toEqual([`helder-work-${process.ppid}`]);
  });
});

describe('how many comments a note holds', () => {
  it('a note at the comment limit refuses one more with a clear message and keeps what it has', () => {
    const db = writer.store.database(note);
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
      INSERT INTO threads (id, created_at, anchor) SELECT printf('00000000-0000-4000-8000-%012d', i), '2026-01-01', '{}' FROM n;`);
    expect(() => writer.comments.add(note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Nog een', author: 'A. Jansen' }))
      .toThrow(expect.objectContaining({ code: 'note.tooManyComments', params: { file: 'Nota.helder', limit: '20.000' } }));
    expect((db.prepare('SELECT count(*) AS n FROM threads').get() as { n: number }).n).toBe(20000);
  });
});
