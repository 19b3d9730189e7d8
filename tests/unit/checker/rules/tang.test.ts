// Tangconstructies: sentences written for this test, none from the accuracy corpus.
import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf } from '../fixture-checker';

describe('tang rule', () => {
  it('finds words wedged between an article and its noun, from article to noun', () => {
    expect(actualsOf('tang', 'De door het waterschap in april vastgestelde peilen gelden het hele jaar.')).toEqual(['De door het waterschap in april vastgestelde peilen']);
    expect(actualsOf('tang', 'Wij herstellen de bij de storm omgewaaide bomen.')).toEqual(['de bij de storm omgewaaide bomen']);
    expect(actualsOf('tang', 'Het in 2023 gebouwde zwembad is al te klein.')).toEqual(['Het in 2023 gebouwde zwembad']);
    expect(actualsOf('tang', 'Alle in de straat wonende gezinnen krijgen een brief.')).toEqual(['Alle in de straat wonende gezinnen']);
    expect(actualsOf('tang', 'We planten de voor dit jaar begrote 40 bomen.')).toEqual(['de voor dit jaar begrote 40 bomen']);
    expect(actualsOf('tang', 'Dit is het met de buren besproken plan.')).toEqual(['het met de buren besproken plan']);
  });

  it('says how many words stand in between and how to rebuild the phrase', () => {
    const [found] = findingsOf('tang', 'De door de raad gekozen kleur is groen.');
    expect(found?.message).toContain("tussen 'De' en 'kleur' staan 4 woorden");
    expect(found?.message).toContain("'de kleur die ...'");
    expect(findingsOf('tang', 'Het door de raad gekozen plan is klaar.')[0]?.message).toContain("'het plan dat ...'");
  });

  it('leaves a participle that belongs to the verb alone', () => {
    expect(actualsOf('tang', 'Wij hebben het in mei besproken.')).toEqual([]);
    expect(actualsOf('tang', 'Wij hebben het met de buren besproken en goedgekeurd.')).toEqual([]);
    expect(actualsOf('tang', 'De brief is in mei verstuurd.')).toEqual([]);
  });

  it('needs a real wedge: one word or an ordinary adjective is no tang', () => {
    expect(actualsOf('tang', 'Het eerder genoemde plan gaat door.')).toEqual([]);
    expect(actualsOf('tang', 'De nieuwe regels gelden vanaf mei.')).toEqual([]);
    expect(actualsOf('tang', 'De in mei, na overleg, gekozen kleur is groen.')).toEqual([]);
    expect(actualsOf('tang', 'Op de markt die in mei begint, verkopen boeren groente.')).toEqual([]);
  });
});
