// The panel summary ("u zei, wij deden") from real comments: counted per section by stance, with
// the words not understood, the open questions, and what the writer did; names only where given.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Thread } from '../../../shared/contract';
import { buildPanelSummary, notUnderstoodFromComments, panelSummaryHtml, unclearWords } from '../../../shared/panel';
import type { NotUnderstoodMark } from '../../../shared/contract';
import { toBlocks } from '../../../shared/document';
import { PaperService } from '../../../electron/services/paper';
import { VersionService } from '../../../electron/services/versions/version-service';
import { anchorOn, baseText, documentOf, world } from '../comments/world';

/** A panel thread as an imported review copy would leave it. */
function panelThread(document: string, words: string, stance: Thread['comments'][0]['stance'], body: string, author: string, origin = 'review:11111111-1111-4111-8111-111111111111', replies: { body: string; origin: string }[] = [], resolved = false): Thread {
  const id = crypto.randomUUID();
  return {
    id,
    createdAt: '2026-03-01T09:00:00.000Z',
    resolved,
    resolvedAt: null,
    resolvedBy: null,
    anchor: { selector: anchorOn(document, words), status: 'exact' },
    comments: [
      { id: crypto.randomUUID(), threadId: id, author, stance, body, suggestion: null, createdAt: '2026-03-01T09:00:00.000Z', editedAt: null, origin },
      ...replies.map((reply, index) => ({ id: crypto.randomUUID(), threadId: id, author: 'A. Jansen', stance: null, body: reply.body, suggestion: null, createdAt: `2026-03-02T09:00:0${index}.000Z`, editedAt: null, origin: reply.origin })),
    ],
  };
}

