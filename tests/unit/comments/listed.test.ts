// The thread list a note opens with (comments.summaries) reads its rows raw and checks them by
// hand: it must say the same as the threads read in full, hold no reply text, and a damaged row
// must still fail clearly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, EXCERPT_LENGTH, type ThreadList } from '../../../shared/contract';
import { summaryOf, threadsOfList } from '../../../shared/comments';
import { dispatch, type Handlers } from '../../../electron/services/dispatch';
import { createCommentHandlers } from '../../../electron/services/comments/handlers';
import { anchorOn, baseText, documentOf, world } from './world';

let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
});
afterEach(() => w.cleanup());

const doc = () => documentOf(...baseText);
const handlers = () => createCommentHandlers(w.writer.comments, (file) => file) as unknown as Handlers;

describe('the thread list a note opens with', () => {
  it('holds each thread as the full read summarises it: advies, suggestion, resolved, counts and authors', () => {
    const { comments } = w.writer;
    const question = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Wat is dit?', suggestion: 'de hulp in de buurt', author: 'Fatima' });
    comments.reply(w.note, { threadId: question.id, body: 'Zie bijlage.', author: 'A. Jansen' });
    comments.resolve(w.note, { threadId: question.id, resolved: true, by: 'A. Jansen' });
    const advice = comments.advise(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), body: 'Noem ze bij naam.', author: 'M. Adviseur', findingRule: 'vaag-woord' });
    const list = comments.summaries(w.note);
    const listed = threadsOfList(list);
    expect(listed).toEqual(comments.list(w.note).map(summaryOf));
    expect(listed[0]).toMatchObject({ resolved: true, commentCount: 2, authors: ['Fatima', 'A. Jansen'] });
    expect(listed[0]?.opening).toMatchObject({ excerpt: 'Wat is dit?', suggestion: 'de hulp in de buurt', cut: false });
    expect(listed[1]?.opening).toMatchObject({ kind: 'advies', findingRule: 'vaag-woord', stance: null, excerpt: advice.comments[0]?.body });
    expect(channels['comments.summaries'].response.parse(list)).toEqual(list);
  });

  it('carries the first line of a long opening comment, says it was cut, and no reply text at all', () => {
    const { comments } = w.writer;
    const long = `${'Dit is een lange zin over de wijk. '.repeat(8)}\nTweede regel.`;
    const multiLine = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Eerste regel.\nTweede regel.', author: 'Fatima' });
    comments.reply(w.note, { threadId: multiLine.id, body: 'Geheim antwoord van de wijkagent.', author: 'Piet' });
    // An emoji (two UTF-16 units) across the cut: never half of it.
    comments.add(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'eens', body: `${'a'.repeat(EXCERPT_LENGTH - 1)}😀 en meer`, suggestion: long, author: 'Joke' });
    const listed = threadsOfList(comments.summaries(w.note));
    expect(listed[0]?.opening).toMatchObject({ excerpt: 'Eerste regel.', cut: true });
    expect(listed[1]?.opening?.excerpt).toBe('a'.repeat(EXCERPT_LENGTH - 1));
    expect(listed[1]?.opening?.suggestion).toBe(long.split('\n')[0]!.slice(0, EXCERPT_LENGTH));
    expect(listed[1]?.opening?.cut).toBe(true);
    expect(listed).toEqual(comments.list(w.note).map(summaryOf));
    expect(JSON.stringify(comments.summaries(w.note))).not.toContain('Geheim antwoord');
    expect(JSON.stringify(comments.summaries(w.note))).not.toContain('Tweede regel');
  });

  it('refuses the list with a clear error naming the note, not a half list, when a row of the file is damaged', async () => {
    const { comments, store } = w.writer;
    const thread = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Wat is dit?', author: 'Fatima' });
    const list = () => dispatch(handlers(), 'comments.summaries', { path: w.note });
    await expect(list()).resolves.toMatchObject({ ok: true });

    const db = store.writableDatabase(w.note);
    const anchor = db.prepare('SELECT anchor FROM threads WHERE id = ?').pluck().get(thread.id) as string;
    // An anchor whose quote is gone: the shape is wrong, so the row parse refuses it.
    db.prepare('UPDATE threads SET anchor = ? WHERE id = ?').run(JSON.stringify({ status: 'exact', selector: { prefix: '', suffix: '', blockIndex: 0 } }), thread.id);
    const damaged = { ok: false, error: { code: 'comments.damaged', params: { file: 'Sociale basis.helder' } } };
    await expect(list()).resolves.toMatchObject(damaged);
    expect(() => comments.summaries(w.note)).toThrow();

    // A thread id that is no uuid has the right shape; the reply's full parse refuses it.
    db.prepare('UPDATE threads SET anchor = ? WHERE id = ?').run(anchor, thread.id);
    await expect(list()).resolves.toMatchObject({ ok: true });
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE threads SET id = 'geen-uuid' WHERE id = ?").run(thread.id);
    await expect(list()).resolves.toMatchObject(damaged);

    // A stance the contract does not know.
    db.prepare("UPDATE threads SET id = ? WHERE id = 'geen-uuid'").run(thread.id);
    db.pragma('ignore_check_constraints = ON');
    db.prepare("UPDATE comments SET stance = 'boos' WHERE thread_id = ?").run(thread.id);
    await expect(list()).resolves.toMatchObject(damaged);

    // A thread whose comments are all gone (a hand-made file) is listed without an opening comment.
    db.prepare('DELETE FROM comments WHERE thread_id = ?').run(thread.id);
    const reply = await list();
    expect(reply.ok && threadsOfList(reply.value as ThreadList)).toMatchObject([{ id: thread.id, opening: null, commentCount: 0, authors: [] }]);
  });
});
