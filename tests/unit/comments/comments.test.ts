import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flatten, threadsOfList } from '../../../shared/comments';
import { HelderError } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { anchorOn, baseText, documentOf, helder, world } from './world';

let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
});
afterEach(() => w.cleanup());

const doc = () => documentOf(...baseText);

describe('comments on a note', () => {
  it('adds a thread, replies, resolves and reopens, and keeps it all after the note is reopened', () => {
    const { comments, store } = w.writer;
    const thread = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'onduidelijk', body: 'Wat is de sociale basis?', author: 'Fatima' });
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]).toMatchObject({ author: 'Fatima', stance: 'onduidelijk', body: 'Wat is de sociale basis?', origin: 'local' });
    expect(thread.anchor).toMatchObject({ status: 'exact', selector: { exact: 'sociale basis' } });

    const replied = comments.reply(w.note, { threadId: thread.id, body: 'Alles wat inwoners zelf doen.', author: 'A. Jansen' });
    expect(replied.comments.map((c) => c.body)).toEqual(['Wat is de sociale basis?', 'Alles wat inwoners zelf doen.']);
    expect(replied.comments[1]?.stance).toBeNull();

    const resolved = comments.resolve(w.note, { threadId: thread.id, resolved: true, by: 'A. Jansen' });
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'A. Jansen' });
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = comments.resolve(w.note, { threadId: thread.id, resolved: false, by: 'A. Jansen' });
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });

    store.closeAll();
    const again = helder();
    expect(again.comments.list(w.note)).toEqual([reopened]);
    again.store.closeAll();
  });

  it('edits a comment (marking it edited) and deletes a reply or a whole thread', () => {
    const { comments } = w.writer;
    const thread = comments.add(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'vraag', body: 'Welke?', author: 'Piet' });
    const first = thread.comments[0]!;
    const edited = comments.edit(w.note, { commentId: first.id, body: 'Welke buurthuizen?', suggestion: 'de buurthuizen in Noord' });
    expect(edited.comments[0]).toMatchObject({ body: 'Welke buurthuizen?', suggestion: 'de buurthuizen in Noord', stance: 'vraag' });
    expect(edited.comments[0]?.editedAt).not.toBeNull();

    const withReply = comments.reply(w.note, { threadId: thread.id, body: 'Alle drie.', author: 'A. Jansen' });
    expect(comments.remove(w.note, { threadId: thread.id, commentId: withReply.comments[1]!.id })).toBe(1);
    expect(comments.list(w.note)[0]?.comments).toHaveLength(1);
    comments.remove(w.note, { threadId: thread.id });
    expect(comments.list(w.note)).toEqual([]);
  });

  it('lists threads with the first line of their opening comment, how many comments and who wrote; one thread reads in full', () => {
    const { comments } = w.writer;
    const busy = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Wat is dit?', author: 'Fatima' });
    comments.reply(w.note, { threadId: busy.id, body: 'Zie bijlage.', author: 'A. Jansen' });
    comments.reply(w.note, { threadId: busy.id, body: 'Dank u.', author: 'Fatima' });
    const quiet = comments.add(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'eens', body: 'Goed zo.', author: 'Piet' });

    const listed = threadsOfList(comments.summaries(w.note));
    expect(listed.map((thread) => thread.id)).toEqual([busy.id, quiet.id]);
    expect(listed[0]).toMatchObject({ commentCount: 3, authors: ['Fatima', 'A. Jansen'], anchor: busy.anchor });
    expect(listed[0]?.opening).toMatchObject({ author: 'Fatima', stance: 'vraag', excerpt: 'Wat is dit?', cut: false });
    expect(listed[1]).toMatchObject({ commentCount: 1, authors: ['Piet'] });
    expect(comments.get(w.note, busy.id).comments.map((comment) => comment.body)).toEqual(['Wat is dit?', 'Zie bijlage.', 'Dank u.']);
    expect(comments.get(w.note, busy.id)).toEqual(comments.list(w.note)[0]);
    expect(() => comments.get(w.note, crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'comments.notFound' }));
  });

  it('refuses a reply to a thread that does not exist, changing nothing', () => {
    expect(() => w.writer.comments.reply(w.note, { threadId: crypto.randomUUID(), body: 'Hallo', author: 'Piet' })).toThrow(
      expect.objectContaining({ code: 'comments.notFound' }),
    );
    expect(w.writer.comments.list(w.note)).toEqual([]);
  });

  it('stores HTML and script in a comment as the literal text, and strips only control characters', () => {
    const body = '<script>alert("x")</script> <b>vet</b>\u0000\u0007 regel\n\tnieuwe regel';
    const thread = w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'oneens', body, author: '<img src=x onerror=alert(1)>' });
    expect(thread.comments[0]?.body).toBe('<script>alert("x")</script> <b>vet</b> regel\n\tnieuwe regel');
    expect(thread.comments[0]?.author).toBe('<img src=x onerror=alert(1)>');

    const html = w.writer.comments.exportContent(w.note, 'html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');

    const markdown = w.writer.comments.exportContent(w.note, 'markdown');
    // Every < is backslash-escaped, so a Markdown viewer shows it instead of making a tag.
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    expect(markdown).toContain('\\<script\\>');
  });

  it('writes CSV that a spreadsheet reads as text: quoted fields and no formulas', () => {
    const { comments } = w.writer;
    comments.add(w.note, { anchor: anchorOn(doc(), 'vrijwilligers'), stance: 'suggestie', body: '=HYPERLINK("http://x","klik")', suggestion: '+31 6 1234', author: '@piet' });
    comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar, wanneer?\nEn hoe "snel"?', author: '-Anna' });
    const csv = comments.exportContent(w.note, 'csv');
    const rows = parseCsv(csv);
    const header = rows[0]!;
    const body = header.indexOf('Tekst');
    const author = header.indexOf('Naam');
    const byBody = new Map(rows.slice(1).map((row) => [row[body], row]));
    expect(byBody.has(`'=HYPERLINK("http://x","klik")`)).toBe(true);
    expect(byBody.get(`'=HYPERLINK("http://x","klik")`)?.[author]).toBe("'@piet");
    expect(byBody.get('Waar, wanneer?\nEn hoe "snel"?')?.[author]).toBe("'-Anna");
    expect(csv.endsWith('\r\n')).toBe(true);
    // No cell may start with a character a spreadsheet takes as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('exports a report per thread with quote, section, stance, author, replies and status, and writes it next to the note', () => {
    const { comments } = w.writer;
    const thread = comments.add(w.note, { anchor: anchorOn(doc(), 'kleine vergoeding'), stance: 'vraag', body: 'Hoeveel?', author: 'Fatima' });
    comments.reply(w.note, { threadId: thread.id, body: 'Vijftig euro per maand.', author: 'A. Jansen' });
    comments.resolve(w.note, { threadId: thread.id, resolved: true, by: 'A. Jansen' });
    const markdown = comments.exportContent(w.note, 'markdown');
    expect(markdown).toContain('> kleine vergoeding');
    expect(markdown).toContain('Wat gaan we doen');
    expect(markdown).toContain('vraag');
    expect(markdown).toContain('Vijftig euro per maand');
    expect(markdown).toContain('opgelost');

    const file = comments.exportToFile(w.note, 'html');
    expect(file).toBe(w.file('Sociale basis reacties.html'));
    expect(fs.readFileSync(file, 'utf8')).toContain('Hoeveel?');
    expect(comments.exportToFile(w.note, 'html')).toBe(w.file('Sociale basis reacties 2.html'));
  });
});

