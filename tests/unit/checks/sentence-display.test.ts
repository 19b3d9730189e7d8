import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checker';
import { styleOf } from '../../../renderer/src/features/checks/highlight-styles';
import { sentenceLengths } from '../../../renderer/src/features/checks/sentence-markers';

const f = (blockId: string, ruleId: Finding['ruleId'], severity: Finding['severity']): Finding => ({
  ruleId, source: 'helder', severity, blockId, start: 0, end: 5, line: 1, column: 1, actual: 'x', expected: [], message: '',
});

describe('how a finding is drawn', () => {
  const all = { errorsOnly: false };
  it('shades long and very long sentences without a line, and underlines words', () => {
    expect(styleOf('warning', 'long-sentence', all)).toBe('background-color: var(--check-shade-long);');
    expect(styleOf('error', 'long-sentence', all)).toBe('background-color: var(--check-shade-very-long);');
    expect(styleOf('warning', 'jargon', all)).toMatch(/^--mark-underline: var\(--check-underline-wavy\); --mark-line: var\(--check-line-warning\); background-color: var\(--check-bg-jargon\)/);
    // The long-paragraph tip shares the family but is a tip: a dotted line on its first sentence.
    expect(styleOf('info', 'long-sentence', all)).toMatch(/--mark-underline: var\(--check-underline-dotted\)/);
  });
  it('draws only errors in focus mode', () => {
    const focus = { errorsOnly: true };
    expect(styleOf('warning', 'jargon', focus)).toBeNull();
    expect(styleOf('info', 'passive', focus)).toBeNull();
    expect(styleOf('warning', 'long-sentence', focus)).toBeNull();
    expect(styleOf('error', 'long-sentence', focus)).toBe('background-color: var(--check-shade-very-long);');
    expect(styleOf('error', 'spelling', focus)).toMatch(/--check-underline-wavy\); --mark-line: var\(--check-line-error\)/);
  });
});

describe('sentence markers in the margin', () => {
  it('gives each block its strongest sentence level, and none for word findings or the paragraph tip', () => {
    const levels = sentenceLengths([
      f('a', 'long-sentence', 'warning'),
      f('b', 'long-sentence', 'error'),
      f('b', 'long-sentence', 'warning'),
      f('c', 'long-sentence', 'warning'),
      f('c', 'long-sentence', 'error'),
      f('d', 'jargon', 'error'),
      f('e', 'long-paragraph', 'info'),
    ]);
    expect([...levels]).toEqual([
      ['a', 'long'],
      ['b', 'very-long'],
      ['c', 'very-long'],
    ]);
  });
});
