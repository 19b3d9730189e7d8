import { describe, expect, it } from 'vitest';
import { actualsOf, fixtureChecker } from '../fixture-checker';

describe('hard-word rule', () => {
  it('flags words with many syllables', () => {
    expect(actualsOf('hard-word', 'Dat is een onomkeerbare ontwikkeling.')).toEqual(['onomkeerbare']);
  });

  it('flags very long compounds by letter count', () => {
    const [finding] = new Array(1).fill(0).map(() => actualsOf('hard-word', 'De afvalinzamelingsregeling verandert.'));
    expect(finding).toEqual(['afvalinzamelingsregeling']);
  });

  it('leaves short and common long words alone', () => {
    expect(actualsOf('hard-word', 'We gaan morgen samen naar de markt.')).toEqual([]);
    // On the allowed list of frequent long words.
    expect(actualsOf('hard-word', 'De verantwoordelijkheid ligt bij ons.')).toEqual([]);
    expect(actualsOf('hard-word', 'De gemeenteraadsverkiezingen zijn in maart.')).toEqual([]);
  });

  it('skips names, numbers and abbreviations', () => {
    expect(actualsOf('hard-word', 'Wij werken samen met Woningcorporatiebeheer Zuidoost en het UWV.')).toEqual([]);
    expect(actualsOf('hard-word', 'Het kost 1.250.000.000 euro.')).toEqual([]);
  });

  it('does not repeat a word the jargon rule already reported', () => {
    expect(actualsOf('hard-word', 'Wij geloven in de participatiesamenleving.')).toEqual([]);
  });

  it('uses the configured syllable threshold', () => {
    const strict = fixtureChecker({ config: { 'hard-word': { minSyllables: 4 } } });
    expect(actualsOf('hard-word', 'De aanvrager wacht op antwoord.', strict)).toEqual([]);
    expect(actualsOf('hard-word', 'De medewerker belt u terug.', strict)).toEqual(['medewerker']);
  });
});

describe('hard-word rule: addresses', () => {
  it('does not flag e-mail or web addresses as hard words', () => {
    expect(actualsOf('hard-word', 'Mail uw idee naar speeltuinvernieuwing@gemeente.nl of kijk op www.afvalkalendergemeente.nl.')).toEqual([]);
  });
});
