import fs from 'node:fs';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/services/migrations';
import { sha256 } from '../../fixtures/store/temp';
import { anchorOn, baseText, canonical, documentOf, helder, world } from './world';

let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
});
afterEach(() => w.cleanup());

const doc = () => documentOf(...baseText);

/** Everything an import could change in the writer's note. */
function noteState() {
  return {
    threads: w.writer.comments.list(w.note),
    rounds: w.writer.comments.info(w.note).rounds,
    document: w.writer.store.openNote(w.note).document,
  };
}

describe('refused returned copies', () => {
  function residentCopy(name: string): string {
    const exported = w.writer.comments.exportReviewCopy(w.note, { target: w.file(name) });
    const resident = helder();
    resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar is het loket?', author: 'Bewoner' });
    resident.store.closeAll();
    return exported.file;
  }

  /** Imports a good copy together with the bad one: the whole import is refused and nothing changes. */
  function expectRefused(bad: string, code: string) {
    const good = residentCopy('goed.helder');
    w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'vraag', body: 'Welke?', author: 'A. Jansen' });
    const before = noteState();
    const badBytes = sha256(bad);
    expect(() => w.writer.comments.importReviewCopies(w.note, [good, bad])).toThrow(expect.objectContaining({ code, params: expect.objectContaining({ file: expect.any(String) }) }));
    expect(noteState()).toEqual(before);
    expect(sha256(bad)).toBe(badBytes);
  }

  it('refuses a corrupt copy', () => {
    const copy = residentCopy('kapot.helder');
    const bytes = fs.readFileSync(copy);
    // Keep the header (so it still looks like a Helder note) and scramble the pages after it.
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i]! + 91) % 256;
    fs.writeFileSync(copy, bytes);
    expectRefused(copy, 'note.corrupt');
  });

  it('refuses a file that is not a Helder note at all', () => {
    const copy = w.file('brief.helder');
    fs.writeFileSync(copy, 'Beste bewoner, dit is geen notitie.');
    expectRefused(copy, 'note.notHelder');
  });

  it('refuses a note that is not a review copy (also the note itself)', () => {
    const other = w.writer.store.createNote(w.dir, 'Andere notitie').path;
    w.writer.store.close(other);
    expectRefused(other, 'review.notReviewCopy');
    expect(() => w.writer.comments.importReviewCopies(w.note, [w.note])).toThrow(expect.objectContaining({ code: 'review.notReviewCopy' }));
  });

  it('refuses a review copy of another note', () => {
    const other = w.writer.store.createNote(w.dir, 'Andere notitie', { document: doc() }).path;
    const foreign = w.writer.comments.exportReviewCopy(other, { target: w.file('andere kopie.helder') }).file;
    w.writer.store.close(other);
    expectRefused(foreign, 'review.otherNote');
  });

  it('refuses a copy written by a newer Helder', () => {
    const copy = residentCopy('nieuw.helder');
    const db = new Database(copy);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    expectRefused(copy, 'note.newerSchema');
  });

  it('refuses a copy with a hand-made comment row that does not parse', () => {
    const copy = residentCopy('gemaakt.helder');
    const db = new Database(copy);
    db.prepare("UPDATE comments SET author = ?").run('x'.repeat(5000));
    db.prepare("UPDATE threads SET anchor = '{not json'").run();
    db.close();
    expectRefused(copy, 'note.corrupt');
  });
});

describe('merging several returned copies', () => {
  it('gives the same comments whatever order the copies are imported in (property)', () => {
    // The writer's own thread travels in every copy; residents reply to it, start threads,
    // resolve or reopen it at different times, and one edits their comment after sending it once.
    const opening = w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Is dit duidelijk?', author: 'A. Jansen' });
    const copies: string[] = [];
    const names = ['Anna', 'Bram', 'Cem', 'Dewi'];
    names.forEach((name, index) => {
      const exported = w.writer.comments.exportReviewCopy(w.note, { target: w.file(`kopie ${name}.helder`), share: [opening.id] });
      const resident = helder(`2026-03-0${index + 2}T10:00:00.000Z`);
      const own = resident.comments.add(exported.file, {
        anchor: anchorOn(doc(), index % 2 === 0 ? 'loket' : 'buurthuizen'),
        stance: index % 2 === 0 ? 'eens' : 'oneens',
        body: `Reactie van ${name}`,
        author: name,
      });
      resident.comments.reply(exported.file, { threadId: opening.id, body: `${name}: nee, niet helemaal`, author: name });
      if (index === 1) resident.comments.resolve(exported.file, { threadId: opening.id, resolved: true, by: name });
      if (index === 3) resident.comments.resolve(exported.file, { threadId: opening.id, resolved: false, by: name });
      if (index === 2) resident.comments.edit(exported.file, { commentId: own.comments[0]!.id, body: `Reactie van ${name}, aangepast` });
      resident.store.closeAll();
      copies.push(exported.file);
    });
    w.writer.store.closeAll();
    const pristine = fs.readFileSync(w.note);

    let reference: unknown;
    let run = 0;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(copies, { minLength: copies.length, maxLength: copies.length }),
        fc.boolean(),
        (order, oneByOne) => {
          run += 1;
          // Each run starts from the same note: a byte copy keeps its note id.
          const target = w.file(`doel ${run}.helder`);
          fs.writeFileSync(target, pristine);
          const writer = helder('2026-03-10T09:00:00.000Z');
          if (oneByOne) for (const copy of order) writer.comments.importReviewCopies(target, [copy]);
          else writer.comments.importReviewCopies(target, order);
          // Importing everything again changes nothing.
          writer.comments.importReviewCopies(target, [...order].reverse());
          const result = canonical(writer.comments.list(target));
          writer.store.closeAll();
          fs.rmSync(target);
          if (reference === undefined) reference = result;
          expect(result).toEqual(reference);
        },
      ),
      { numRuns: 12 },
    );

    const result = reference as ReturnType<typeof canonical>;
    expect(result).toHaveLength(1 + names.length);
    const shared = result.find((thread) => thread.id === opening.id)!;
    expect(shared.comments.map((c) => c.body).sort()).toEqual(['Is dit duidelijk?', ...names.map((n) => `${n}: nee, niet helemaal`)].sort());
    // Dewi reopened last (her clock is latest), so the thread is open whatever the order.
    expect(shared.resolved).toBe(false);
    expect(result.flatMap((t) => t.comments.map((c) => c.body))).toContain('Reactie van Cem, aangepast');
  });
});
