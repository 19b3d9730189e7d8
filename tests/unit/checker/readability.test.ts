import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brouwer, countSyllables, fleschDouma } from '../../../shared/checker/index';
import { fmt } from '../../../shared/checker/readability/level';
import { fixtureChecker } from './fixture-checker';

describe('Dutch syllables', () => {
  it('counts syllables from hyphenation patterns, including short edge pieces', () => {
    const known: Array<[string, number]> = [
      ['huis', 1], ['over', 2], ['idee', 2], ['gemeente', 3], ['ondersteuning', 4], ['beëindigen', 4],
      ['coördinatie', 5], ['verantwoordelijkheid', 6], ['eenentwintig', 4], ['nieuwe', 2],
    ];
    for (const [word, syllables] of known) expect([word, countSyllables(word)]).toEqual([word, syllables]);
  });
});

describe('readability formulas', () => {
  it('follow Flesch-Douma and Brouwer', () => {
    // 150 syllables per 100 words, 15 words per sentence.
    expect(fleschDouma(150, 15)).toBeCloseTo(206.84 - 115.5 - 13.95, 5);
    expect(brouwer(150, 15)).toBeCloseTo(195 - 100 - 30, 5);
  });
});

describe('numbers in the reasons', () => {
  const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

  it('are written the Dutch way, to one decimal, as Intl writes them', () => {
    expect([25.3, 1234.56, 999.95, 15, -3.45, 0.04].map(fmt)).toEqual(['25,3', '1.234,6', '1.000', '15', '-3,4', '0']);
    for (const n of [NaN, Infinity, -0, 1e20]) expect(fmt(n)).toBe(dutch.format(Math.round(n * 10) / 10));
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -1e13, max: 1e13, noNaN: true })), (n) => {
        expect(fmt(n)).toBe(dutch.format(Math.round(n * 10) / 10));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('document readability', () => {
  const checker = fixtureChecker();

  it('counts every block kind: a heading and each list item are sentences of their own', () => {
    const result = checker.checkText('# Afval ophalen\n\nWe halen het afval op. Zet de bak buiten.\n\n- Groene bak op maandag\n- Grijze bak op vrijdag\n', 'markdown');
    expect(result.readability.words).toBe(19);
    expect(result.readability.sentences).toBe(5);
    expect(result.readability.averageSentenceLength).toBe(3.8);
  });

  it('does not let a section of jargon-heavy bullets score best of all', () => {
    const result = checker.checkText('# Zinnen\n\nWe bellen u. U belt ons.\n\n# Punten\n\n- integrale maatwerkvoorzieningen binnen het voorliggend veld\n- zelfredzaamheidsbevordering', 'markdown');
    expect(result.sections[1]!.readability.words).toBeGreaterThan(0);
    expect(result.sections[1]!.readability.fleschDouma).toBeLessThan(result.sections[0]!.readability.fleschDouma);
  });

  it('clamps scores below 0 and says why', () => {
    const result = checker.checkText('Zelfredzaamheidsbevorderingsprogrammaonderdelen implementatiegerelateerde verantwoordelijkheidsverdelingsvraagstukken organisatieontwikkelingstrajecten.');
    expect(result.readability.fleschDouma).toBe(0);
    expect(result.readability.reasons.join(' ')).toContain('onder 0');
  });

  it('rates plain short sentences as B1 and long officialese as higher, with Dutch reasons', () => {
    const plain = checker.checkText('We halen uw afval op. Zet de bak voor acht uur buiten. Is de bak vol? Bel ons dan.');
    expect(plain.readability.level).toBe('B1');
    expect(plain.readability.fleschDouma).toBeGreaterThan(60);
    const hard = checker.checkText(
      'Teneinde de maatschappelijke ondersteuning van kwetsbare inwoners structureel te verbeteren, heeft het college in samenwerking met de betrokken zorgaanbieders een integrale beleidsvisie ontwikkeld, waarin de verantwoordelijkheidsverdeling tussen gemeentelijke organisatieonderdelen nader wordt geconcretiseerd.',
    );
    expect(hard.readability.level).toBe('C1');
    expect(hard.readability.reasons.join(' ')).toMatch(/woorden lang/);
    expect(hard.readability.fleschDouma).toBeLessThan(plain.readability.fleschDouma);
    expect(hard.readability.brouwer).toBeLessThan(plain.readability.brouwer);
  });

  it('scores each section under its heading', () => {
    const result = checker.checkText('# Kort\n\nWe bellen u. U belt ons.\n\n# Lang\n\nDe gemeente onderzoekt samen met de zorgaanbieders of de ondersteuning van inwoners met een beperking beter kan worden georganiseerd.', 'markdown');
    expect(result.sections.map((s) => s.title)).toEqual(['Kort', 'Lang']);
    // The heading counts as a sentence of its section: (1 + 6) / 3 and (1 + 19) / 2.
    expect(result.sections[0]!.readability.averageSentenceLength).toBe(2.3);
    expect(result.sections[1]!.readability.averageSentenceLength).toBe(10);
  });
});

describe('a line break ends a sentence', () => {
  const checker = fixtureChecker();
  it('does not glue a letterhead or a date line to the next sentence', () => {
    const text = 'GEMEENTE DALWIJK\nAfdeling Wonen\nDatum 3 maart 2026\nWij schrijven u over de nieuwe regels voor het parkeren in uw wijk.';
    const long = checker.checkText(text).findings.filter((f) => f.ruleId === 'long-sentence');
    expect(long).toEqual([]);
  });

  it('reads the lines after a line ending in a colon as list items, even in small letters', () => {
    const text = 'Zet uw container zo aan de straat:\nmet de klep dicht en de wielen naar het huis\nop de stoep en niet op de rijbaan\nniet zwaarder dan zestig kilo en zonder losse zakken ernaast';
    const result = checker.checkText(text);
    expect(result.readability.sentences).toBe(4);
    expect(result.findings.filter((f) => f.ruleId === 'long-sentence')).toEqual([]);
  });

  it('reads three or more lines without any full stop as list items; wrapped prose ends in a full stop', () => {
    const items = 'de klep van de container dicht\nde wielen naar uw huis en de klep naar de straat\nniet zwaarder dan zestig kilo en geen losse zakken ernaast';
    expect(checker.checkText(items).readability.sentences).toBe(3);
    const wrapped = 'Wij halen het gft-afval en het restafval\nin de zomer elke week op, en in de winter\nelke twee weken, op de dag die op de kalender staat.';
    expect(checker.checkText(wrapped).readability.sentences).toBe(1);
  });

  it('keeps a sentence that wraps onto a new line in lower case as one sentence', () => {
    const result = checker.checkText('Wij halen het afval\nop maandag op.');
    expect(result.readability.sentences).toBe(1);
  });
});
