// Officialese on texts the rules were not written for: classes of frames (a light verb with
// "inzicht", "uitvoering ... gegeven aan" in a subordinate clause, inverted "achten wij", formal
// reflexive verbs, complex prepositions and connectives), abstract compounds whose first part is an
// abstract noun itself, and well-known terms of finance, planning and heritage, work and income,
// education and safety. Every sentence is written for this test; none comes from the corpus.
import { describe, expect, it } from 'vitest';
import { abstractCompound } from '../../../../shared/checker/abstract-compound';
import { createChecker } from '../../../../shared/checker/index';

const builtin = createChecker();
const findings = (text: string) => builtin.checkText(text).findings.filter((f) => f.ruleId === 'jargon');
const jargon = (text: string): string[] => findings(text).map((f) => f.actual);

describe('a light verb that only carries "inzicht"', () => {
  it('finds "biedt/verschaft/geeft inzicht in" in both word orders, with words in between', () => {
    expect(jargon('Dit overzicht verschaft inzicht in de wachttijden.')).toEqual(['verschaft inzicht in']);
    expect(jargon('Het rapport geeft de buurt meer inzicht in de plannen.')).toEqual(['geeft de buurt meer inzicht in']);
    expect(jargon('Wij maken een kaart die inzicht biedt in de fietsroutes.')).toEqual(['inzicht biedt in']);
  });

  it('is advice only: the sentence needs another verb', () => {
    const [finding] = findings('Deze brief biedt inzicht in de kosten.');
    expect(finding?.expected).toEqual([]);
    expect(finding?.message).toContain('laat zien');
  });

  it('leaves "inzicht" as a plain noun alone', () => {
    expect(jargon('Zij had een helder inzicht.')).toEqual([]);
    expect(jargon('Hij geeft haar een boek over tuinen.')).toEqual([]);
  });
});

describe('"uitvoering/invulling gegeven aan" with the verb after the noun', () => {
  it('finds the frame in a subordinate clause and with a modal', () => {
    expect(jargon('Wij melden hoe de gemeente invulling heeft gegeven aan het plan.')).toEqual(['invulling heeft gegeven aan']);
    expect(jargon('Het is nodig dat gestalte wordt gegeven aan de wijkraad.')).toEqual(['gestalte wordt gegeven aan']);
  });
});

describe('inverted "achten wij" and opinion frames', () => {
  it('finds "achten wij" with any judgement after it', () => {
    expect(jargon('De kans op regen achten wij klein.')).toEqual(['achten wij']);
    expect(jargon('Die route acht het college te gevaarlijk.')).toEqual(['acht het college']);
  });

  it('finds "van oordeel dat" and leaves "van mening verschillen" alone', () => {
    expect(jargon('De wethouder is van oordeel dat de brug blijft.')).toEqual(['van oordeel dat']);
    expect(jargon('De buren verschillen van mening over de heg.')).toEqual([]);
  });
});

describe('formal reflexive verbs', () => {
  it('finds "kenmerkt zich", "bevindt zich", "verhoudt zich" in main and subordinate clauses', () => {
    expect(jargon('De wijk kenmerkt zich door smalle straten.')).toEqual(['kenmerkt zich']);
    expect(jargon('De ingang bevindt zich aan de achterkant.')).toEqual(['bevindt zich']);
    expect(jargon('Wij zoeken een plek die zich bevindt naast de school.')).toEqual(['zich bevindt']);
    expect(jargon('Het is onduidelijk hoe dit plan zich verhoudt tot de wet.')).toEqual(['zich verhoudt']);
  });

  it('leaves ordinary reflexive verbs alone', () => {
    expect(jargon('De kinderen vermaken zich in de speeltuin.')).toEqual([]);
    expect(jargon('Hij meldt zich bij de balie.')).toEqual([]);
  });
});

describe('complex prepositions and formal connectives as a class', () => {
  it('finds a bare abstract noun between "bij/na/wegens" and "van"', () => {
    expect(jargon('Bij beëindiging van het contract krijgt u bericht.')).toEqual(['Bij beëindiging van']);
    expect(jargon('Wegens renovatie van de zaal is de les verplaatst.')).toEqual(['Wegens renovatie van']);
    expect(jargon('Bij vermoeden van fraude bellen wij u.')).toEqual(['Bij vermoeden van']);
  });

  it('leaves a plain noun, an article or "onder leiding van" alone', () => {
    expect(jargon('Wij zwemmen onder leiding van de juf.')).toEqual([]);
    expect(jargon('Bij de opening van de sporthal is er taart.')).toEqual([]);
    expect(jargon('Het boek ligt bij kinderen van de buren.')).toEqual([]);
  });

  it('finds "in dat kader", "in de eerste plaats" and "toe te schrijven aan"', () => {
    expect(jargon('In dit kader praten wij met de scholen.')).toEqual(['In dit kader']);
    expect(jargon('In de tweede plaats kijken wij naar de kosten.')).toEqual(['In de tweede plaats']);
    expect(jargon('De daling is vooral toe te schrijven aan het weer.')).toEqual(['toe te schrijven aan']);
    expect(jargon('De vertraging is te wijten aan de vorst.')).toEqual(['te wijten aan']);
  });
});

