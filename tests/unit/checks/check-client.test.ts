import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker';
import { block, makeHarness } from './harness';

const JARGON = 'Teneinde de zelfregie te versterken, gaan we met bewoners praten.';
const PLAIN = 'De speeltuin gaat in mei weer open.';

describe('CheckClient', () => {
  it('shows the findings of the text as the worker checked it', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const expected = createChecker().checkDocument([{ id: '1', kind: 'paragraph', text: JARGON }, { id: '2', kind: 'paragraph', text: PLAIN }]).findings;
    const snapshot = h.client.getSnapshot();
    expect(snapshot.fresh).toBe(true);
    expect(snapshot.findings.map((f) => [f.ruleId, f.actual])).toEqual(expected.map((f) => [f.ruleId, f.actual]));
    expect(snapshot.findings.some((f) => f.actual === 'zelfregie')).toBe(true);
  });

  it('sends the text of a block only when it changed since the last send', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.client.setBlocks([block('1', JARGON), block('2', `${PLAIN} Fijn.`)]);
    h.tick();
    const second = h.posted[1];
    expect(second?.type).toBe('check');
    if (second?.type !== 'check') return;
    // Typing changed one block's text, not the list: only that block goes, with its text.
    expect(second.changedOnly).toBe(true);
    expect(second.blocks.map((b) => [b.id, b.text])).toEqual([['2', `${PLAIN} Fijn.`]]);
  });

  it('sends the whole list, texts only for changed blocks, when blocks come, go or change kind', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.client.setBlocks([block('1', JARGON), block('3', 'Nieuw.'), block('2', PLAIN)]);
    h.tick();
    const second = h.posted[1];
    if (second?.type !== 'check') throw new Error('no check request');
    expect(second.changedOnly).toBeUndefined();
    expect(second.blocks.map((b) => [b.id, b.text !== undefined])).toEqual([
      ['1', false],
      ['3', true],
      ['2', false],
    ]);
    h.runWorker();
    h.deliverAll();
    expect(h.client.getSnapshot().fresh).toBe(true);
  });

  it('keeps the findings of the other blocks right when typing sends only the changed block', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    h.client.setBlocks([block('1', JARGON), block('2', 'Het besluit wordt genomen door de raad.')]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const snapshot = h.client.getSnapshot();
    expect(snapshot.fresh).toBe(true);
    expect(snapshot.findings.some((f) => f.blockId === '1' && f.actual === 'zelfregie')).toBe(true);
    expect(snapshot.findings.some((f) => f.blockId === '2' && f.ruleId === 'passive')).toBe(true);
  });

  it('sends one request for a burst of edits within the pause', () => {
    const h = makeHarness();
    for (const text of ['T', 'Te', 'Ten', 'Teneinde']) h.client.setBlocks([block('1', text)]);
    h.tick();
    expect(h.posted).toHaveLength(1);
  });

  it('never shows a result made for an older version of a block', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', 'Het besluit wordt genomen door de raad.')]);
    h.tick();
    h.runWorker(); // result for version 1 is on its way...
    h.client.setBlocks([block('1', 'We praten met bewoners.'), block('2', 'Het besluit wordt genomen door de raad.')]);
    h.deliverAll(); // ...and arrives after block 1 changed
    const shown = h.client.getSnapshot();
    expect(shown.findings.filter((f) => f.blockId === '1')).toEqual([]);
    expect(shown.findings.some((f) => f.blockId === '2' && f.ruleId === 'passive')).toBe(true);
    expect(shown.fresh).toBe(false);
  });

  it('drops findings of a block the moment its text changes, before any new result', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    expect(h.client.getSnapshot().findings.length).toBeGreaterThan(0);
    h.client.setBlocks([block('1', `${JARGON} x`)]);
    expect(h.client.getSnapshot().findings).toEqual([]);
  });

  it('sends every text again when the worker lost track of the note', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON)]);
    h.tick();
    h.core.forget('note'); // e.g. the worker restarted
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.deliverAll(); // the resync request
    const last = h.posted.at(-1);
    expect(last?.type === 'check' && last.blocks.every((b) => b.text !== undefined)).toBe(true);
    h.runWorker();
    h.deliverAll();
    expect(h.client.getSnapshot().fresh).toBe(true);
  });

  it('keeps the sections and reading level of the whole note right while the worker sends only what typing changed', () => {
    const h = makeHarness();
    const heading = (id: string, text: string) => block(id, text, 'heading', 2);
    let blocks = [heading('h1', 'Aanleiding'), block('1', JARGON), heading('h2', 'Wat we doen'), block('2', PLAIN), heading('h3', 'Kosten'), block('3', PLAIN)];
    const settle = () => {
      h.client.setBlocks(blocks);
      h.tick();
      h.runWorker();
      h.deliverAll();
    };
    settle();
    blocks = blocks.map((b) => (b.id === '2' ? block('2', `${PLAIN} Teneinde de participatiesamenleving te versterken, dient de gemeente middels een integraal beleidskader te handelen.`) : b));
    settle();
    const full = createChecker().checkDocument(blocks.map(({ id, kind, level, text }) => (level === undefined ? { id, kind, text } : { id, kind, level, text })));
    const snapshot = h.client.getSnapshot();
    expect(snapshot.fresh).toBe(true);
    expect(snapshot.sections.map((s) => [s.title, s.blockIds, s.readability.level, s.readability.words])).toEqual(
      full.sections.map((s) => [s.title, s.blockIds, s.readability.level, s.readability.words]),
    );
    expect(snapshot.readability).toEqual(full.readability);
    expect(snapshot.findings.map((f) => [f.blockId, f.ruleId, f.actual])).toEqual(full.findings.map((f) => [f.blockId, f.ruleId, f.actual]));
  });

  it('asks for the whole note again when a result went missing, and ends with fresh findings', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    h.client.setBlocks([block('1', JARGON), block('2', `${PLAIN} Fijn.`)]);
    h.tick();
    h.runWorker();
    h.inbox.length = 0; // this reply is lost on the way
    h.client.setBlocks([block('1', `${JARGON} Middels een brief.`), block('2', `${PLAIN} Fijn.`)]);
    h.tick();
    h.runWorker();
    h.deliverAll(); // tells what changed since the lost reply: the client cannot use it
    expect(h.client.getSnapshot().fresh).toBe(false);
    const resent = h.posted.at(-1);
    expect(resent?.type === 'check' && resent.changedOnly !== true && resent.blocks.every((b) => b.text !== undefined)).toBe(true);
    h.runWorker();
    h.deliverAll();
    const snapshot = h.client.getSnapshot();
    expect(snapshot.fresh).toBe(true);
    expect(snapshot.findings.some((f) => f.actual.toLowerCase() === 'middels')).toBe(true);
  });
});