describe('review copies', () => {
  it('exports a copy that opens read-only for text but takes comments, without the revision history', () => {
    w.writer.store.save(w.note, doc(), { kind: 'named', name: 'Concept 1' });
    const exported = w.writer.comments.exportReviewCopy(w.note);
    expect(exported.file).toMatch(/Sociale basis \(reviewkopie \d{4}-\d{2}-\d{2}\)\.helder$/);
    expect(exported.baseRevision).not.toBeNull();

    const resident = helder('2026-03-02T10:00:00.000Z');
    const opened = resident.store.openNote(exported.file);
    expect(opened.reviewCopy).toBe(true);
    expect(opened.document).toBe(doc());
    expect(resident.store.revisions(exported.file)).toEqual([]);
    expect(() => resident.store.save(exported.file, documentOf('Anders'), { kind: 'auto' })).toThrow(expect.objectContaining({ code: 'note.readOnly' }));

    const thread = resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'loket'), stance: 'eens', body: 'Goed idee!', author: 'Bewoner' });
    expect(thread.comments[0]?.origin).toBe(exported.roundId);
    const info = resident.comments.info(exported.file);
    expect(info.reviewCopy).toEqual({ roundId: exported.roundId, baseRevision: exported.baseRevision, sourceNoteId: w.writer.comments.info(w.note).noteId });
    resident.store.closeAll();

    expect(w.writer.store.openNote(w.note).reviewCopy).toBe(false);
    expect(w.writer.comments.info(w.note).rounds).toMatchObject([{ roundId: exported.roundId, kind: 'export' }]);
    expect(() => w.writer.comments.exportReviewCopy(w.note, { target: exported.file })).toThrow(expect.objectContaining({ code: 'note.exists' }));
  });

  it('brings a resident comment back onto the right words after the writer kept editing, once, however often it is imported', () => {
    const exported = w.writer.comments.exportReviewCopy(w.note);
    const resident = helder('2026-03-02T10:00:00.000Z');
    const words = 'een kleine vergoeding';
    const made = resident.comments.add(exported.file, { anchor: anchorOn(doc(), words), stance: 'vraag', body: 'Hoe klein?', author: 'Bewoner' });
    resident.store.closeAll();

    // Meanwhile the writer adds a paragraph above and rewrites a sentence elsewhere.
    const edited = documentOf('Samenvatting: wij betalen vrijwilligers.', ...baseText.slice(0, 4), 'Wij openen een loket.');
    w.writer.store.save(w.note, edited, { kind: 'auto' });

    const first = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(first).toMatchObject({ added: 1, merged: 0, notPlaced: [] });
    const threads = w.writer.comments.list(w.note);
    expect(threads.map((t) => t.id)).toEqual([made.id]);
    const anchor = threads[0]!.anchor;
    // The sentence after the quote changed, so the words are found but their surroundings moved.
    expect(anchor.status).toBe('moved');
    const flat = flatten(toBlocks(edited)).text;
    expect(flat.slice(anchor.selector.start, anchor.selector.end)).toBe(words);
    expect(flat.indexOf(words)).toBe(anchor.selector.start);

    const second = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(second).toMatchObject({ added: 0, merged: 1, notPlaced: [] });
    expect(w.writer.comments.list(w.note)).toEqual(threads);
    expect(w.writer.comments.info(w.note).rounds.map((r) => r.kind)).toEqual(['export', 'import', 'import']);
  });

  it('keeps comments of two residents on the same words as two threads', () => {
    const a = w.writer.comments.exportReviewCopy(w.note, { target: w.file('kopie A.helder') });
    const b = w.writer.comments.exportReviewCopy(w.note, { target: w.file('kopie B.helder') });
    for (const [copy, name] of [[a, 'Anna'], [b, 'Bram']] as const) {
      const resident = helder();
      resident.comments.add(copy.file, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'onduidelijk', body: `Vraag van ${name}`, author: name });
      resident.store.closeAll();
    }
    const summary = w.writer.comments.importReviewCopies(w.note, [a.file, b.file]);
    expect(summary.added).toBe(2);
    const threads = w.writer.comments.list(w.note);
    expect(threads.map((t) => t.comments[0]?.author).sort()).toEqual(['Anna', 'Bram']);
    expect(threads.every((t) => t.anchor.selector.exact === 'sociale basis' && t.anchor.status === 'exact')).toBe(true);
  });

  it('lists a comment whose words the writer deleted as not placed, keeps it, and never moves it', () => {
    const exported = w.writer.comments.exportReviewCopy(w.note);
    const resident = helder();
    resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'kleine vergoeding'), stance: 'oneens', body: 'Te weinig.', author: 'Bewoner' });
    resident.store.closeAll();
    w.writer.store.save(w.note, documentOf(...baseText.slice(0, 3), 'Wij geven geld aan buurthuizen.', baseText[4]!), { kind: 'auto' });

    const summary = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(summary.added).toBe(1);
    expect(summary.notPlaced).toEqual([{ threadId: expect.any(String), quote: 'kleine vergoeding' }]);
    const [thread] = w.writer.comments.list(w.note);
    expect(thread?.anchor.status).toBe('orphaned');
    expect(thread?.comments[0]?.body).toBe('Te weinig.');
  });

  it('does not let a returned copy bring back a thread the writer deleted', () => {
    const thread = w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar?', author: 'A. Jansen' });
    const exported = w.writer.comments.exportReviewCopy(w.note);
    w.writer.comments.remove(w.note, { threadId: thread.id });
    const summary = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(summary).toMatchObject({ added: 0, merged: 0 });
    expect(w.writer.comments.list(w.note)).toEqual([]);
  });

  it('refuses to make a review copy of a review copy, or to import into one', () => {
    const exported = w.writer.comments.exportReviewCopy(w.note);
    const resident = helder();
    expect(() => resident.comments.exportReviewCopy(exported.file)).toThrow(expect.objectContaining({ code: 'review.isReviewCopy' }));
    expect(() => resident.comments.importReviewCopies(exported.file, [exported.file])).toThrow(HelderError);
    resident.store.closeAll();
  });
});

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}
