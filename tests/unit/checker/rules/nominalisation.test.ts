import { describe, expect, it } from 'vitest';
import { findingsOf } from '../fixture-checker';
import { createChecker } from '../../../../shared/checker/index';

const nominal = (text: string): Array<[string, string[]]> => findingsOf('nominalisation', text).map((f) => [f.actual, f.expected]);

describe('nominalisation rule', () => {
  it('finds het + infinitive + van', () => {
    expect(nominal('Het verstrekken van informatie is onze taak.')).toEqual([['Het verstrekken van', ['verstrekken']]]);
    expect(nominal('Wij zorgen voor het tijdig betalen van de rekeningen.')).toEqual([['het tijdig betalen van', ['betalen']]]);
  });

  it('finds listed -ing and -atie nouns with "van"', () => {
    expect(nominal('De uitvoering van het plan begint in mei.')).toEqual([['De uitvoering van', ['uitvoeren']]]);
    expect(nominal('Na evaluatie van de proef beslissen we.')).toEqual([['evaluatie van', ['evalueren']]]);
  });

  it('finds a weak verb with a listed noun', () => {
    expect(nominal('De raad zal volgende week een besluit nemen.')).toEqual([['besluit nemen', ['besluiten']]]);
    expect(nominal('Het college nam gisteren een beslissing.')).toEqual([['nam gisteren een beslissing', ['beslissen']]]);
    expect(nominal('U kunt een aanvraag doen via de website.')).toEqual([['aanvraag doen', ['aanvragen']]]);
  });

  it('leaves ordinary nouns and plain verbs alone', () => {
    expect(nominal('Het leven van bewoners in de wijk verandert.')).toEqual([]);
    expect(nominal('De raad besluit volgende week.')).toEqual([]);
    expect(nominal('Wij voeren het plan uit.')).toEqual([]);
    expect(nominal('Het besluit staat op de website.')).toEqual([]);
    expect(nominal('Het huis van mijn buren is groot.')).toEqual([]);
  });
});

describe('nominalisation rule with the built-in list', () => {
  const builtin = createChecker();
  const found = (text: string): string[] => builtin.checkText(text).findings.filter((f) => f.ruleId === 'nominalisation').map((f) => f.actual);

  it('leaves plain "hulp van" alone but still flags a weak verb with hulp', () => {
    expect(found('U krijgt hulp van een buurvrouw.')).toEqual([]);
    expect(found('De wijkcoach gaat hulp bieden aan het gezin.')).toEqual(['hulp bieden']);
  });
});

describe('nominalisation rule: nouns in -en', () => {
  it('does not take a noun in -en for an infinitive, also inside a compound', () => {
    expect(nominal('Vul het kenteken van uw auto in.')).toEqual([]);
    expect(nominal('Het seizoen van de ijsbaan begint in november.')).toEqual([]);
  });

  it('still flags a verb made into a noun', () => {
    expect(nominal('Het naleven van de regels is belangrijk.').map(([actual]) => actual)).toEqual(['Het naleven van']);
  });
});
