// The thread list a note with thousands of comments opens with, through the same handlers and
// door (dispatch) as Electron main: main reads it ahead while the page builds the editor, and what
// the writer sees (counts, filters, the opening lines) must be what a full read says, also after
// a change made right after opening; a damaged row is named in Dutch and nothing is lost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import nl from '../../../shared/i18n/nl.json';
import { summaryOf, threadsOfList } from '../../../shared/comments';
import type { Stance, Thread, ThreadList, ThreadSummary } from '../../../shared/contract';
import { createServices, dispatch, type Handlers } from '../../../electron/services';
import { writers } from '../../../electron/services/comments/repository';
import { NoteStore } from '../../../electron/services/note-store';
import { tempFolder } from '../../fixtures/store/temp';
import { anchorOn, baseText, documentOf } from './world';

const THREADS = 2000;
const STANCES: Stance[] = ['vraag', 'onduidelijk', 'eens', 'oneens', 'suggestie'];

let root: { dir: string; cleanup(): void };
let services: { handlers: Handlers; dispose(): void };
let note: string;

const call = (channel: string, payload: unknown) => dispatch(services.handlers, channel, payload);
async function value<T>(channel: string, payload: unknown): Promise<T> {
  const reply = await call(channel, payload);
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}
/** The list as the page has it after unpacking the compact reply. */
const listOf = async (path: string): Promise<ThreadSummary[]> => threadsOfList(await value<ThreadList>('comments.summaries', { path }));
/** Lets main run what it queued after a reply (the read-ahead), as it does while the page is busy. */
const pageBusy = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Writes 2,000 threads straight into the file: 1 to 6 comments each by 40 people (some twice in
 * one thread), every 7th resolved, every 11th an advies, and in every 13th the opening comment
 * and a reply written in the same millisecond, so only the id orders them.
 */
function fill(file: string): void {
  const store = new NoteStore();
  const db = store.writableDatabase(file);
  const write = writers(db);
  const anchor = anchorOn(documentOf(...baseText), 'sociale basis');
  const base = Date.parse('2026-03-01T09:00:00.000Z');
  db.transaction(() => {
    for (let t = 0; t < THREADS; t++) {
      const threadId = randomUUID();
      const at = (ms: number) => new Date(base + t * 60_000 + ms).toISOString();
      write.insertThread({ id: threadId, createdAt: at(0), resolved: t % 7 === 0, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor: { selector: anchor, status: t % 5 === 0 ? 'orphaned' : 'exact' } });
      const count = 1 + (t % 6);
      for (let c = 0; c < count; c++) {
        const advice = t % 11 === 0 && c === 0;
        write.insertComment({
          id: randomUUID(),
          threadId,
          author: `Bewoner ${(t * 3 + (c % 3)) % 40}`,
          stance: c === 0 && !advice ? STANCES[t % STANCES.length]! : null,
          body: c === 0 ? `Vraag ${t}: wat betekent dit voor de wijk?\nTweede regel.` : `Antwoord ${c} op ${t}.`,
          suggestion: c === 0 && t % 4 === 0 ? `Voorstel ${t}` : null,
          createdAt: t % 13 === 0 && c === 1 ? at(0) : at(c * 1000),
          editedAt: null,
          origin: 'local',
          ...(advice ? { kind: 'advies' as const, findingRule: 'vaag-woord' } : {}),
        });
      }
    }
  })();
  store.closeAll();
}

beforeEach(async () => {
  root = tempFolder('helder-open-list-');
  services = createServices({
    userDataDir: path.join(root.dir, 'userData'),
    sampleDir: path.join(root.dir, 'Documenten'),
    trashItem: async () => undefined,
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    emit: () => undefined,
  });
  note = (await value<{ path: string }>('notes.create', { folder: root.dir, title: 'Veel reacties' })).path;
  await value('notes.save', { path: note, document: documentOf(...baseText), kind: 'named', name: 'start' });
  await value('notes.close', { path: note });
  fill(note);
});
afterEach(() => {
  services.dispose();
  root.cleanup();
});

/** What the Reacties view counts and filters on, from a list. */
function tally(list: readonly ThreadSummary[]) {
  const perStance = Object.fromEntries(STANCES.map((stance) => [stance, list.filter((thread) => thread.opening?.stance === stance).length]));
  return {
    threads: list.length,
    comments: list.reduce((sum, thread) => sum + thread.commentCount, 0),
    open: list.filter((thread) => !thread.resolved).length,
    advies: list.filter((thread) => thread.opening?.kind === 'advies').length,
    changed: list.filter((thread) => thread.anchor.status === 'orphaned').length,
    byBewoner7: list.filter((thread) => thread.authors.includes('Bewoner 7')).length,
    perStance,
  };
}

