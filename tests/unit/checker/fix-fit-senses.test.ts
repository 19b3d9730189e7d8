// One-click fixes for words with more than one sense or use (issue 11): the replacement is only
// applied where the sentence shows the sense it fits; elsewhere the finding stays, with advice
// only. Seen on the fresh dev texts 131–137. Example sentences are our own.
import { describe, expect, it } from 'vitest';
import { createChecker, type Finding } from '../../../shared/checker/index';
import { findingOn, fixedOn } from './fix-helpers';

const checker = createChecker();
const finding = (text: string, actual: string): Finding => findingOn(checker, text, actual);
const fixed = (text: string, actual: string): string | null => fixedOn(checker, text, actual);

describe('a verb whose sense its object tells ("handhaven", "hanteren")', () => {
  it('"handhaven" becomes "controleren" where rules are enforced', () => {
    expect(fixed('Wij handhaven de regels voor het parkeren streng.', 'handhaven')).toBe('Wij controleren de regels voor het parkeren streng.');
    expect(fixed('De boa’s handhaven het rookverbod op het schoolplein.', 'handhaven')).toBe('De boa’s controleren het rookverbod op het schoolplein.');
  });

  it('"handhaven" in the sense of keeping something as it is: advice only, not "controleren"', () => {
    const f = finding('In de winter handhaven wij de openingstijden van het zwembad.', 'handhaven');
    expect(f.expected).toEqual([]);
    expect(f.message).toContain('handhaven');
    expect(fixed('Wij stellen voor de huidige bijdrage per inwoner te handhaven.', 'handhaven')).toBeNull();
  });

  it('"hanteren" becomes "gebruiken" for a method or a rule, not for a price', () => {
    expect(fixed('Het waterschap wil dezelfde rekenmethode hanteren.', 'hanteren')).toBe('Het waterschap wil dezelfde rekenmethode gebruiken.');
    expect(fixed('De sportclub mag voor jeugdleden een lagere contributie hanteren.', 'hanteren')).toBeNull();
    expect(fixed('Het college hanteert een ruime uitleg van de regeling.', 'hanteert')).toBeNull();
  });
});

describe('a phrase that is part of a fixed verb expression ("in overleg treden met")', () => {
  it('"in overleg met" stays advice where it goes with "treden" or "gaan"', () => {
    expect(fixed('Het college treedt hierover in overleg met de woningcorporatie.', 'in overleg met')).toBeNull();
    expect(fixed('Wij gaan binnenkort in overleg met de buurtbewoners.', 'in overleg met')).toBeNull();
  });

  it('elsewhere it still becomes "samen met"', () => {
    expect(fixed('Wij maken in overleg met de school een nieuw plan.', 'in overleg met')).toBe('Wij maken samen met de school een nieuw plan.');
  });
});

describe('words whose alternatives change the meaning: advice only', () => {
  it('"aanbesteden" is not "uitbesteden"', () => {
    const f = finding('Het onderhoud van de bermen wordt volgend jaar opnieuw aanbesteed.', 'aanbesteed');
    expect(f.expected).toEqual([]);
    expect(f.message).toContain('aanbesteed');
  });

  it('"uitgangspunten" are not "regels"', () => {
    expect(fixed('De raad stelt de uitgangspunten voor het nieuwe zwembad vast.', 'uitgangspunten')).toBeNull();
  });

  it('"zijnde" needs the clause rebuilt ("die … is")', () => {
    expect(fixed('De huurder, zijnde de aanvrager, ontvangt het besluit.', 'zijnde')).toBeNull();
  });
});

describe('"maar" is a conjunction, not an adverb', () => {
  it('mid-clause "evenwel" becomes "toch", never "maar" (which would mean "only")', () => {
    expect(finding('De vraag naar kavels is evenwel kleiner dan verwacht.', 'evenwel').expected).toEqual(['toch']);
    expect(finding('Wij achten de kosten desalniettemin aanvaardbaar.', 'desalniettemin').expected).toEqual(['toch']);
  });

  it('at the start of a sentence the verb follows the adverb: "Toch is …", not "Maar is …"', () => {
    expect(finding('Desalniettemin is de opkomst laag gebleven.', 'Desalniettemin').expected).toEqual(['Toch']);
  });

  it('"doch" between two clauses still becomes "maar"', () => {
    expect(fixed('De wijkraad steunt het plan, doch de buren maken bezwaar.', 'doch')).toBe('De wijkraad steunt het plan, maar de buren maken bezwaar.');
  });
});

describe('a verb that takes another object ("vermelden" → "noemen")', () => {
  it('before a clause "vermeldt" becomes "zegt", not "noemt … dat"', () => {
    expect(finding('De aanvrager vermeldt in de brief dat het feest openbaar is.', 'vermeldt').expected).toEqual(['zegt']);
  });

  it('with a thing as its object "noemt" stays first', () => {
    expect(finding('De aanvrager vermeldt het bedrag dat hij nodig heeft.', 'vermeldt').expected[0]).toBe('noemt');
  });
});

describe('an adjective before its noun needs an adjective', () => {
  it('"als integraal onderdeel" does not become "als samen onderdeel"', () => {
    expect(fixed('Groen is een integraal onderdeel van elk bouwplan.', 'integraal')).toBeNull();
  });

  it('used as an adverb "integraal" still becomes "samen"', () => {
    expect(fixed('De plannen worden integraal afgewogen.', 'integraal')).toBe('De plannen worden samen afgewogen.');
  });

  it('an invariable adjective such as "extra" may stand before the noun', () => {
    expect(fixed('Er komt een aanvullend onderzoek naar de bodem.', 'aanvullend')).toBe('Er komt een extra onderzoek naar de bodem.');
  });
});

describe('a verb that brings another auxiliary, or splits', () => {
  it('"heeft … geïnitieerd" becomes "heeft … gestart", never "heeft … begonnen"', () => {
    expect(finding('De wijkraad heeft een buurtonderzoek geïnitieerd.', 'geïnitieerd').expected).toEqual(['gestart']);
  });

  it('a separable verb stays whole in a subclause and splits as the finite verb of a main clause', () => {
    expect(fixed('Wij hopen dat elke school participeert.', 'participeert')).toBe('Wij hopen dat elke school meedoet.');
    expect(fixed('Alle basisscholen participeren.', 'participeren')).toBe('Alle basisscholen doen mee.');
    expect(fixed('Wij willen dat alle scholen participeren.', 'participeren')).toBe('Wij willen dat alle scholen meedoen.');
  });

  it('a plural noun that looks like a verb is not split ("voor prestatieafspraken")', () => {
    expect(fixed('Dit is de basis voor prestatieafspraken met de corporaties.', 'prestatieafspraken') ?? '').not.toContain('spraken af');
  });
});

describe('"middels" → "door" names a cause before "deze" or "dit"', () => {
  it('only "met" and "via" remain there', () => {
    expect(finding('Middels dit formulier meldt u een verhuizing.', 'Middels').expected).toEqual(['Met', 'Via']);
  });
});

describe('part of a verb expression without its verb', () => {
  it('"nemen … in ogenschouw" does not become "nemen … bekijken"', () => {
    expect(fixed('Wij nemen de zienswijzen van de buren in ogenschouw.', 'in ogenschouw')).toBeNull();
  });
});
