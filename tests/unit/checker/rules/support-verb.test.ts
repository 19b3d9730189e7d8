// Support-verb constructions (steunwerkwoordconstructies) found as a class: a light verb with an
// abstract noun that carries the meaning, in either word order, with the plain verb as advice.
// Every sentence here is written for this test; none comes from the accuracy corpus.
import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf } from '../fixture-checker';
import { plainVerbOf } from '../../../../shared/checker/rules/support-verb';

const supportVerbs = (text: string): string[] => findingsOf('jargon', text).filter((f) => f.termId?.startsWith('steunwerkwoord-')).map((f) => f.actual);

describe('support-verb constructions', () => {
  it('finds a preposition + abstract noun + light verb that no list names', () => {
    expect(supportVerbs('Het bestuur heeft het voorstel in heroverweging genomen.')).toEqual(['in heroverweging genomen']);
    expect(supportVerbs('De stichting brengt het plan in de zomer tot verwezenlijking.')).toEqual(['tot verwezenlijking']);
    expect(supportVerbs('Wij willen de speeltuin in de herfst in gebruik nemen.')).toEqual(['in gebruik nemen']);
    expect(supportVerbs('Het buurthuis wil voor de kerst tot een afspraak komen met de buren.')).toEqual(['tot een afspraak komen']);
  });

  it('finds the main-clause order, with the light verb before the phrase', () => {
    expect(supportVerbs('De balie neemt uw bezwaar binnen een week in behandeling.')).toEqual(['in behandeling']);
    expect(supportVerbs('De waterschappen zetten de zoektocht naar nieuwe dijken in gang.')).toEqual(['in gang']);
  });

  it('finds a light verb with an abstract object, in both orders and with "te" or "laten"', () => {
    expect(supportVerbs('De vereniging wil elk jaar een inspectie laten uitvoeren.')).toEqual(['een inspectie laten uitvoeren']);
    expect(supportVerbs('De wijkraad voert dit voorjaar extra controles uit.')).toEqual(['voert dit voorjaar extra controles uit']);
    expect(supportVerbs('De bakkers leveren een grote bijdrage aan de braderie.')).toEqual(['leveren een grote bijdrage']);
    expect(supportVerbs('De school is bereid een bijdrage te leveren.')).toEqual(['een bijdrage te leveren']);
    expect(supportVerbs('Wij hebben met de huurders overleg gevoerd.')).toEqual(['overleg gevoerd']);
  });

  it('finds "overgaan tot" in every form and names the verb that follows it', () => {
    const [split] = findingsOf('jargon', 'Bij veel regen gaat het waterschap over tot het sluiten van de sluis.').filter((f) => f.termId?.startsWith('steunwerkwoord-'));
    expect(split?.actual).toBe('over tot');
    expect(split?.message).toContain("'sluiten'");
    expect(supportVerbs('De raad besloot over te gaan tot aankoop van de grond.')).toEqual(['over te gaan tot']);
    expect(supportVerbs('Daarna is overgegaan tot sloop van de loods.')).toEqual(['overgegaan tot']);
    // With no noun to name, the message points at the words after "tot" instead of quoting a placeholder.
    const [bare] = findingsOf('jargon', 'Het college besluit om over te gaan tot de inning van de heffing.').filter((f) => f.termId?.startsWith('steunwerkwoord-'));
    expect(bare?.message).toContain("de betekenis zit in wat na 'tot' komt");
  });

  it('gives the plain verb as advice and never a one-click swap', () => {
    const [finding] = findingsOf('jargon', 'Het bestuur heeft het voorstel in heroverweging genomen.');
    expect(finding?.expected).toEqual([]);
    expect(finding?.message).toContain("'heroverwegen'");
    expect(plainVerbOf('inventarisatie', 'uitvoeren')).toBe('inventariseren');
    expect(plainVerbOf('verdelingen', 'gaan')).toBe('verdelen');
    expect(plainVerbOf('deelname', 'nemen')).toBe('deelnemen');
    expect(plainVerbOf('kennis', 'stellen')).toBe('laten weten, informeren');
  });

  it('leaves places, times, concrete nouns and plain phrases alone', () => {
    expect(actualsOf('jargon', 'In de vergadering nemen wij een besluit over de brug.')).toEqual([]);
    expect(actualsOf('jargon', 'Wij houden u op de hoogte.')).toEqual([]);
    expect(actualsOf('jargon', 'De aannemer voert de werkzaamheden in mei uit.')).toEqual([]);
    expect(actualsOf('jargon', 'Wij voeren de regeling uit zoals de raad wil.')).toEqual([]);
    expect(actualsOf('jargon', 'Na overleg voeren wij de wijziging door.')).toEqual([]);
    expect(actualsOf('jargon', 'We gaan in gesprek met de buren.')).toEqual([]);
    expect(actualsOf('jargon', 'Hij stelt eisen aan de inrichting van de tuin.')).toEqual([]);
    expect(actualsOf('jargon', 'Ik heb met de supermarktbranche gebeld.')).toEqual([]);
  });
});

