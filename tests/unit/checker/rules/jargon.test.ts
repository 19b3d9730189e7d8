import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf, fixtureChecker } from '../fixture-checker';
import { createChecker } from '../../../../shared/checker/index';

describe('jargon rule', () => {
  it('finds a listed word with its plain alternatives and explanation', () => {
    const [finding] = findingsOf('jargon', 'Het beleidskader is klaar.');
    expect(finding?.actual).toBe('beleidskader');
    // "het regels" does not read: after "het" only the singular "plan" is offered.
    expect(finding?.expected).toEqual(['plan']);
    expect(findingsOf('jargon', 'Er komt een beleidskader.')[0]?.expected).toEqual(['plan']);
    expect(findingsOf('jargon', 'Wij schrijven beleidskaders.')[0]?.expected).toEqual(['plannen', 'regels']);
    expect(finding?.explanation).toContain('plan met de regels');
    expect(finding?.termId).toBe('beleidskader');
    expect(finding?.category).toBe('bestuurstaal');
  });

  it('matches regardless of capitals', () => {
    expect(actualsOf('jargon', 'Teneinde de wachtlijst te verkorten, nemen we extra mensen aan.')).toEqual(['Teneinde']);
    expect(actualsOf('jargon', 'STAKEHOLDERS praten mee.')).toEqual(['STAKEHOLDERS']);
  });

  it('matches multi-word terms and their inflections as one finding', () => {
    expect(actualsOf('jargon', 'In het kader van de nieuwe wet krijgt u een brief.')).toEqual(['In het kader van']);
    expect(actualsOf('jargon', 'Bewoners dienen te betalen voor de afvalpas.')).toEqual(['dienen te']);
    expect(actualsOf('jargon', 'De aanvrager diende te wachten op de brief.')).toEqual(['diende te']);
    expect(actualsOf('jargon', 'Alle hulp in het sociaal domein komt samen.')).toEqual(['sociaal domein']);
  });

  it('does not join a phrase across a comma', () => {
    expect(actualsOf('jargon', 'Dit is sociaal, domein van de buurt.')).toEqual([]);
  });

  it('matches plurals, diminutives and verb forms', () => {
    expect(actualsOf('jargon', 'Er zijn drie beleidskaders.')).toEqual(['beleidskaders']);
    expect(actualsOf('jargon', 'We bespreken twee casussen.')).toEqual(['casussen']);
    expect(actualsOf('jargon', 'Het trajectje duurt kort.')).toEqual(['trajectje']);
    expect(actualsOf('jargon', 'De gemeente faciliteert de buurt. Zij heeft het gefaciliteerd.')).toEqual(['faciliteert', 'gefaciliteerd']);
  });

  it('matches a compound whose head is a listed term, with advice but no one-click fix', () => {
    expect(actualsOf('jargon', 'Uw zorgtraject begint in mei.')).toEqual(['zorgtraject']);
    expect(actualsOf('jargon', 'De zorgtrajecten zijn kort.')).toEqual(['zorgtrajecten']);
    const [compound] = findingsOf('jargon', 'Uw zorgtraject begint in mei.');
    expect(compound?.expected).toEqual([]);
    expect(compound?.message).toContain("'zorgtraject' bevat");
  });

  it('leaves a compound alone when the listed term is only its first part', () => {
    // "stakeholder" is listed, but a "stakeholderanalyse" is an analyse: swapping the part would not fit.
    expect(actualsOf('jargon', 'De stakeholderanalyse is af.')).toEqual([]);
  });

  it('does not match inside other words when the term is not compound-capable or too short', () => {
    // "casus" is marked compound: false, so a longer word that ends in it is left alone.
    expect(actualsOf('jargon', 'De pegasus staat in het museum.')).toEqual([]);
    expect(actualsOf('jargon', 'We gaan naar het strand.')).toEqual([]);
    expect(actualsOf('jargon', 'De trajecten van de bus zijn veranderd.')).toEqual(['trajecten']);
  });

  it('uses the configured severity over the entry severity', () => {
    const checker = fixtureChecker({ config: { jargon: { severity: 'info' } } });
    expect(findingsOf('jargon', 'Teneinde dit te doen, bellen we.', checker)[0]?.severity).toBe('info');
    expect(findingsOf('jargon', 'Teneinde dit te doen, bellen we.')[0]?.severity).toBe('error');
  });

  it('honours a custom dictionary: new terms, disabled ids and accepted words', () => {
    const checker = fixtureChecker({
      dictionaries: [
        { kind: 'custom', name: 'Organisatie', terms: [{ id: 'buurtteam', term: 'buurtteam', alternatives: ['team in uw wijk'], explanation: 'Een team dat in uw wijk helpt.', category: 'vakjargon-sociaal-domein', severity: 'info' }], disabled: ['traject'] },
        { kind: 'custom', name: 'Persoonlijk', allowed: ['beleidskader'] },
      ],
    });
    const text = 'Het buurtteam maakt een traject volgens het beleidskader.';
    expect(actualsOf('jargon', text, checker)).toEqual(['buurtteam']);
    expect(actualsOf('jargon', text)).toEqual(['traject', 'beleidskader']);
  });
});

