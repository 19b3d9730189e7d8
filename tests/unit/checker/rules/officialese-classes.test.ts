// Officialese found by class, not by listing each phrase: a listed verb phrase with the subject or
// an adverb in between, verbs that carry no meaning beside an abstract noun, prepositions wrapped
// around an abstract noun, compounds built from bureaucratic parts, and single stiff words. Every
// sentence is written for this test; none comes from the accuracy corpus.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../shared/checker/index';
import { abstractCompound } from '../../../../shared/checker/abstract-compound';

const builtin = createChecker();
const findings = (text: string) => builtin.checkText(text).findings.filter((f) => f.ruleId === 'jargon');
const jargon = (text: string): string[] => findings(text).map((f) => f.actual);

describe('a listed verb phrase with words in between', () => {
  it('finds the phrase around a subject, an adverb, a date or a place', () => {
    expect(jargon('De opening vindt in stappen plaats.')).toEqual(['vindt in stappen plaats']);
    expect(jargon('De keuring vindt op dinsdag plaats.')).toEqual(['vindt op dinsdag plaats']);
    expect(jargon('Daarom draagt de verhuurder er zorg voor dat de lift werkt.')).toEqual(['draagt de verhuurder er zorg voor']);
    expect(jargon('Morgen neemt de commissie het bezwaar in behandeling.')).toEqual(['neemt de commissie het bezwaar in behandeling']);
    expect(jargon('Het nieuwe loket komt in 2028 tot stand.')).toEqual(['komt in 2028 tot stand']);
  });

  it('gives advice only: a swap of the whole span would drop the words in between', () => {
    const [finding] = findings('De sloop vindt volgend jaar plaats.');
    expect(finding?.actual).toBe('vindt volgend jaar plaats');
    expect(finding?.expected).toEqual([]);
  });

  it('leaves a verb with its own object or a preposition alone', () => {
    expect(jargon('Hij vindt een plaats achterin de bus.')).toEqual([]);
    expect(jargon('Mijn zus schrijft een kaart aan oma.')).toEqual([]);
    expect(jargon('De bakker zet de taart in de koelkast.')).toEqual([]);
    expect(jargon('Zij geeft de buurjongen een fiets.')).toEqual([]);
  });
});

describe('a listed verb phrase in the order of a subordinate clause', () => {
  it('finds the verb after its word: "centraal staat", "zorg draagt voor", "betrekking heeft op"', () => {
    expect(jargon('Wij kiezen een plan waarin de leerling centraal staat.')).toEqual(['centraal staat']);
    expect(jargon('Het is fijn dat de school zorg draagt voor warm eten.')).toEqual(['zorg draagt voor']);
    expect(jargon('Wij weten dat de klacht betrekking heeft op de trap.')).toEqual(['betrekking heeft op']);
  });

  it('leaves a noun phrase with its own article alone', () => {
    expect(jargon('Hij loopt door tot hij een plaats vindt.')).toEqual([]);
  });

  it('finds a phrase of two particles with the subject in between', () => {
    expect(jargon('Dit jaar zetten wij in op taallessen.')).toEqual(['zetten wij in op']);
  });
});

describe('"dienen te" after an adjunct with a preposition', () => {
  it('finds "dient voor ... te worden" and leaves the sense "serve" alone', () => {
    expect(jargon('Bij een tekort dient voor de rest een lening te worden afgesloten.')).toEqual(['dient']);
    expect(jargon('Het lokaal dient voor de leerlingen om te koken.')).toEqual([]);
    expect(jargon('De oude school dient als buurthuis.')).toEqual([]);
  });
});

describe('verbs that only carry an abstract noun', () => {
  it('finds "ondersteuning bieden", "medewerking verlenen", "inbreng leveren" in both word orders', () => {
    expect(jargon('Het buurthuis biedt ondersteuning bij het invullen.')).toEqual(['biedt ondersteuning']);
    expect(jargon('De vrijwilligers hebben veel ondersteuning geboden.')).toEqual(['ondersteuning geboden']);
    expect(jargon('Bewoners hebben hun inbreng geleverd op de avond.')).toEqual(['inbreng geleverd']);
    expect(jargon('De provincie wil de dorpen een flinke impuls geven.')).toEqual(['impuls geven']);
  });

  it('finds frames with a subject in them: "merkt de wethouder op dat", "acht deze aanpak onwenselijk"', () => {
    expect(jargon('Vervolgens merkt de wethouder op dat de zaal vol is.')).toEqual(['merkt de wethouder op dat']);
    expect(jargon('De voorzitter geeft aan dat de pauze kort is.')).toEqual(['geeft aan dat']);
    expect(jargon('Het college acht deze aanpak onwenselijk.')).toEqual(['acht deze aanpak onwenselijk']);
    expect(jargon('Deze keuze heeft tot gevolg dat de bus later komt.')).toEqual(['heeft tot gevolg dat']);
    expect(jargon('Het wijkplan vormt de uitwerking van de woonvisie.')).toEqual(['vormt de uitwerking van']);
    expect(jargon('De klachten vormen mogelijk aanleiding tot een nieuw onderzoek.')).toEqual(['vormen mogelijk aanleiding tot']);
  });

  it('leaves everyday uses of the same verbs alone', () => {
    expect(jargon('De bakker levert brood aan de school.')).toEqual([]);
    expect(jargon('De kinderen vormen een kring.')).toEqual([]);
    expect(jargon('Hij heeft acht kinderen.')).toEqual([]);
    expect(jargon('Zij merkt het pas laat op.')).toEqual([]);
    expect(jargon('Oma geeft de kat eten.')).toEqual([]);
  });
});

