// The advisor's review notes ("advies"): comments of their own kind in the same comment layer.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport, type MergeState } from '../../../shared/comments';
import type { CommentItem, Thread } from '../../../shared/contract';
import { reportHtml } from '../../../shared/report';
import { reportPdf } from '../../../electron/services/documents/report-pdf';
import { ReportService, VersionService } from '../../../electron/services/versions';
import { sha256 } from '../../fixtures/store/temp';
import { anchorOn, baseText, canonical, documentOf, helder, world } from './world';

let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
});
afterEach(() => w.cleanup());

const doc = () => documentOf(...baseText);
const LONG = 'De gemeente wil de sociale basis versterken.';

function adviseOnFinding() {
  return w.writer.comments.advise(w.note, {
    anchor: anchorOn(doc(), LONG),
    body: 'Zeg wat de gemeente gaat doen, in gewone woorden.',
    suggestion: 'Wij willen dat buren elkaar vaker helpen.',
    author: 'M. Adviseur',
    findingRule: 'long-sentence',
  });
}

describe('giving advies', () => {
  it('stores an advies on a finding as its own kind, which replies, resolving and reopening the note keep', () => {
    const thread = adviseOnFinding();
    expect(thread.comments[0]).toMatchObject({ kind: 'advies', findingRule: 'long-sentence', stance: null, author: 'M. Adviseur' });
    expect(thread.anchor.selector.exact).toBe(LONG);

    // An advies on a sentence names no finding; an ordinary comment stays a reaction.
    const onSentence = w.writer.comments.advise(w.note, { anchor: anchorOn(doc(), 'Wij geven geld aan buurthuizen.'), body: 'Welke buurthuizen?', author: 'M. Adviseur' });
    expect(onSentence.comments[0]?.kind).toBe('advies');
    expect(onSentence.comments[0]?.findingRule).toBeUndefined();
    const reaction = w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar?', author: 'A. Jansen' });
    expect(reaction.comments[0]?.kind).toBeUndefined();

    // Editing keeps it an advies, and an advies takes no stance.
    const edited = w.writer.comments.edit(w.note, { commentId: thread.comments[0]!.id, body: 'Zeg wat de gemeente gaat doen, in gewone woorden.', stance: 'eens' });
    expect(edited.comments[0]).toMatchObject({ kind: 'advies', findingRule: 'long-sentence', stance: null, editedAt: expect.any(String) });
    w.writer.comments.reply(w.note, { threadId: thread.id, body: 'Aangepast, dank u.', author: 'A. Jansen' });
    w.writer.comments.resolve(w.note, { threadId: thread.id, resolved: true, by: 'A. Jansen' });
    w.writer.store.closeAll();
    const again = w.writer.comments.list(w.note).find((item) => item.id === thread.id)!;
    expect(again.resolved).toBe(true);
    expect(again.comments.map((comment) => [comment.kind, comment.body])).toEqual([
      ['advies', 'Zeg wat de gemeente gaat doen, in gewone woorden.'],
      [undefined, 'Aangepast, dank u.'],
    ]);
  });

  it('cannot be given in a review copy, which stays untouched; replying to an advies there can', () => {
    const advies = adviseOnFinding();
    const exported = w.writer.comments.exportReviewCopy(w.note, { target: w.file('kopie.helder'), share: [advies.id] });
    const resident = helder('2026-03-02T10:00:00.000Z');
    resident.store.openNote(exported.file);
    resident.store.closeAll();
    const before = sha256(exported.file);
    expect(() => resident.comments.advise(exported.file, { anchor: anchorOn(doc(), 'loket'), body: 'Advies', author: 'Bewoner' })).toThrow(
      expect.objectContaining({ code: 'comments.adviceInReviewCopy', params: { file: 'kopie.helder' } }),
    );
    resident.store.closeAll();
    expect(sha256(exported.file)).toBe(before);
    const replied = resident.comments.reply(exported.file, { threadId: advies.id, body: 'Dat snap ik beter.', author: 'Bewoner' });
    expect(replied.comments.map((comment) => comment.kind)).toEqual(['advies', undefined]);
    resident.store.closeAll();
  });

  it('shows as "advies" with its finding in the CSV, HTML and Markdown exports', () => {
    adviseOnFinding();
    w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Waar?', author: 'A. Jansen' });
    const csv = w.writer.comments.exportContent(w.note, 'csv');
    expect(csv).toContain('"advies (bij melding: lange zin)"');
    expect(csv).toContain('"vraag"');
    const html = w.writer.comments.exportContent(w.note, 'html');
    expect(html).toContain('<li>advies: 1</li>');
    expect(html).toContain('<dd>advies (bij melding: lange zin)</dd>');
    expect(w.writer.comments.exportContent(w.note, 'markdown')).toContain('- Soort: advies \\(bij melding: lange zin\\)');
  });
});