describe('jargon rule: names are not jargon', () => {
  const builtin = createChecker();
  const jargon = (text: string, format: 'text' | 'markdown' = 'text'): string[] =>
    builtin.checkText(text, format).findings.filter((f) => f.ruleId === 'jargon').map((f) => f.actual);

  it('skips a listed word that is part of a capitalised name, a title with a year or a name in quotes', () => {
    expect(jargon('Wij volgen de Kadernota bij de begroting.')).toEqual([]);
    expect(jargon('Dit staat in de Adviesraad Sociaal Domein.')).toEqual([]);
    expect(jargon('Programmabegroting 2027 is klaar.')).toEqual([]);
    expect(jargon('Het project heet "transformatie" en loopt tot mei.')).toEqual([]);
  });

  it('still flags the same word in running text', () => {
    expect(jargon('De transformatie van de zorg kost tijd.')).toEqual(['transformatie']);
  });

  it('does not flag the document type that opens a heading', () => {
    expect(jargon('# Raadsvoorstel nieuwe speeltuin\n\nHet college stelt iets voor.', 'markdown')).toEqual([]);
    // After one word that says which paper of that kind: "Verslag ...", "Concept ...".
    expect(jargon('# Verslag bestuurlijk overleg Regio Noord\n\nDe wethouders spraken over de bus.', 'markdown')).toEqual([]);
    expect(jargon('# Concept raadsinformatiebrief over de bus\n\nDe bus rijdt vaker.', 'markdown')).toEqual([]);
    // In running text the same words are still flagged.
    expect(jargon('In het bestuurlijk overleg spraken de wethouders over de bus.', 'markdown')).toEqual(['bestuurlijk overleg']);
  });

  it('does not flag the document type on a line of its own above a letter, but does in a sentence', () => {
    expect(jargon('Raadsinformatiebrief\n\nGeachte leden van de raad,\n\nDe bouw begint in mei.', 'markdown')).toEqual([]);
    expect(jargon('Met deze raadsinformatiebrief laten wij u weten dat de bouw in mei begint.', 'markdown')).toEqual(['raadsinformatiebrief']);
    // A word alone on a line that is no document type stays flagged ("zelfregie" typed as a new paragraph).
    expect(jargon('Zelfregie\n\nDe bouw begint in mei.', 'markdown')).toEqual(['Zelfregie']);
  });

  it('keeps the capital of a word that starts a sentence in its replacement', () => {
    const [finding] = builtin.checkText('Middels deze brief laten wij u iets weten.').findings.filter((f) => f.ruleId === 'jargon');
    expect(finding?.expected[0]).toMatch(/^\p{Lu}/u);
  });

  it('shows a paraphrase as an example, not as a one-click swap', () => {
    // "keukentafelgesprek" → "gesprek bij u thuis": three words more, the sentence needs rebuilding.
    const [long] = findingsOf('jargon', 'Het keukentafelgesprek duurt een uur.');
    expect(long?.expected).toEqual([]);
    expect(long?.message).toContain("'gesprek bij u thuis'");
    // One word more is still a swap: "faciliteren" → "mogelijk maken".
    expect(findingsOf('jargon', 'Wij faciliteren de buurt.')[0]?.expected.length).toBeGreaterThan(0);
  });
});

describe('vague fillers the jargon rule already reports', () => {
  it('give one finding, not two on the same words', () => {
    const all = createChecker().checkText('Het plan is min of meer klaar.').findings.filter((f) => f.actual === 'min of meer');
    expect(all).toHaveLength(1);
  });
});

