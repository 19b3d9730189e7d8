// The accuracy bench's own judgement: how findings are scored and when a fix reads wrong.
import { describe, expect, it } from 'vitest';
import { countWords, type CorpusText } from '../../../bench/accuracy/corpus';
import { judgeFix } from '../../../bench/accuracy/fixes';
import { classify } from '../../../bench/accuracy/score';
import { createChecker, type Finding } from '../../../shared/checker/index';

const checker = createChecker();

function finding(text: string, actual: string, replacement: string): Finding {
  const start = text.indexOf(actual);
  return { ruleId: 'jargon', source: 'helder', severity: 'warning', blockId: 'b', start, end: start + actual.length, line: 1, column: start + 1, actual, expected: [replacement], message: '' };
}

describe('accuracy scoring', () => {
  const text: CorpusText = {
    stem: 'x', genre: 'beleidsnota', style: 'dense', text: 'abcdefghij', words: 1,
    flag: [{ start: 2, end: 4, cls: 'jargon', quote: 'cd' }], ok: [{ start: 6, end: 8 }],
  };
  it('calls a finding on a flagged span helpful, on an ok span neutral, elsewhere noise', () => {
    expect(classify({ start: 3, end: 5 }, text)).toBe('helpful');
    expect(classify({ start: 6, end: 7 }, text)).toBe('neutral');
    expect(classify({ start: 0, end: 1 }, text)).toBe('noise');
  });

  it('counts words without Markdown markers', () => {
    expect(countWords('# Kop van twee\n\n- een punt\n1. nog een')).toBe(7);
  });
});

describe('fix judgement', () => {
  const block = (t: string) => ({ text: t, kind: 'paragraph' as const });
  it('accepts a fix that reads right', () => {
    const t = 'Wij sturen u middels deze brief het besluit.';
    expect(judgeFix(checker, block(t), finding(t, 'middels', 'met'), []).ok).toBe(true);
  });
  it('rejects "moet" left with "te" before the infinitive', () => {
    const t = 'De aanvraag dient binnen zes weken te worden ingediend.';
    expect(judgeFix(checker, block(t), finding(t, 'dient', 'moet'), []).reasons).toContain('werkwoord: moet ... te');
  });
  it('rejects a lower-case word at the start of a sentence', () => {
    const t = 'Middels deze brief informeren wij u.';
    expect(judgeFix(checker, block(t), finding(t, 'Middels', 'met'), []).reasons).toContain('kleine letter aan het begin van de zin');
  });
  it('rejects a fix that differs from the editor rewrite of the same span', () => {
    const t = 'Gelet op het voorgaande stellen wij voor te stoppen.';
    const start = t.indexOf('Gelet op het voorgaande');
    const flags = [{ start, end: start + 'Gelet op het voorgaande'.length, cls: 'officialese' as const, quote: 'Gelet op het voorgaande', rewrite: 'Daarom' }];
    expect(judgeFix(checker, block(t), finding(t, 'Gelet op', 'Door'), flags).reasons.some((r) => r.startsWith('wijkt af'))).toBe(true);
  });
  it('rejects "het" before a word that takes "de"', () => {
    const t = 'Het plan gaat over het beleid van de stad.';
    expect(judgeFix(checker, block(t), finding(t, 'beleid', 'regeling'), []).reasons).toContain('de/het');
  });
});
