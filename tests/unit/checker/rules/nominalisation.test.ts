import { describe, expect, it } from 'vitest';
import { findingsOf } from '../fixture-checker';
import { createChecker } from '../../../../shared/checker/index';

const nominal = (text: string): Array<[string, string[]]> => findingsOf('nominalisation', text).map((f) => [f.actual, f.expected]);

describe('nominalisation rule', () => {
  it('finds het + an abstract policy verb + van, with an example instead of a one-click fix', () => {
    expect(nominal('Het verstrekken van informatie is onze taak.')).toEqual([['Het verstrekken van', []]]);
    expect(findingsOf('nominalisation', 'Het vaststellen van de regels duurt lang.')[0]?.message).toContain("'wij stellen ... vast ...'");
  });

  it('leaves a plain verb made into a noun alone ("het betalen van", "het opknappen van")', () => {
    expect(nominal('Wij zorgen voor het tijdig betalen van de rekeningen.')).toEqual([]);
    expect(nominal('Het opknappen van de speeltuin kost een week.')).toEqual([]);
  });

  it('finds listed nouns of abstract verbs with "van", not nouns of plain verbs', () => {
    expect(nominal('De toekenning van de subsidie volgt in mei.')).toEqual([['De toekenning van', []]]);
    expect(nominal('De uitvoering van het plan begint in mei.')).toEqual([]);
    expect(nominal('Na evaluatie van de proef beslissen we.')).toEqual([]);
  });

  it('leaves ordinary phrases with a weak verb alone', () => {
    expect(nominal('De raad zal volgende week een besluit nemen.')).toEqual([]);
    expect(nominal('U kunt een aanvraag doen via de website.')).toEqual([]);
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

  it('leaves plain "hulp van" alone and flags a noun of an abstract verb with its weak verb', () => {
    expect(found('U krijgt hulp van een buurvrouw.')).toEqual([]);
    expect(found('Het college gaat een verbetering doorvoeren in de wijk.')).toEqual(['verbetering doorvoeren']);
  });
});

describe('nominalisation rule: nouns in -en', () => {
  it('does not take a noun in -en for an infinitive, also inside a compound', () => {
    expect(nominal('Vul het kenteken van uw auto in.')).toEqual([]);
    expect(nominal('Het seizoen van de ijsbaan begint in november.')).toEqual([]);
  });

  it('still flags an abstract verb made into a noun', () => {
    expect(nominal('Het handhaven van de regels is belangrijk.').map(([actual]) => actual)).toEqual(['Het handhaven van']);
  });
});
