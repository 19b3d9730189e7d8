import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checker';
import { nextFinding } from '../../../renderer/src/features/checks/navigate';
import { matchCapital, replaceInText } from '../../../renderer/src/features/checks/replacement';
import { sentenceDifficulty } from '../../../shared/report/why-hard';
import { countByFamily, filterFindings, groupByFamily, groupBySection } from '../../../renderer/src/features/checks/problems/group-findings';
import { hardestSentences, sentenceSpans } from '../../../shared/report/hardest-sentences';

const f = (blockId: string, start: number, end: number, ruleId: Finding['ruleId'] = 'jargon', severity: Finding['severity'] = 'warning', actual = 'x'): Finding => ({
  ruleId, source: 'helder', severity, blockId, start, end, line: 1, column: start + 1, actual, expected: [], message: '',
});

describe('writing an alternative', () => {
  it('keeps a capital at the start of a sentence', () => {
    expect(matchCapital('Teneinde', 'om')).toBe('Om');
    expect(matchCapital('teneinde', 'om')).toBe('om');
  });
  it('leaves abbreviations and capitalised alternatives alone', () => {
    expect(matchCapital('WMO', 'wet')).toBe('wet');
    expect(matchCapital('de wmo', 'Wet maatschappelijke ondersteuning')).toBe('Wet maatschappelijke ondersteuning');
  });
  it('takes a space along when a word is dropped', () => {
    const text = 'Wij zullen derhalve gaan.';
    const start = text.indexOf('derhalve');
    expect(replaceInText(text, start, start + 'derhalve'.length, '').text).toBe('Wij zullen gaan.');
  });
});

describe('F8 navigation', () => {
  const order = new Map([['a', 0], ['b', 1]]);
  const list = [f('a', 0, 3), f('a', 10, 12), f('b', 2, 5)];
  it('goes to the next finding after the caret and wraps at the end', () => {
    expect(nextFinding(list, order, { blockId: 'a', offset: 4 }, 1)).toBe(list[1]);
    expect(nextFinding(list, order, { blockId: 'b', offset: 3 }, 1)).toBe(list[0]);
  });
  it('goes back with Shift+F8 and wraps at the start', () => {
    expect(nextFinding(list, order, { blockId: 'b', offset: 0 }, -1)).toBe(list[1]);
    expect(nextFinding(list, order, { blockId: 'a', offset: 0 }, -1)).toBe(list[2]);
  });
});

describe('Problems panel grouping', () => {
  const sections = [
    { headingId: null, title: '', blockIds: ['p0'] },
    { headingId: 'h1', title: 'Aanleiding', blockIds: ['h1', 'p1'] },
  ];
  const list = [f('p0', 0, 1, 'passive', 'info'), f('p1', 0, 1, 'jargon', 'error'), f('p1', 4, 6, 'jargon')];
  it('groups by the nearest heading, text before the first heading first', () => {
    expect(groupBySection(list, sections).map((g) => [g.title, g.findings.length])).toEqual([[null, 1], ['Aanleiding', 2]]);
  });
  it('groups by kind, largest group first, and counts per kind, as the "Soort" filter divides them', () => {
    expect(groupByFamily(list).map((g) => g.title)).toEqual(['jargon', 'passive']);
    expect(countByFamily(list)).toEqual([{ family: 'jargon', count: 2 }, { family: 'passive', count: 1 }]);
    // A long paragraph is counted with long sentences, and double negatives with the other kinds.
    const mixed = [f('p0', 0, 1, 'long-sentence'), f('p1', 0, 1, 'long-paragraph'), f('p1', 0, 1, 'double-negative')];
    expect(countByFamily(mixed)).toEqual([{ family: 'long-sentence', count: 2 }, { family: 'other', count: 1 }]);
    expect(groupByFamily(mixed).map((g) => [g.title, g.findings.length])).toEqual([['long-sentence', 2], ['other', 1]]);
    for (const family of ['long-sentence', 'other'] as const) expect(filterFindings(mixed, { severity: 'all', family })).toHaveLength(countByFamily(mixed).find((c) => c.family === family)!.count);
  });
  it('filters by severity and by family', () => {
    expect(filterFindings(list, { severity: 'error', family: 'all' })).toEqual([list[1]]);
    expect(filterFindings(list, { severity: 'all', family: 'passive' })).toEqual([list[0]]);
  });
});

describe('why a sentence is hard', () => {
  const text = 'Omdat de regeling die wordt uitgevoerd complex is, en omdat participatiesamenleving lastig is, stoppen we.';
  it('counts words, commas, clauses and names the hard words and passives inside it', () => {
    const sentence = f('b', 0, text.length, 'long-sentence');
    const inner = [f('b', 54, 80, 'hard-word', 'warning', 'participatiesamenleving'), f('b', 21, 38, 'passive', 'info', 'wordt uitgevoerd')];
    const why = sentenceDifficulty(sentence, text, [sentence, ...inner]);
    expect(why).toMatchObject({ words: 15, commas: 2, clauses: 3, hardWords: ['participatiesamenleving'], passives: ['wordt uitgevoerd'] });
  });
  it('ranks the longest, most loaded sentence first', () => {
    const blocks = [{ id: 'b', kind: 'paragraph', text: `Kort. ${text} Ook kort.` }];
    expect(sentenceSpans(blocks[0]!.text)).toHaveLength(3);
    expect(hardestSentences(blocks, [], 1)[0]?.text).toBe(text);
  });
});
