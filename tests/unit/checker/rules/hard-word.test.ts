import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf, fixtureChecker } from '../fixture-checker';

// Off by default (precision below 85 % on the corpus): the writer can switch it on.
const on = fixtureChecker({ config: { 'hard-word': { enabled: true } } });

describe('hard-word rule', () => {
  it('is off by default', () => {
    expect(actualsOf('hard-word', 'Dat is een onomkeerbare ontwikkeling.')).toEqual([]);
  });

  it('flags words with many syllables', () => {
    expect(actualsOf('hard-word', 'Dat is een onomkeerbare ontwikkeling.', on)).toEqual(['onomkeerbare']);
  });

  it('flags very long compounds by letter count', () => {
    // Not built from bureaucratic parts: a compound of those is the jargon rule's ("ontzorgingsperiode").
    const [finding] = new Array(1).fill(0).map(() => actualsOf('hard-word', 'De kwartelkoningbroedgebieden liggen ver weg.', on));
    expect(finding).toEqual(['kwartelkoningbroedgebieden']);
  });

  it('leaves short and common long words alone', () => {
    expect(actualsOf('hard-word', 'We gaan morgen samen naar de markt.', on)).toEqual([]);
    // On the allowed list of frequent long words.
    expect(actualsOf('hard-word', 'De verantwoordelijkheid ligt bij ons.', on)).toEqual([]);
    expect(actualsOf('hard-word', 'De gemeenteraadsverkiezingen zijn in maart.', on)).toEqual([]);
  });

  it('skips names, numbers and abbreviations', () => {
    expect(actualsOf('hard-word', 'Wij werken samen met Woningcorporatiebeheer Zuidoost en het UWV.', on)).toEqual([]);
    expect(actualsOf('hard-word', 'Het kost 1.250.000.000 euro.', on)).toEqual([]);
  });

  it('does not repeat a word the jargon rule already reported', () => {
    expect(actualsOf('hard-word', 'Wij geloven in de participatiesamenleving.', on)).toEqual([]);
  });

  it('uses the configured syllable threshold', () => {
    const strict = fixtureChecker({ config: { 'hard-word': { enabled: true, minSyllables: 4 } } });
    const loose = fixtureChecker({ config: { 'hard-word': { enabled: true, minSyllables: 5 } } });
    expect(actualsOf('hard-word', 'De aanvrager wacht op antwoord.', strict)).toEqual([]);
    expect(actualsOf('hard-word', 'De perifere wijken krijgen een bus.', strict)).toEqual(['perifere']);
    expect(actualsOf('hard-word', 'De perifere wijken krijgen een bus.', loose)).toEqual([]);
  });
});

describe('hard-word rule: addresses', () => {
  it('does not flag e-mail or web addresses as hard words', () => {
    expect(actualsOf('hard-word', 'Mail uw idee naar speeltuinvernieuwing@gemeente.nl of kijk op www.afvalkalendergemeente.nl.', on)).toEqual([]);
  });
});

describe('hard-word rule: familiarity, not length', () => {
  const words = (text: string): string[] => actualsOf('hard-word', text);
  it('leaves long everyday words and compounds of everyday words alone', () => {
    expect(words('De gemeentelijke informatie over activiteiten staat online.')).toEqual([]);
    expect(words('Op zaterdagochtend neemt u uw identiteitsbewijs mee.')).toEqual([]);
    expect(words('De medewerker belt u terug.')).toEqual([]);
  });

  it('flags a word most readers do not know, without advising to split a compound', () => {
    const found = findingsOf('hard-word', 'Wij bouwen levensloopbestendige woningen voor ouderen.', on);
    expect(found.map((f) => f.actual)).toEqual(['levensloopbestendige']);
    expect(found[0]?.message).not.toMatch(/twee woorden/);
  });

  it('does not judge a short heading (a label)', () => {
    expect(on.checkText('# Kanttekeningen\n\nDe tekst.', 'markdown').findings.filter((f) => f.ruleId === 'hard-word')).toEqual([]);
  });
});