describe('frames without content, by class', () => {
  it('finds frames with words between their parts', () => {
    expect(actualsOf('jargon', 'Het is hierbij van belang dat de buren meedoen.')).toEqual(['Het is hierbij van belang dat']);
    expect(actualsOf('jargon', 'Een oplossing valt op korte termijn niet te verwachten.')).toEqual(['valt op korte termijn niet te verwachten']);
    expect(actualsOf('jargon', 'Het ligt in de verwachting dat de brug in juni klaar is.')).toEqual(['Het ligt in de verwachting dat']);
    expect(actualsOf('jargon', 'Daar staat tegenover dat de huur daalt.')).toEqual(['Daar staat tegenover dat']);
    expect(actualsOf('jargon', 'Droogte kan ertoe leiden dat bomen sterven.')).toEqual(['ertoe leiden dat']);
    expect(actualsOf('jargon', 'De sluiting van de school ligt politiek gevoelig.')).toEqual(['ligt politiek gevoelig']);
  });

  it('finds "op ... niveau" and "in ... verband" with any adjective of government', () => {
    expect(actualsOf('jargon', 'Wij pakken dit op provinciaal niveau aan.')).toEqual(['op provinciaal niveau']);
    expect(actualsOf('jargon', 'De gemeenten kopen in landelijk verband stroom in.')).toEqual(['in landelijk verband']);
  });

  it('leaves plain sentences with the same words alone', () => {
    expect(actualsOf('jargon', 'Wat valt er te doen in de zomer?')).toEqual([]);
    expect(actualsOf('jargon', 'Dat valt mee.')).toEqual([]);
    expect(actualsOf('jargon', 'De kinderen lagen lekker in bed.')).toEqual([]);
    expect(actualsOf('jargon', 'Op de kaart hebben wij aangegeven waar de bomen komen.')).toEqual([]);
    expect(actualsOf('jargon', 'Het water staat hoog in de sloot.')).toEqual([]);
  });
});

describe('support-verb phrases against single listed words', () => {
  it('reports the phrase, not the listed word inside it, so no swap keeps the empty verb', () => {
    const findings = findingsOf('jargon', 'Het bestuur wil de regeling na een jaar aan een evaluatie onderwerpen.');
    expect(findings.map((f) => f.actual)).toEqual(['aan een evaluatie onderwerpen']);
    expect(findings[0]?.message).toContain("'evalueren'");
  });

  it('keeps a listed phrase with its one-click fix', () => {
    const [finding] = findingsOf('jargon', 'Wij willen de fietsen in het kader van de proef in gebruik nemen.');
    expect(finding?.actual).toBe('in het kader van');
    expect(finding?.termId?.startsWith('steunwerkwoord-')).toBe(false);
  });
});

describe('more frames and stiff verbs, by class', () => {
  it('finds them where they stand', () => {
    expect(actualsOf('jargon', 'In het kader van 2019 is het aantal gestegen.')).toEqual(['In het kader van']);
    expect(actualsOf('jargon', 'Wij achten dit een goed plan.')).toEqual(['Wij achten dit']);
    expect(actualsOf('jargon', 'Als de markt geen doorgang vindt, hoort u het.')).toEqual(['doorgang vindt']);
    expect(actualsOf('jargon', 'De bouw vangt in juni aan.')).toEqual(['vangt in juni aan']);
    expect(actualsOf('jargon', 'De school is in hoge mate afhankelijk van vrijwilligers.')).toEqual(['in hoge mate']);
    expect(actualsOf('jargon', 'De gemeente zal de wijkbewoners niet in kennis te kunnen stellen.')).toEqual(['in kennis te kunnen stellen']);
  });

  it('leaves the number eight and "om niet te" alone', () => {
    expect(actualsOf('jargon', 'Wij zijn om acht uur open.')).toEqual([]);
    expect(actualsOf('jargon', 'Kom op tijd om niet te hoeven wachten.')).toEqual([]);
  });
});

describe('a modal verb between the noun and its light verb', () => {
  it('still finds the phrase', () => {
    expect(supportVerbs('Het plan dat een bijdrage kan leveren aan minder afval.')).toEqual(['een bijdrage kan leveren']);
  });
});
