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
    expect(second.blocks.map((b) => b.text !== undefined)).toEqual([false, true]);
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
  });

  it('takes a term the note explained earlier as known: its later uses are repeats, as in helder check', () => {
    const h = makeHarness();
    const texts = ['Dan betaalt u minder. Dat heet de eigen bijdrage.', 'De eigen bijdrage gaat elke maand van uw rekening.'];
    h.client.setBlocks([block('1', texts[0]!), block('2', texts[1]!)]);
    h.tick();
    h.runWorker();
    h.deliverAll();
    const snapshot = h.client.getSnapshot();
    const later = snapshot.findings.filter((f) => f.actual === 'eigen bijdrage');
    expect(later).toHaveLength(1);
    expect(snapshot.repeats.has(later[0]!)).toBe(true);
    expect(createChecker().checkText(texts.join('\n\n')).findings.filter((f) => f.actual === 'eigen bijdrage').map((f) => f.repeat)).toEqual([true]);
  });
});