describe('buildPanelSummary', () => {
  const document = documentOf(...baseText);
  const blocks = toBlocks(document);
  const threads = [
    panelThread(document, 'sociale basis', 'onduidelijk', 'Wat is dat?', 'Fatima'),
    panelThread(document, 'sociale basis', 'onduidelijk', 'Snap ik niet.', '', 'papier'),
    panelThread(document, 'buurthuizen', 'vraag', 'Welke buurthuizen?', 'Henk'),
    panelThread(document, 'vrijwilligers', 'vraag', 'Hoeveel?', 'Ans', 'papier', [{ body: '50 euro per maand.', origin: 'local' }]),
    panelThread(document, 'loket', 'suggestie', 'Ook op zaterdag open.', 'Bram', 'papier', [], true),
    // The writer's own note to self is not the panel's.
    panelThread(document, 'loket', 'vraag', 'Navragen bij team.', 'A. Jansen', 'local'),
  ];
  const summary = (anonymous: boolean) => buildPanelSummary({ title: 'Sociale basis', date: '2026-03-05T10:00:00.000Z', blocks, threads, notUnderstood: notUnderstoodFromComments(blocks, threads), anonymous });

  it('counts comments by stance per section, in the order of the text', () => {
    const result = summary(false);
    expect(result.sections.map((section) => section.title)).toEqual(['Waarom', 'Wat gaan we doen']);
    expect(result.sections[0]!.counts).toEqual({ vraag: 0, onduidelijk: 2, eens: 0, oneens: 0, suggestie: 0 });
    expect(result.sections[1]!.counts).toEqual({ vraag: 2, onduidelijk: 0, eens: 0, oneens: 0, suggestie: 1 });
    expect(result.totals).toEqual({ comments: 5, answered: 1, done: 1, open: 3, paper: 3 });
  });

  it('lists words not understood, open questions and what the writer did', () => {
    const [why, what] = summary(false).sections;
    expect(why!.words).toEqual([{ word: 'sociale basis', count: 2 }]);
    // Answered questions are not open any more.
    expect(what!.openQuestions.map((question) => question.body)).toEqual(['Welke buurthuizen?']);
    const byBody = new Map(what!.comments.map((comment) => [comment.body, comment]));
    expect(byBody.get('Hoeveel?')).toMatchObject({ action: 'answered', reply: '50 euro per maand.', paper: true });
    expect(byBody.get('Ook op zaterdag open.')).toMatchObject({ action: 'done' });
    expect(byBody.get('Welke buurthuizen?')).toMatchObject({ action: 'open', reply: null });
  });

  it("counts residents' 'niet begrepen' marks together with 'onduidelijk' comments, per section", () => {
    const mark = (words: string, origin: string): NotUnderstoodMark => ({ id: crypto.randomUUID(), anchor: { selector: anchorOn(document, words), status: 'exact' }, meaning: null, author: 'x', createdAt: '2026-03-01T09:00:00.000Z', editedAt: null, origin });
    const marks = [mark('sociale basis', 'review:a'), mark('sociale basis', 'review:b'), mark('sociale basis', 'review:b'), mark('vrijwilligers', 'review:a')];
    const words = unclearWords(blocks, threads, marks);
    // Two residents marked it, two comments said "onduidelijk": four; one resident marking twice counts once.
    expect(words).toEqual(expect.arrayContaining([{ section: 'Waarom', word: 'sociale basis', count: 4 }, { section: 'Wat gaan we doen', word: 'vrijwilligers', count: 1 }]));
    expect(words).toHaveLength(2);
  });

  it('shows names only where a resident gave one, and none when anonymous', () => {
    const names = (anonymous: boolean) => summary(anonymous).sections.flatMap((section) => section.comments.map((comment) => comment.name));
    expect(names(false)).toEqual(expect.arrayContaining(['Fatima', null, 'Henk', 'Ans', 'Bram']));
    expect(names(true).every((name) => name === null)).toBe(true);
    const html = panelSummaryHtml(summary(true));
    expect(html).not.toMatch(/Fatima|Henk|Ans\b|Bram/);
    expect(panelSummaryHtml(summary(false))).toContain('Fatima');
  });

  it('escapes what residents wrote', () => {
    const hostile = [panelThread(document, 'loket', 'vraag', '<script>alert(1)</script>', '<b>x</b>')];
    const html = panelSummaryHtml(buildPanelSummary({ title: '<i>t</i>', date: '2026-03-05T10:00:00.000Z', blocks, threads: hostile, notUnderstood: [], anonymous: false }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>x</b>');
    expect(html).not.toContain('<i>t</i>');
  });
});

describe('exporting the panel summary', () => {
  let w: ReturnType<typeof world>;
  beforeEach(() => {
    w = world();
  });
  afterEach(() => w.cleanup());

  it('writes HTML and PDF next to the note, the anonymous one under its own name', async () => {
    w.writer.comments.add(w.note, { anchor: anchorOn(documentOf(...baseText), 'buurthuizen'), stance: 'vraag', body: 'Mijn eigen notitie.', author: 'A. Jansen' });
    const paper = new PaperService(w.writer.store, new VersionService(w.writer.store));
    // A resident's "niet begrepen" mark, as an imported review copy leaves it in the note.
    // Residents' "niet begrepen" marks, as an imported review copy leaves them; a taken-back one does not count.
    const db = w.writer.store.writableDatabase(w.note);
    const insertMark = db.prepare("INSERT INTO not_understood (id, anchor, meaning, author, created_at, edited_at, deleted_at, origin) VALUES (?, ?, NULL, 'Ans', '2026-03-01T09:00:00.000Z', NULL, ?, 'review:c')");
    insertMark.run(crypto.randomUUID(), JSON.stringify({ selector: anchorOn(documentOf(...baseText), 'loket'), status: 'exact' }), null);
    insertMark.run(crypto.randomUUID(), JSON.stringify({ selector: anchorOn(documentOf(...baseText), 'buurthuizen'), status: 'exact' }), '2026-03-02T09:00:00.000Z');
    const html = await paper.exportSummary(w.note, 'html', false);
    const pdf = await paper.exportSummary(w.note, 'pdf', true);
    expect(html).toMatch(/panelsamenvatting\.html$/);
    expect(pdf).toMatch(/panelsamenvatting zonder namen\.pdf$/);
    // The writer's own comments are not what the panel said.
    const written = fs.readFileSync(html, 'utf8');
    expect(written).not.toContain('Mijn eigen notitie.');
    expect(written).toMatch(/Woorden die niet duidelijk waren<\/h3><ul><li>loket <span class="who">\(1 keer\)/);
    expect(written).not.toContain('<li>buurthuizen');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
