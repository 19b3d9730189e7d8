// Compounds built from bureaucratic parts, judged by their parts and by how everyday Dutch uses
// them (the frequency list), not by a list of whole words: a listed official part ("-heffing",
// "leges-"), an everyday last part after a part residents do not use ("ontheffinghouder",
// "stimuleringsregeling"), a rare abstract first part before any noun ("herhuisvestingsgesprek"),
// and a rare loanword on -atie after a known word ("schoolconsolidatie"). Every sentence is
// written for this test; none comes from the corpus.
import { describe, expect, it } from 'vitest';
import { abstractCompound } from '../../../../shared/checker/abstract-compound';
import { createChecker } from '../../../../shared/checker/index';

const checker = createChecker();
const compounds = (text: string) => checker.checkText(text).findings.filter((f) => f.termId?.startsWith('abstract-'));
const flagged = (text: string): string[] => compounds(text).map((f) => f.actual);
const none = new Set<string>();

describe('a listed official part', () => {
  it('finds a compound with a tax or fee part and explains that part in plain words', () => {
    const [finding] = compounds('De parkeerheffing stijgt volgend jaar.');
    expect(finding?.actual).toBe('parkeerheffing');
    expect(finding?.message).toContain('parkeer + heffing');
    expect(finding?.message).toContain('een belasting');
    expect(finding?.explanation).toContain('een belasting');
    expect(flagged('De legesbedragen gaan omhoog.')).toEqual(['legesbedragen']);
    expect(compounds('De legesbedragen gaan omhoog.')[0]?.message).toContain('vergunning, een paspoort');
  });

  it('gives advice only: no one-click fix, and never the advice to write the word in two parts', () => {
    for (const text of ['De parkeerheffing stijgt volgend jaar.', 'Wij maken een wijkprognose.', 'De tuinvoorzieningen zijn klaar.']) {
      const [finding] = compounds(text);
      expect(finding).toBeDefined();
      expect(finding?.expected).toEqual([]);
      expect(finding?.message).not.toMatch(/los|apart|twee woorden|spatie/);
    }
  });

  it('reads a plural with an apostrophe as the same word', () => {
    expect(flagged("De gebiedsagenda's zijn klaar.")).toEqual(["gebiedsagenda's"]);
  });
});

describe('an everyday last part', () => {
  it('is bureaucratic after a first part everyday Dutch does not use', () => {
    expect(abstractCompound('ontheffinghouder', none)).toMatchObject({ modifier: 'ontheffing', head: 'houder' });
    expect(flagged('De stimuleringsregeling loopt tot mei.')).toEqual(['stimuleringsregeling']);
  });

  it('is left alone after an everyday first part', () => {
    expect(flagged('De bekerhouder in de auto is kapot.')).toEqual([]);
    expect(flagged('De betalingsregeling loopt tot mei.')).toEqual([]);
    expect(flagged('Kijk op de website voor de vakantieperiode.')).toEqual([]);
  });
});

describe('a rare abstract first part', () => {
  it('makes any compound a bureaucratic word', () => {
    expect(abstractCompound('herhuisvestingsgesprek', none)).toMatchObject({ modifier: 'herhuisvesting', head: 'gesprek' });
    expect(flagged('Het herhuisvestingsgesprek is op dinsdag.')).toEqual(['herhuisvestingsgesprek']);
  });

  it('not when the noun comes from an everyday verb, or ends in an everyday noun', () => {
    // "aanmelden" is everyday, so "aanmelding" is a plain word though the list lacks it.
    expect(abstractCompound('aanmeldingsformulier', none)).toBeNull();
    // "zwembad" + "opening": a rare compound of everyday words, not a rare word.
    expect(abstractCompound('zwembadopeningstijden', none)).toBeNull();
  });
});

describe('a rare loanword on -atie after a known word', () => {
  it('splits at the real head and flags the word', () => {
    expect(abstractCompound('schoolconsolidatie', none)).toMatchObject({ modifier: 'school', head: 'consolidatie' });
    expect(flagged('De schoolconsolidatie gaat door.')).toEqual(['schoolconsolidatie']);
  });

  it('leaves everyday loanwords and their compounds alone', () => {
    expect(abstractCompound('verkeerssituatie', none)).toBeNull();
    expect(abstractCompound('woningisolatie', none)).toBeNull();
    expect(abstractCompound('klantinformatie', none)).toBeNull();
  });
});

describe('a process noun from a loan verb', () => {
  it('is flagged alone or at the end of a compound, with advice to use a verb', () => {
    const [finding] = compounds('Wij werken aan de harmonisering van de tarieven.');
    expect(finding?.actual).toBe('harmonisering');
    expect(finding?.message).toContain('werkwoord');
    expect(finding?.expected).toEqual([]);
    expect(flagged('De tariefharmonisering gaat door.')).toEqual(['tariefharmonisering']);
  });

  it('leaves Dutch verbs and everyday nouns alone', () => {
    expect(abstractCompound('zuivering', none)).toBeNull();
    expect(abstractCompound('weigering', none)).toBeNull();
    expect(flagged('Let op de formulering van uw vraag.')).toEqual([]);
  });
});

describe('a compound with a hyphen', () => {
  it('is judged by its last part', () => {
    expect(abstractCompound('abc-systematiek', none)).toMatchObject({ modifier: 'abc', head: 'systematiek' });
    expect(flagged('Wij volgen de ABC-systematiek.')).toEqual(['ABC-systematiek']);
    expect(abstractCompound('wijk-uitvoeringsagenda', none)).toMatchObject({ modifier: 'uitvoering', head: 'agenda' });
  });

  it('leaves a level or an amount with a short form alone', () => {
    expect(flagged('Het B1-niveau is genoeg.')).toEqual([]);
    expect(flagged('De WOZ-waarden stijgen.')).toEqual([]);
  });
});

describe('plain text', () => {
  it('gets no compound findings for the long everyday words residents use', () => {
    const text =
      'Woont u in de wijk Noord? Dan haalt de gemeente op dinsdag uw afval op. Heeft u een betalingsregeling nodig voor uw energierekening? ' +
      'Bel dan de gemeente. Uw huisarts en uw zorgverzekeraar helpen ook. De speeltuin is open in de vakantieperiode.';
    expect(flagged(text)).toEqual([]);
  });

  it('respects the writer\'s own word list', () => {
    const own = createChecker({ dictionaries: [{ kind: 'custom', name: 'eigen', allowed: ['parkeerheffing'] }] });
    expect(flagged('De parkeerheffing stijgt volgend jaar.')).toEqual(['parkeerheffing']);
    expect(own.checkText('De parkeerheffing stijgt volgend jaar.').findings.filter((f) => f.termId?.startsWith('abstract-'))).toEqual([]);
  });
});