describe('advies in review rounds', () => {
  /** The copy as a hand-edited file could make it: the resident's own thread relabelled as advies. */
  function forgeAdvice(copy: string, commentId: string) {
    const db = new Database(copy);
    db.prepare("UPDATE comments SET kind = 'advies', finding_rule = 'jargon' WHERE id = ?").run(commentId);
    db.close();
  }

  it('travels only when shared, comes back with replies, and a copy cannot add an advies of its own', () => {
    const shared = adviseOnFinding();
    const kept = w.writer.comments.advise(w.note, { anchor: anchorOn(doc(), 'loket'), body: 'Intern: dit klopt nog niet.', author: 'M. Adviseur' });
    const exported = w.writer.comments.exportReviewCopy(w.note, { target: w.file('kopie.helder'), share: [shared.id] });

    const resident = helder('2026-03-02T10:00:00.000Z');
    const inCopy = resident.comments.list(exported.file);
    expect(inCopy.map((thread) => thread.id)).toEqual([shared.id]);
    expect(inCopy[0]!.comments[0]).toMatchObject({ kind: 'advies', findingRule: 'long-sentence' });
    const reply = resident.comments.reply(exported.file, { threadId: shared.id, body: 'Ja, graag gewone woorden.', author: 'Bewoner' });
    const own = resident.comments.add(exported.file, { anchor: anchorOn(doc(), 'buurthuizen'), stance: 'vraag', body: 'Welke buurthuizen?', author: 'Bewoner' });
    resident.store.closeAll();
    forgeAdvice(exported.file, own.comments[0]!.id);

    const summary = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(summary).toMatchObject({ added: 2 });
    const threads = w.writer.comments.list(w.note);
    const back = threads.find((thread) => thread.id === shared.id)!;
    expect(back.comments.map((comment) => [comment.kind, comment.body])).toEqual([
      ['advies', 'Zeg wat de gemeente gaat doen, in gewone woorden.'],
      [undefined, 'Ja, graag gewone woorden.'],
    ]);
    expect(back.comments[1]!.id).toBe(reply.comments[1]!.id);
    // The forged advies arrives with the resident's words, as an ordinary reaction.
    const forged = threads.find((thread) => thread.id === own.id)!;
    expect(forged.comments[0]).toMatchObject({ body: 'Welke buurthuizen?', author: 'Bewoner' });
    expect(forged.comments[0]!.kind).toBeUndefined();
    expect(forged.comments[0]!.findingRule).toBeUndefined();
    expect(threads.filter((thread) => thread.comments[0]?.kind === 'advies').map((thread) => thread.id).sort()).toEqual([shared.id, kept.id].sort());

    // Importing the same copy again changes nothing.
    const again = w.writer.comments.importReviewCopies(w.note, [exported.file]);
    expect(again).toMatchObject({ added: 0 });
    expect(w.writer.comments.list(w.note)).toEqual(threads);
  });
});