describe('officialese read from real policy texts', () => {
  const checker = createChecker();
  const jargon = (text: string) => checker.checkText(text).findings.filter((f) => f.ruleId === 'jargon');

  it('finds "dient ... te" with words between, as advice (moet also drops te), not "dient als"', () => {
    const [found] = jargon('De aanvraag dient uiterlijk vrijdag binnen te zijn.');
    expect(found?.actual).toBe('dient');
    expect(found?.expected).toEqual([]);
    expect(found?.message).toContain("Schrijf 'moet' en laat 'te' weg");
    expect(jargon('Het rapport dient als basis voor het gesprek.')).toEqual([]);
    expect(jargon('Dit bedrag dient ter dekking van de kosten om te bouwen.').some((f) => f.actual === 'dient')).toBe(false);
  });

  it('gives "dient te" no swap: "moeten" would not agree with "dit"', () => {
    const [found] = jargon('Dit dient te gebeuren voor de zomer.');
    expect(found?.expected).toEqual([]);
  });

  it('flags words officials use for money and promises, with advice where the swap changes the article', () => {
    const money = jargon('Er zijn extra middelen nodig voor de speeltuin.');
    expect(money.map((f) => [f.actual, f.expected])).toEqual([['middelen', []]]);
    // With its article the phrase has a swap that agrees: "Het voorliggende plan" -> "Dit plan".
    expect(jargon('Het voorliggende plan is klaar.').map((f) => [f.actual, f.expected])).toEqual([['Het voorliggende', ['Dit']]]);
    expect(jargon('De ombuigingen raken de bibliotheek.').map((f) => f.actual)).toEqual(['ombuigingen']);
    expect(jargon('Dit geldt voor een ieder die hier woont.').map((f) => [f.actual, f.expected])).toEqual([['een ieder', ['iedereen']]]);
  });
});

describe('terms the text explains on the spot, and alternatives that are jargon themselves', () => {
  const checker = createChecker();
  const jargon = (text: string) => checker.checkText(text).findings.filter((f) => f.ruleId === 'jargon').map((f) => f.actual);

  it('does not flag a term the text names or explains right there', () => {
    expect(jargon('U krijgt dan extra geld. Dat heet bijzondere bijstand.')).toEqual([]);
    expect(jargon('We praten met u in een keukentafelgesprek. Dat is een gesprek bij u thuis.')).toEqual([]);
    expect(jargon('Het gaat om uw zelfredzaamheid (wat u zelf kunt).')).toEqual([]);
    // A person explained in the next sentence: "Dat is iemand die ...", "Dat zijn mensen die ...".
    expect(jargon('U kunt hulp vragen aan een cliëntondersteuner. Dat is iemand die alleen aan uw kant staat.')).toEqual([]);
    expect(jargon('Wij praten met de zorgaanbieders. Dat zijn mensen die thuiszorg geven.')).toEqual([]);
  });

  it('still flags it when the words around it do not explain it', () => {
    expect(jargon('Wij bieden bijzondere bijstand. Dit is nodig voor veel mensen.')).toEqual(['bijzondere bijstand']);
    expect(jargon('Het gaat om zelfredzaamheid (zie bijlage 2).')).toEqual(['zelfredzaamheid']);
  });

  it('never offers an alternative that is itself a listed term', () => {
    const [found] = checker.checkText('Het beleidskader is klaar.').findings.filter((f) => f.ruleId === 'jargon');
    expect(found?.expected.some((alternative) => jargon(`Het ${alternative} is klaar.`).length > 0)).toBe(false);
  });
});


describe('jargon rule: "bij deze" in its two senses', () => {
  // The built-in dictionary: the officialese "bij deze" (= hierbij) is one of its phrases.
  const builtin = createChecker();
  const bijDeze = (text: string) => actualsOf('jargon', text, builtin).filter((a) => a.toLowerCase() === 'bij deze');

  it('leaves "deze" with its noun alone: "bij deze brief", "bij deze groep"', () => {
    expect(bijDeze('Het formulier zit bij deze brief.')).toEqual([]);
    expect(bijDeze('Bij deze uitnodiging vindt u een kaart van de wijk.')).toEqual([]);
    expect(bijDeze('Bij deze groep horen ook de buren.')).toEqual([]);
  });

  it('flags the officialese "bij deze" before a verb with its subject, an article or a particle', () => {
    expect(bijDeze('Bij deze sturen wij u de tekening.')).toEqual(['Bij deze']);
    expect(bijDeze('Wij geven u bij deze de sleutel.')).toEqual(['bij deze']);
    expect(bijDeze('Ik deel u bij deze mee dat de weg dicht is.')).toEqual(['bij deze']);
  });
});

describe('jargon rule: a policy metaphor used for a real place', () => {
  const builtin = createChecker();
  const speelveld = (text: string) => builtin.checkText(text, 'markdown').findings.filter((f) => f.actual.toLowerCase() === 'speelveld');

  it('leaves the playing field on a street alone, and its later uses and heading with it', () => {
    const found = speelveld('# Het speelveld is klaar\n\nDe kinderen openden het speelveld aan de Wilgenlaan. Het speelveld kostte veel minder dan gedacht.');
    expect(found.every((f) => f.repeat === true)).toBe(true);
  });

  it('still flags the metaphor, also with a place name after "in"', () => {
    expect(speelveld('Het speelveld in het sociaal domein verandert snel.').map((f) => f.repeat === true)).toEqual([false]);
    expect(speelveld('Wij kijken naar het speelveld in Dalwijk en daarbuiten.').map((f) => f.repeat === true)).toEqual([false]);
  });
});
