// Officialese recall and fixes that read right, by method where one exists: a support verb that
// only a listed noun takes ("overeenstemming bereiken"), an empty frame ("het is de bedoeling
// dat"), a term whose fix needs its own preposition ("in het buitengebied" → "op het platteland"),
// a fix that must read in a passive too ("ambtshalve"), a plural replacement for a singular subject
// of quantity, and compound nouns that end like a participle. Every sentence here is written for
// this test; none comes from the accuracy corpus.
import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf } from '../fixture-checker';
import { createChecker } from '../../../../shared/checker/index';

const builtin = createChecker();
const jargon = (text: string): Array<[string, string[]]> =>
  builtin
    .checkText(text)
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => [f.actual, (f as { adviceOnly?: boolean }).adviceOnly ? [] : f.expected]);
const passives = (text: string): string[] => builtin.checkText(text).findings.filter((f) => f.ruleId === 'passive').map((f) => f.actual);

describe('support verbs: "overeenstemming bereiken"', () => {
  it('finds it in every word order and tense, as advice with the plain verb', () => {
    const supportVerbs = (text: string) => findingsOf('jargon', text).filter((f) => f.termId?.startsWith('steunwerkwoord-'));
    expect(supportVerbs('De buurtvereniging en de school hebben overeenstemming bereikt over het schoolplein.').map((f) => f.actual)).toEqual(['overeenstemming bereikt']);
    expect(supportVerbs('Wij bereiken hopelijk snel overeenstemming met de bewoners.').map((f) => f.actual)).toEqual(['bereiken hopelijk snel overeenstemming']);
    expect(supportVerbs('De partijen proberen voor de zomer overeenstemming te bereiken.').map((f) => f.actual)).toEqual(['overeenstemming te bereiken']);
    const [finding] = supportVerbs('Met de huurders is nog geen overeenstemming bereikt.');
    expect(finding?.message).toContain('het eens worden');
    expect(finding?.expected ?? []).toEqual([]);
  });

  it('leaves "bereiken" with other objects alone', () => {
    expect(actualsOf('jargon', 'Wij willen dit jaar meer jongeren bereiken.')).toEqual([]);
    expect(actualsOf('jargon', 'Het team heeft zijn doel bereikt.')).toEqual([]);
  });
});

describe('empty frames: "het is de bedoeling dat"', () => {
  it('finds the frame in both word orders, with "dat" or "om"', () => {
    expect(actualsOf('jargon', 'Het is de bedoeling dat de bibliotheek in mei weer opengaat.')).toEqual(['Het is de bedoeling dat']);
    expect(actualsOf('jargon', 'Daarom is het ook de bedoeling om de brug te verbreden.')).toEqual(['is het ook de bedoeling om']);
  });

  it('leaves "bedoeling" as an ordinary noun alone', () => {
    expect(actualsOf('jargon', 'Dat was niet de bedoeling van de bouwer.')).toEqual([]);
    expect(actualsOf('jargon', 'Wat is de bedoeling van dit bord?')).toEqual([]);
  });
});

describe('officialese terms with a fix that reads right', () => {
  it('"zogeheten" is advice: the word it announces needs explaining, not another label', () => {
    expect(jargon('Langs de weg komt een zogeheten bufferstrook.')).toEqual([['zogeheten', []]]);
  });

  it('"in het buitengebied" becomes "op het platteland"; elsewhere "buitengebied" stays "platteland"', () => {
    expect(jargon('Veel boeren wonen in het buitengebied.')).toEqual([['in het buitengebied', ['op het platteland']]]);
    expect(jargon('Het buitengebied trekt veel fietsers.')).toEqual([['buitengebied', ['platteland']]]);
  });

  it('"ambtshalve" gets a fix that also reads in a passive sentence', () => {
    expect(jargon('Alle aanvragen worden ambtshalve getoetst.')).toEqual([['ambtshalve', ['zonder aanvraag']]]);
  });
});

describe('separable verbs: the te-infinitive in three words', () => {
  it('finds "toe te zenden" of a listed "toezenden", as advice (a one-word fix would lose "te")', () => {
    expect(jargon('Wij vragen u de foto’s voor 1 mei toe te zenden.')).toEqual([['toe te zenden', []]]);
    expect(jargon('Wij zullen u de foto’s toezenden.')).toEqual([['toezenden', ['sturen']]]);
  });

  it('leaves the te-infinitive of an unlisted separable verb alone', () => {
    expect(jargon('Vergeet niet de deur op te doen.')).toEqual([]);
  });
});

describe('fixes: a plural replacement for a singular subject of quantity', () => {
  it('gives advice only when the sentence has a singular verb', () => {
    expect(jargon('Een veelheid aan formulieren maakt het aanvragen lastig.')).toEqual([['Een veelheid aan', []]]);
    expect(jargon('Een veelheid aan formulieren maken het aanvragen lastig.')).toEqual([['Een veelheid aan', ['Veel']]]);
    expect(jargon('Een groot aantal bewoners kan niet komen.')).toEqual([['Een groot aantal', []]]);
  });
});

describe('passive: nouns that end like a participle are not one', () => {
  it('does not read a compound noun or a name as a participle', () => {
    expect(passives('Het buitengebied is in de zomer druk.')).toEqual([]);
    expect(passives('Het verzorgingsgebied is groot.')).toEqual([]);
    expect(passives('Sinds de Omgevingswet is het plan anders.')).toEqual([]);
  });

  it('does not read a state adjective after "zijn" as a passive', () => {
    expect(passives('De nieuwe sporthal is in 2028 gereed.')).toEqual([]);
    expect(passives('Het speeltoestel is verouderd.')).toEqual([]);
  });

  it('still finds a real passive beside such a noun', () => {
    expect(passives('Het buitengebied wordt door de provincie beschermd.')).toEqual(['wordt door de provincie beschermd']);
  });
});
