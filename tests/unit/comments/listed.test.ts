// The thread list a note opens with (comments.threads) reads its rows raw and checks them by hand:
// it must say the same as the threads read in full, and a damaged row must still fail clearly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract';
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
  it('holds each thread with its opening comment exactly as the full read has it, advies and suggestion included', () => {
    const { comments } = w.writer;
    const question = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Wat is dit?', suggestion: 'de hulp in de buurt', author: 'Fatima' });
    comments.reply(w.note, { threadId: question.id, body: 'Zie bijlage.', author: 'A. Jansen' });
    comments.resolve(w.note, { threadId: question.id, resolved: true, by: 'A. Jansen' });
    const advice = comments.advise(w.note, { anchor: anchorOn(doc(), 'buurthuizen'), body: 'Noem ze bij naam.', author: 'M. Adviseur', findingRule: 'vaag-woord' });
    const listed = comments.listed(w.note);
    const full = comments.list(w.note);
    expect(listed.map(({ commentCount: _count, authors: _authors, ...thread }) => thread)).toEqual(full.map((thread) => ({ ...thread, comments: thread.comments.slice(0, 1) })));
    expect(listed[0]).toMatchObject({ resolved: true, resolvedBy: 'A. Jansen', commentCount: 2, authors: ['Fatima', 'A. Jansen'] });
    expect(listed[1]?.comments[0]).toEqual(advice.comments[0]);
    expect(listed[1]?.comments[0]).toMatchObject({ kind: 'advies', findingRule: 'vaag-woord', stance: null });
    expect(channels['comments.threads'].response.parse(listed)).toEqual(listed);
  });

  it('fails with an error code, not a half list, when a row of the file is damaged', async () => {
    const { comments, store } = w.writer;
    const thread = comments.add(w.note, { anchor: anchorOn(doc(), 'sociale basis'), stance: 'vraag', body: 'Wat is dit?', author: 'Fatima' });
    const list = () => dispatch(handlers(), 'comments.threads', { path: w.note });
    await expect(list()).resolves.toMatchObject({ ok: true });

    const db = store.writableDatabase(w.note);
    const anchor = db.prepare('SELECT anchor FROM threads WHERE id = ?').pluck().get(thread.id) as string;
    // An anchor whose quote is gone: the shape is wrong, so the row parse refuses it.
    db.prepare('UPDATE threads SET anchor = ? WHERE id = ?').run(JSON.stringify({ status: 'exact', selector: { prefix: '', suffix: '', blockIndex: 0 } }), thread.id);
    await expect(list()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(() => comments.listed(w.note)).toThrow();

    // A thread id that is no uuid has the right shape; the reply's full parse refuses it.
    db.prepare('UPDATE threads SET anchor = ? WHERE id = ?').run(anchor, thread.id);
    await expect(list()).resolves.toMatchObject({ ok: true });
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE threads SET id = 'geen-uuid' WHERE id = ?").run(thread.id);
    await expect(list()).resolves.toMatchObject({ ok: false, error: { code: 'internal', params: { reason: 'response' } } });

    // A stance the contract does not know.
    db.prepare("UPDATE threads SET id = ? WHERE id = 'geen-uuid'").run(thread.id);
    db.pragma('ignore_check_constraints = ON');
    db.prepare("UPDATE comments SET stance = 'boos' WHERE thread_id = ?").run(thread.id);
    await expect(list()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