describe('CheckClient repeats', () => {
  it('marks later uses of a term in the note as repeats, for quiet drawing and the Problems panel', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', 'Ook de zelfregie van ouderen telt.')]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const snapshot = h.client.getSnapshot();
    const zelfregie = snapshot.findings.filter((f) => f.actual === 'zelfregie');
    expect(zelfregie.map((f) => snapshot.repeats.has(f))).toEqual([false, true]);
    // The marks are drawn with the same repeats.
    expect(zelfregie.map((f) => h.client.drawnRepeats().has(f))).toEqual([false, true]);
  });

  it('draws repeats as they were while a block is typed in, and anew when its result arrives', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', 'Ook de zelfregie van ouderen telt.')]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const later = h.client.getSnapshot().findings.find((f) => f.blockId === '2' && f.actual === 'zelfregie')!;
    expect(h.client.drawnRepeats().has(later)).toBe(true); // drawn quietly
    // The first use is typed away: until the result, the later use keeps its quiet look...
    h.client.setBlocks([block('1', 'We praten met bewoners.'), block('2', 'Ook de zelfregie van ouderen telt.')]);
    expect(h.client.drawnRepeats().has(later)).toBe(true);
    h.tick();
    h.runWorker();
    h.deliverAll();
    // ...and then it is the first use, drawn in full.
    const now = h.client.getSnapshot().findings.find((f) => f.blockId === '2' && f.actual === 'zelfregie')!;
    expect(h.client.drawnRepeats().has(now)).toBe(false);
    expect(h.client.getSnapshot().repeats.has(now)).toBe(false);
  });

  it('keeps the repeats as they were for a frame to peek at, until they are worked out again after a result', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', 'Ook de zelfregie van ouderen telt.')]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const drawn = h.client.drawnRepeats();
    expect(h.client.peekDrawnRepeats()).toEqual({ repeats: drawn, current: true });
    // The first use is typed away; its result arrives. Peeking does not walk the note again...
    h.client.setBlocks([block('1', 'We praten met bewoners.'), block('2', 'Ook de zelfregie van ouderen telt.')]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const peeked = h.client.peekDrawnRepeats();
    expect(peeked.current).toBe(false);
    expect(peeked.repeats).toBe(drawn);
    // ...working them out does, and then the later use is the first one.
    const now = h.client.getSnapshot().findings.find((f) => f.blockId === '2' && f.actual === 'zelfregie')!;
    expect(h.client.drawnRepeats().has(now)).toBe(false);
    expect(h.client.peekDrawnRepeats().current).toBe(true);
  });

  it('leaves the drawn repeats current when a result only tells about text typed over since', () => {
    const h = makeHarness();
    h.client.setBlocks([block('1', JARGON), block('2', PLAIN)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    h.client.drawnRepeats();
    const drawn = h.client.getSnapshot().findings;
    // A word typed in block 2 goes to the worker; before its result arrives the writer types on.
    h.client.setBlocks([block('1', JARGON), block('2', `${PLAIN} Fijn`)]);
    h.tick();
    h.runWorker();
    h.client.setBlocks([block('1', JARGON), block('2', `${PLAIN} Fijn.`)]);
    h.deliverAll();
    expect(h.client.peekDrawnRepeats().current).toBe(true);
    expect(h.client.getSnapshot().fresh).toBe(false);
    // Block 1 still shows the very same finding objects.
    expect(h.client.blockFindings('1')).toEqual(drawn.filter((f) => f.blockId === '1'));
    expect(h.client.blockFindings('1').every((f) => drawn.includes(f))).toBe(true);
    // Its own result, when it comes, is new findings.
    h.tick();
    h.runWorker();
    h.deliverAll();
    expect(h.client.getSnapshot().fresh).toBe(true);
    expect(h.client.peekDrawnRepeats().current).toBe(false);
  });

  it('takes a term the note explained earlier as known: its later uses are repeats, as in helder check', () => {
    const h = makeHarness();
    const texts = ['Dan koopt u de zorg zelf in. Dat heet het persoonsgebonden budget.', 'Het persoonsgebonden budget komt elke maand op uw rekening.'];
    h.client.setBlocks([block('1', texts[0]!), block('2', texts[1]!)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const snapshot = h.client.getSnapshot();
    const later = snapshot.findings.filter((f) => f.actual.toLowerCase() === 'persoonsgebonden budget');
    expect(later).toHaveLength(1);
    expect(snapshot.repeats.has(later[0]!)).toBe(true);
    expect(createChecker().checkText(texts.join('\n\n')).findings.filter((f) => f.actual.toLowerCase() === 'persoonsgebonden budget').map((f) => f.repeat)).toEqual([true]);
  });
});