describe('merge rules for advies (planImport)', () => {
  const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
  const anchor = { selector: { exact: 'sociale basis', prefix: '', suffix: '', blockIndex: 1 }, status: 'exact' as const };
  const thread = (id: string, minute: number) => ({ id, createdAt: at(minute), resolved: false, resolvedAt: null, resolvedBy: null, stateChangedAt: null, anchor });
  const comment = (id: string, threadId: string, minute: number, extra: Partial<CommentItem> = {}): CommentItem => ({
    id, threadId, author: 'X', stance: null, body: `tekst ${id}`, suggestion: null, createdAt: at(minute), editedAt: null, origin: 'local', ...extra,
  });
  const ids = {
    advies: '00000000-0000-4000-8000-000000000001',
    adviesNote: '00000000-0000-4000-8000-000000000002',
    replyA: '00000000-0000-4000-8000-000000000003',
    forgedThread: '00000000-0000-4000-8000-000000000004',
    forged: '00000000-0000-4000-8000-000000000005',
    forgedReply: '00000000-0000-4000-8000-000000000006',
  };
  const writerState = (): MergeState => ({
    threads: new Map([[ids.advies, thread(ids.advies, 0)]]),
    comments: new Map([[ids.adviesNote, comment(ids.adviesNote, ids.advies, 0, { kind: 'advies', findingRule: 'passive' })]]),
    tombstones: new Set(),
  });
  // Copy A answers the advies; copy B tries to add an advies thread and to relabel a reply as advies.
  const copyA = {
    threads: [thread(ids.advies, 0)],
    comments: [comment(ids.adviesNote, ids.advies, 0, { kind: 'advies', findingRule: 'passive', body: 'herschreven door de kopie' }), comment(ids.replyA, ids.advies, 5)],
    tombstones: [],
  };
  const copyB = {
    threads: [thread(ids.forgedThread, 3)],
    comments: [comment(ids.forged, ids.forgedThread, 3, { kind: 'advies', findingRule: 'jargon' }), comment(ids.forgedReply, ids.advies, 6, { kind: 'advies' })],
    tombstones: [],
  };

  function merged(order: Array<[typeof copyA, string]>) {
    const state = writerState();
    const plans = order.map(([copy, origin]) => planImport(state, copy, origin));
    const threads: Thread[] = [...state.threads.values()].map((record) => ({ ...record, comments: [...state.comments.values()].filter((item) => item.threadId === record.id) }));
    return { state, plans, threads: canonical(threads) };
  }

  it("keeps the writer's advies as it is, labels nothing a copy adds as advies, in any order and on repeat", () => {
    const ab = merged([[copyA, 'review:a'], [copyB, 'review:b']]);
    const ba = merged([[copyB, 'review:b'], [copyA, 'review:a']]);
    const twice = merged([[copyA, 'review:a'], [copyB, 'review:b'], [copyA, 'review:a'], [copyB, 'review:b']]);
    expect(ab.threads).toEqual(ba.threads);
    expect(twice.threads).toEqual(ab.threads);
    expect(twice.plans.slice(2).map((plan) => plan.added)).toEqual([0, 0]);

    const comments = ab.state.comments;
    expect(comments.get(ids.adviesNote)).toMatchObject({ kind: 'advies', findingRule: 'passive', body: `tekst ${ids.adviesNote}`, origin: 'local' });
    expect(comments.get(ids.replyA)).toMatchObject({ origin: 'review:a' });
    expect(comments.get(ids.replyA)?.kind).toBeUndefined();
    for (const id of [ids.forged, ids.forgedReply]) {
      expect(comments.get(id)).toMatchObject({ origin: 'review:b' });
      expect(comments.get(id)).not.toHaveProperty('kind');
      expect(comments.get(id)).not.toHaveProperty('findingRule');
    }
    expect([...comments.values()].filter((item) => item.kind === 'advies').map((item) => item.id)).toEqual([ids.adviesNote]);
  });
});

describe('advies in the Leesbaarheidsrapport', () => {
  it('lists every advies under "Adviezen" with the quoted words, the note, its finding and the answers, in HTML, PDF and JSON', async () => {
    const advies = adviseOnFinding();
    w.writer.comments.reply(w.note, { threadId: advies.id, body: 'Ik pas het aan.', author: 'A. Jansen' });
    w.writer.comments.add(w.note, { anchor: anchorOn(doc(), 'loket'), stance: 'vraag', body: 'Een gewone vraag.', author: 'A. Jansen' });
    const service = new ReportService(w.writer.store, new VersionService(w.writer.store));
    const model = await service.build(w.note);
    expect(model.advice).toEqual([
      {
        quote: LONG,
        body: 'Zeg wat de gemeente gaat doen, in gewone woorden.',
        author: 'M. Adviseur',
        section: 'Waarom',
        finding: 'lange zin',
        suggestion: 'Wij willen dat buren elkaar vaker helpen.',
        resolved: false,
        textChanged: false,
        replies: [{ author: 'A. Jansen', body: 'Ik pas het aan.' }],
      },
    ]);
    const json = JSON.parse(String(await service.render(w.note, 'json'))) as { advice: unknown[] };
    expect(json.advice).toEqual(model.advice);

    const html = reportHtml(model);
    const part = html.slice(html.indexOf('<h2>Adviezen</h2>'), html.indexOf('<h2>Verloop'));
    expect(part).toContain(LONG);
    expect(part).toContain('Zeg wat de gemeente gaat doen, in gewone woorden.');
    expect(part).toContain('bij melding: lange zin');
    expect(part).toContain('A. Jansen: Ik pas het aan.');
    expect(part).not.toContain('Een gewone vraag.');

    const pdfFile = w.file('rapport.pdf');
    fs.writeFileSync(pdfFile, await reportPdf(model));
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    } catch {
      console.log('pdftotext (poppler-utils) is not installed: the PDF text of the advies is not checked');
      return;
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Adviezen');
    expect(flat).toContain('Zeg wat de gemeente gaat doen, in gewone woorden.');
    expect(flat).toContain('De gemeente wil de sociale basis versterken.');
  });

  it('says so when no advies was given', async () => {
    const model = await new ReportService(w.writer.store, new VersionService(w.writer.store)).build(w.note);
    expect(model.advice).toEqual([]);
    expect(reportHtml(model)).toContain('<h2>Adviezen</h2><p>Er zijn geen adviezen gegeven.</p>');
  });
});