describe('meeting formulas', () => {
  it('finds "maakt een voorbehoud" and "schetst een beeld"', () => {
    expect(jargon('De wethouder maakt bij dit punt een voorbehoud.')).toEqual(['maakt bij dit punt een voorbehoud']);
    expect(jargon('De brandweer schetst een somber beeld van de kazerne.')).toEqual(['schetst een somber beeld']);
  });

  it('leaves drawing alone', () => {
    expect(jargon('Het kind schetst een hond.')).toEqual([]);
  });
});

describe('abstract compounds: an abstract first part makes a weak head abstract', () => {
  it('splits a compound of an -ing/-heid/-atie noun and a weak head', () => {
    const allowed = new Set<string>();
    expect(abstractCompound('handhavingsregime', allowed)).toMatchObject({ modifier: 'handhaving', head: 'regime' });
    expect(abstractCompound('veranderingsproces', allowed)).toMatchObject({ modifier: 'verandering', head: 'proces' });
    expect(abstractCompound('beveiligingsnormen', allowed)).toMatchObject({ modifier: 'beveiliging', head: 'normen' });
    expect(abstractCompound('communicatiestructuur', allowed)).toMatchObject({ modifier: 'communicatie', head: 'structuur' });
  });

  it('finds the always-abstract heads -statuut and -quote', () => {
    const allowed = new Set<string>();
    expect(abstractCompound('personeelsstatuut', allowed)?.head).toBe('statuut');
    expect(abstractCompound('huurquote', allowed)).toBeNull();
    expect(abstractCompound('belastingquote', allowed)?.head).toBe('quote');
  });

  it('leaves everyday words with the same heads alone', () => {
    const allowed = new Set<string>();
    expect(abstractCompound('geluidsnorm', allowed)).toBeNull();
    expect(abstractCompound('snelheidslimiet', allowed)).toBeNull();
    expect(abstractCompound('woonproces', allowed)).toBeNull();
    expect(abstractCompound('ringstructuur', allowed)).toBeNull();
  });

  it('reports such a word as advice in a sentence', () => {
    const [finding] = findings('Het nieuwe vergunningsregime geldt vanaf mei.');
    expect(finding?.actual).toBe('vergunningsregime');
    expect(finding?.expected).toEqual([]);
  });
});

describe('terms of finance, planning, work and income, education and safety', () => {
  it('finds well-known terms in their forms and as the head of a compound', () => {
    expect(jargon('De kasgeldlimiet werd in maart overschreden.')).toEqual(['kasgeldlimiet']);
    expect(jargon('Wij zetten het geld via schatkistbankieren weg.')).toEqual(['schatkistbankieren']);
    expect(jargon('Het nieuwe omgevingsplan ligt in het stadhuis.')).toEqual(['omgevingsplan']);
    expect(jargon('De rooilijn van de straat blijft gelijk.')).toEqual(['rooilijn']);
    expect(jargon('Hulp in natura helpt gezinnen snel.')).toEqual(['in natura']);
    expect(jargon('Er werken veel zij-instromers op de school.')).toEqual(['zij-instromers']);
    expect(jargon('Het basisteam rijdt vaker door de wijk.')).toEqual(['basisteam']);
    expect(jargon('Voor het kerstreces komt er een brief.')).toEqual(['kerstreces']);
  });

  it('tells residents what the term means', () => {
    const [finding] = findings('Wij kijken naar de drempelbedragen.');
    expect(finding?.explanation).toContain('grens');
  });
});

describe('a compound noun that starts with ge- is not a participle', () => {
  const passive = (text: string): string[] => builtin.checkText(text).findings.filter((f) => f.ruleId === 'passive').map((f) => f.actual);

  it('reads "zijn gemeenteraad" and "is gezinsbeleid" as a pronoun or verb with a noun', () => {
    expect(passive('De wethouder wacht op het besluit van zijn gemeenteraad.')).toEqual([]);
    expect(passive('Het onderwerp van vandaag is gezinsbeleid.')).toEqual([]);
  });

  it('still finds the passive around such a noun', () => {
    expect(passive('Het plan is door de gemeenteraad vastgesteld.')).toEqual(['is door de gemeenteraad vastgesteld']);
  });
});

describe('adjectives of a level of government', () => {
  it('finds a prefix of scale before an adjective of government', () => {
    expect(jargon('De molen is van bovenlokaal belang.')).toEqual(['bovenlokaal']);
    expect(jargon('Er komt een intergemeentelijke afspraak over afval.')).toEqual(['intergemeentelijke']);
    expect(jargon('Een multidisciplinair team praat met het gezin.')).toEqual(['multidisciplinair']);
  });

  it('leaves everyday words with such a prefix alone', () => {
    expect(jargon('Het internationale festival begint zaterdag.')).toEqual([]);
    expect(jargon('De subsidie is voor de buurt.')).toEqual([]);
  });
});

describe('more meeting formulas', () => {
  it('finds "vraagt aandacht voor", "meegenomen bij" and "positief geadviseerd"', () => {
    expect(jargon('De wethouder vraagt aandacht voor de fietsers.')).toEqual(['vraagt aandacht voor']);
    expect(jargon('Het advies wordt meegenomen bij de keuze.')).toContain('meegenomen bij');
    expect(jargon('De commissie heeft positief geadviseerd over het plan.')).toEqual(['positief geadviseerd']);
  });

  it('leaves taking something along alone', () => {
    expect(jargon('Neem uw paspoort mee naar de balie.')).toEqual([]);
    expect(jargon('Ik vraag haar om hulp.')).toEqual([]);
  });
});