describe('a preposition and an article around an abstract noun', () => {
  it('finds "in de vorm van", "binnen het kader van", "vanuit het oogpunt van"', () => {
    expect(jargon('U krijgt het geld in de vorm van een tegoedbon.')).toEqual(['in de vorm van']);
    expect(jargon('Dit valt binnen het kader van de regeling.')).toEqual(['binnen het kader van']);
    expect(jargon('Vanuit het oogpunt van veiligheid sluiten wij de brug.')).toEqual(['Vanuit het oogpunt van']);
    expect(jargon('Wij ruimen de straat op een snelle wijze op.')).toEqual(['op een snelle wijze']);
  });

  it('leaves concrete places alone', () => {
    expect(jargon('De bus stopt op het plein van het dorp.')).toEqual([]);
    expect(jargon('Zij woont in de straat van de school.')).toEqual([]);
  });
});

describe('adjective of government with an abstract noun', () => {
  it('finds "ambtelijke capaciteit" and "bestuurlijke rapportages"', () => {
    expect(jargon('De ambtelijke capaciteit is te klein voor dit plan.')).toEqual(['ambtelijke capaciteit']);
    expect(jargon('Wij sturen de raad bestuurlijke rapportages.')).toEqual(['bestuurlijke rapportages']);
  });
});

describe('compounds built from bureaucratic parts', () => {
  it('splits an unlisted compound into its bureaucratic parts', () => {
    const allowed = new Set<string>();
    expect(abstractCompound('hulptraject', allowed)).toMatchObject({ modifier: 'hulp', head: 'traject' });
    expect(abstractCompound('verkeersvraagstukken', allowed)).toMatchObject({ modifier: 'verkeer', head: 'vraagstukken' });
    expect(abstractCompound('wijkniveau', allowed)).toBeNull();
    expect(abstractCompound('uitvoeringsniveau', allowed)).toMatchObject({ modifier: 'uitvoering', head: 'niveau' });
    expect(abstractCompound('transitieplannen', allowed)?.modifier).toBe('transitie');
  });

  it('reports such a word with its parts, as advice', () => {
    const [finding] = findings('Dat regelen wij op uitvoeringsniveau.');
    expect(finding?.actual).toBe('uitvoeringsniveau');
    expect(finding?.message).toContain('uitvoering + niveau');
    expect(finding?.expected).toEqual([]);
    expect(jargon('Wij kijken op regioniveau naar de wegen.')).toEqual(['regioniveau']);
    expect(jargon('De verkeerstechnische oplossing is duur.')).toEqual(['verkeerstechnische']);
  });

  it('leaves everyday compounds and names alone', () => {
    expect(jargon('Het geluidsniveau in de zaal was hoog.')).toEqual([]);
    expect(jargon('De parkeercapaciteit bij het station groeit.')).toEqual([]);
    expect(jargon('De vergaderagenda ligt klaar.')).toEqual([]);
    expect(jargon('Wij steunen het Programma Gebiedsniveau Zuid.')).toEqual([]);
  });
});

describe('single stiff words an official writes', () => {
  it('finds them in their forms', () => {
    expect(jargon('De kosten overstijgen het budget.')).toEqual(['overstijgen']);
    expect(jargon('Mijns inziens is de weg te smal.')).toEqual(['Mijns inziens']);
    expect(jargon('Wij zagen een reductie van het afval.')).toEqual(['reductie']);
    expect(jargon('De prognoses voor de zomer zijn gunstig.')).toEqual(['prognoses']);
    expect(jargon('Wij schreven u op 4 maart jl. een brief.')).toEqual(['jl']);
  });
});
