// The accuracy bench's own judgement: how findings are scored and when a fix reads wrong.
import { describe, expect, it } from 'vitest';
import { countWords, type CorpusText } from '../../../bench/accuracy/corpus';
import { judgeFix } from '../../../bench/accuracy/fixes';
import { classify } from '../../../bench/accuracy/score';
import { createChecker, type Finding } from '../../../shared/checker/index';

const checker = createChecker();

function finding(text: string, actual: string, ...replacements: string[]): Finding {
  const start = text.indexOf(actual);
  return { ruleId: 'jargon', source: 'helder', severity: 'warning', blockId: 'b', start, end: start + actual.length, line: 1, column: start + 1, actual, expected: replacements, message: '' };
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

  it('judges every alternative the quick fix offers, not only the first', () => {
    const t = 'Teneinde de kosten te dekken, verhogen wij de huur.';
    expect(judgeFix(checker, block(t), finding(t, 'Teneinde', 'Om'), []).ok).toBe(true);
    const both = judgeFix(checker, block(t), finding(t, 'Teneinde', 'Om', 'Om te'), []);
    expect(both.ok).toBe(false);
    expect(both.reasons).toContain("'Om te': te te");
  });
  it('rejects a conjunction before a te-infinitive', () => {
    const t = 'Wij overleggen alvorens tot een besluit te komen.';
    expect(judgeFix(checker, block(t), finding(t, 'alvorens', 'voordat'), []).reasons).toContain('voegwoord voor te + infinitief');
  });
  it('rejects "tijdens" with a length of time and "hoeft" without "te"', () => {
    const t = 'De subsidie geldt gedurende ten minste drie jaar.';
    expect(judgeFix(checker, block(t), finding(t, 'gedurende', 'tijdens'), []).reasons).toContain('tijdens met een tijdsduur');
    const h = 'Het plan behoeft een toelichting.';
    expect(judgeFix(checker, block(h), finding(h, 'behoeft', 'hoeft'), []).reasons).toContain('hoeven zonder te');
  });
  it('rejects an article or adjective that no longer agrees across an adjective', () => {
    const t = 'Het nieuwe speelveld is open.';
    expect(judgeFix(checker, block(t), finding(t, 'speelveld', 'situatie'), []).reasons).toContain('de/het');
    const n = 'Wij werken in nauwe afstemming met de school.';
    expect(judgeFix(checker, block(n), finding(n, 'afstemming', 'overleg'), []).reasons).toContain('bijvoeglijk naamwoord past niet bij het zelfstandig naamwoord');
    const e = 'Dit is een lastig vraagstuk voor de raad.';
    expect(judgeFix(checker, block(e), finding(e, 'vraagstuk', 'vraag'), []).reasons).toContain('bijvoeglijk naamwoord past niet bij het zelfstandig naamwoord');
    expect(judgeFix(checker, block(e), finding(e, 'vraagstuk', 'probleem'), []).ok).toBe(true);
  });
  it('rejects a singular verb left with a plural subject, and two prepositions in a row', () => {
    const t = 'Er is een groot aantal bewoners geholpen.';
    expect(judgeFix(checker, block(t), finding(t, 'een groot aantal', 'veel'), []).reasons).toContain('enkelvoud met meervoud');
    // A verb swapped for a verb with its own preposition: "refereren aan" → "verwijzen naar aan".
    const q = 'Wij refereren aan het besluit van mei.';
    expect(judgeFix(checker, block(q), finding(q, 'refereren', 'verwijzen naar'), []).reasons).toContain('dubbel voorzetsel');
  });
  it('does not count a finding that only changes its words with the fix as new', () => {
    // The passive "worden gedekt" ends in the fixed words: after the fix it is "worden betaald".
    const t = 'De kosten worden gedekt uit de reserve.';
    expect(judgeFix(checker, block(t), finding(t, 'gedekt uit', 'betaald uit'), []).reasons.filter((r) => r.startsWith('nieuwe melding'))).toEqual([]);
  });
});