describe('a note with 2,000 threads opens with its list', () => {
  it('whose counts, filters and opening lines are those of the threads read in full, read ahead or not', async () => {
    await value('notes.open', { path: note });
    await pageBusy();
    const ahead = await listOf(note);
    // Asked again: read on request this time.
    const onRequest = await listOf(note);
    const full = (await value<Thread[]>('comments.list', { path: note })).map(summaryOf);

    expect(ahead).toHaveLength(THREADS);
    expect(ahead).toEqual(full);
    expect(onRequest).toEqual(full);
    expect(tally(ahead)).toEqual(tally(full));
    // And as the file was written: 1 + (t mod 6) comments in thread t, every 7th resolved, every 5th "tekst gewijzigd".
    const written = Array.from({ length: THREADS }, (_, t) => 1 + (t % 6)).reduce((sum, n) => sum + n, 0);
    expect(tally(ahead)).toMatchObject({ threads: 2000, comments: written, open: 2000 - Math.ceil(2000 / 7), changed: 400 });
    expect(tally(ahead).byBewoner7).toBeGreaterThan(0);
    // Compact on the wire: a name travels once, however many threads it is in.
    expect(JSON.stringify(await value<ThreadList>('comments.summaries', { path: note })).split('"Bewoner 7"')).toHaveLength(2);
    // Same millisecond: the opening comment is the one with the smaller id, as in the full read.
    const tie = ahead[13]!;
    expect(tie.opening?.excerpt).toBe(full[13]!.opening?.excerpt);
    expect(ahead[1]?.opening).toMatchObject({ excerpt: 'Vraag 1: wat betekent dit voor de wijk?', cut: true });
  });

  it('that shows a comment added, answered, resolved or deleted right after the note opened', async () => {
    await value('notes.open', { path: note });
    await pageBusy();
    const added = await value<Thread>('comments.add', { path: note, anchor: anchorOn(documentOf(...baseText), 'buurthuizen'), stance: 'vraag', body: 'Welke buurthuizen?', author: 'Els' });
    let list = await listOf(note);
    expect(list).toHaveLength(THREADS + 1);
    expect(list.find((thread) => thread.id === added.id)).toMatchObject({ commentCount: 1, authors: ['Els'], opening: { excerpt: 'Welke buurthuizen?' } });

    await value('notes.close', { path: note });
    await value('notes.open', { path: note });
    await pageBusy();
    await value('comments.reply', { path: note, threadId: added.id, body: 'Die in Noord.', author: 'Piet' });
    await value('comments.resolve', { path: note, threadId: list[0]!.id, resolved: !list[0]!.resolved, by: 'Els' });
    await value('comments.delete', { path: note, threadId: list[1]!.id });
    const after = await listOf(note);
    expect(after).toHaveLength(THREADS);
    expect(after.find((thread) => thread.id === added.id)).toMatchObject({ commentCount: 2, authors: ['Els', 'Piet'] });
    expect(after[0]!.resolved).toBe(!list[0]!.resolved);
    expect(after.some((thread) => thread.id === list[1]!.id)).toBe(false);
    list = (await value<Thread[]>('comments.list', { path: note })).map(summaryOf);
    expect(after).toEqual(list);
  });

  it('and a damaged row, read ahead or not, is named in Dutch; the text still opens and nothing is lost', async () => {
    const bytes = readFileSync(note);
    const store = new NoteStore();
    const db = store.writableDatabase(note);
    const victim = db.prepare('SELECT id, anchor FROM threads ORDER BY created_at LIMIT 1 OFFSET 1500').get() as { id: string; anchor: string };
    db.prepare('UPDATE threads SET anchor = ? WHERE id = ?').run('{"selector": {"exact": "sociale', victim.id);
    store.closeAll();
    const damagedBytes = readFileSync(note);

    const opened = await value<{ document: string }>('notes.open', { path: note });
    expect(opened.document).toContain('sociale basis');
    await pageBusy();
    const reply = await call('comments.summaries', { path: note });
    expect(reply).toEqual({ ok: false, error: { code: 'comments.damaged', params: { file: 'Veel reacties.helder' } } });
    expect(nl.errors['comments.damaged'].replace('{{file}}', 'Veel reacties.helder')).toBe(
      'Een of meer reacties in "Veel reacties.helder" zijn beschadigd. Helder toont de reacties daarom niet. De tekst kunt u gewoon bewerken; er is niets gewijzigd.',
    );
    // Asked again (now without a read-ahead): the same answer.
    expect(await call('comments.summaries', { path: note })).toEqual(reply);
    await value('notes.close', { path: note });
    expect(readFileSync(note).equals(damagedBytes)).toBe(true);

    // Once the row is repaired, every thread is there again.
    const repair = new NoteStore();
    repair.writableDatabase(note).prepare('UPDATE threads SET anchor = ? WHERE id = ?').run(victim.anchor, victim.id);
    repair.closeAll();
    await value('notes.open', { path: note });
    expect(await listOf(note)).toHaveLength(THREADS);
    expect(bytes.length).toBeGreaterThan(0);
  });
});
