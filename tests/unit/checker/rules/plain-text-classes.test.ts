// Plain B1 texts get at most one finding. Each class below was a false finding on fresh plain texts
// (a letter about street works, a plain raadsinformatiebrief, an annual summary, a plain Kamerbrief);
// the sentences here are new ones of the same kind, and each class also has a case that must still
// be flagged, so the class cannot swallow real findings.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../shared/checker/index';
import { actualsOf, fixtureChecker } from '../fixture-checker';

// The built-in dictionary, for words the small test dictionary does not list ("betreft").
const builtin = createChecker();

describe('passive: a participle that belongs to "hebben" is a perfect in its own clause', () => {
  it('does not read "is … verwacht" into a comparison with its own "hadden"', () => {
    expect(actualsOf('passive', 'Dat is meer dan wij hadden verwacht.')).toEqual([]);
    expect(actualsOf('passive', 'De opkomst was hoger dan we vooraf hadden gehoopt.')).toEqual([]);
    expect(actualsOf('passive', 'Het is beter dan we gedacht hadden.')).toEqual([]);
  });

  it('still finds the passive before such a clause', () => {
    expect(actualsOf('passive', 'Er zijn meer bomen geplant dan we hadden beloofd.')).toEqual(['zijn meer bomen geplant']);
    expect(actualsOf('passive', 'Het plan is door de raad goedgekeurd.')).toEqual(['is door de raad goedgekeurd']);
  });
});

describe('jargon: a term the text defines on the spot', () => {
  it('is explained when the next sentence opens with the term and a definition', () => {
    expect(actualsOf('jargon', 'U krijgt een keukentafelgesprek. Een keukentafelgesprek is een gesprek bij u thuis.')).toEqual([]);
    expect(actualsOf('jargon', 'Het geld gaat naar het sociaal domein. Het sociaal domein is alles wat de gemeente doet aan zorg en werk.')).toEqual([]);
    expect(actualsOf('jargon', 'Wij werken in het sociaal domein. Het sociaal domein betekent: zorg, werk en jeugd.')).toEqual([]);
  });

  it('is explained by "term: dat is …" in the same sentence', () => {
    expect(actualsOf('jargon', 'Wij plannen een keukentafelgesprek: dat is een gesprek bij u thuis.')).toEqual([]);
  });

  it('is not explained when the next sentence only uses the term again', () => {
    expect(actualsOf('jargon', 'Wij werken in het sociaal domein. Het sociaal domein is de afgelopen jaren gegroeid.')).toContain('sociaal domein');
    expect(actualsOf('jargon', 'U krijgt een keukentafelgesprek. Het keukentafelgesprek duurt een uur.')).toContain('keukentafelgesprek');
  });
});

describe('jargon: the label of a line in a letter head', () => {
  it('does not flag "Betreft:" above a letter', () => {
    expect(actualsOf('jargon', 'Datum: 3 mei 2027\nBetreft: de nieuwe regels voor uw vergunning', builtin)).toEqual([]);
  });

  it('still flags the word in a sentence', () => {
    expect(actualsOf('jargon', 'Deze brief betreft de nieuwe regels voor uw vergunning.', builtin)).toEqual(['betreft']);
    expect(actualsOf('jargon', 'Betreft: de regels. Die gelden voor iedereen.', builtin)).toEqual(['Betreft']);
  });
});

describe('long sentence: counted as a reader reads it', () => {
  it('ends a sentence after a house number with a full stop', () => {
    const text = 'Op dinsdag 16 februari is er een avond voor buren in het buurthuis aan de Dorpsstraat 8. U kunt daar vragen stellen aan de wethouder.';
    expect(actualsOf('long-sentence', text)).toEqual([]);
  });

  it('reads quoted speech after a colon as a sentence of its own', () => {
    const text = 'Een buurman uit de Dorpsstraat zei tegen de wethouder van verkeer: "Wij willen dat de auto\'s hier veel langzamer gaan rijden."';
    expect(actualsOf('long-sentence', text)).toEqual([]);
  });

  it('still flags a long sentence with a number or a quote in it', () => {
    const numbered = 'Wij hebben in 2026 met de bewoners, de school, de sportclub en de winkeliers gesproken over de plannen voor het plein bij nummer 8 en de parkeerplaatsen.';
    expect(actualsOf('long-sentence', numbered)).toHaveLength(1);
    const quoted = 'De wethouder zei: "Wij willen met de bewoners, de school, de sportclub en de winkeliers samen kijken naar een nieuw plan voor het hele plein."';
    expect(actualsOf('long-sentence', quoted)).toHaveLength(1);
  });
});

describe('passive: one a B1 editor leaves in a plain paragraph', () => {
  it('is quiet when the actor is obvious, the subject concrete and the paragraph plain', () => {
    expect(actualsOf('passive', 'Uw container wordt op dinsdag geleegd. Zet hem voor zeven uur aan de straat.')).toEqual([]);
    expect(actualsOf('passive', 'Er zijn dit jaar twintig nieuwe bomen geplant. Ze staan langs de Kerkweg.')).toEqual([]);
  });

  it('is still reported when the sentence names who acts', () => {
    expect(actualsOf('passive', 'Uw container wordt door de gemeente geleegd. Zet hem voor zeven uur aan de straat.')).toEqual([
      'wordt door de gemeente geleegd',
    ]);
  });

  it('is still reported when the subject is an abstract thing "of" something', () => {
    expect(actualsOf('passive', 'De resultaten van het onderzoek worden in mei besproken. Daarna volgt een besluit.')).toEqual(['worden in mei besproken']);
  });

  it('is still reported in a paragraph with jargon or on its own', () => {
    expect(actualsOf('passive', 'Uw aanvraag wordt in mei besproken. Wij stemmen dit af met het sociaal domein.')).toEqual(['wordt in mei besproken']);
    expect(actualsOf('passive', 'Uw container wordt op dinsdag geleegd.')).toEqual(['wordt op dinsdag geleegd']);
  });

  it('is reported as before when the jargon rule is off, since the register cannot be judged', () => {
    const noJargon = fixtureChecker({ config: { jargon: { enabled: false } } });
    expect(actualsOf('passive', 'Uw container wordt op dinsdag geleegd. Zet hem voor zeven uur aan de straat.', noJargon)).toEqual(['wordt op dinsdag geleegd']);
  });
});

describe('abbreviation: a licence plate is not an abbreviation', () => {
  it('does not ask to explain the letters of a Dutch licence plate', () => {
    expect(actualsOf('abbreviation', 'Het bord krijgt het kenteken van uw auto: 7-KLM-21. Alleen u mag daar parkeren.')).toEqual([]);
    expect(actualsOf('abbreviation', 'Uw auto met kenteken GH-20-TK staat op de lijst.')).toEqual([]);
  });

  it('still asks to explain an unknown abbreviation joined to other words', () => {
    expect(actualsOf('abbreviation', 'Het KLM-overleg vindt elk jaar plaats.')).toEqual(['KLM']);
  });
});
