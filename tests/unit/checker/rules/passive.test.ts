import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf } from '../fixture-checker';

const passive = (text: string): string[] => actualsOf('passive', text);

describe('passive rule', () => {
  it('finds worden + participle, also with separable verbs', () => {
    expect(passive('Het plan wordt opgesteld door de wijkteams.')).toEqual(['wordt opgesteld']);
    expect(passive('De subsidie werd vorig jaar verlaagd.')).toEqual(['werd vorig jaar verlaagd']);
    expect(passive('Uw aanvraag wordt binnen acht weken behandeld.')).toEqual(['wordt binnen acht weken behandeld']);
  });

  it('finds a passive followed by an officialese preposition ("middels", "ten behoeve van")', () => {
    // The word after the participle is no noun it describes, so the participle is no adjective.
    expect(passive('Uw aanvraag wordt ingediend middels het webformulier.')).toEqual(['wordt ingediend']);
    expect(passive('De avond wordt georganiseerd ten behoeve van de buurt.')).toEqual(['wordt georganiseerd']);
  });

  it('finds split verb clusters in both orders', () => {
    expect(passive('Dit zijn de afspraken die worden gemaakt.')).toEqual(['worden gemaakt']);
    expect(passive('De stoep moet hersteld worden voor de winter.')).toEqual(['hersteld worden']);
    expect(passive('Ik weet niet of de rekening betaald is.')).toEqual(['betaald is']);
  });

  it('finds zijn + participle, irregular participles and adverbs in between', () => {
    expect(passive('De renovatie is onlangs afgerond.')).toEqual(['is onlangs afgerond']);
    expect(passive('Het budget is vastgesteld.')).toEqual(['is vastgesteld']);
    expect(passive('De brieven zijn gisteren verzonden.')).toEqual(['zijn gisteren verzonden']);
    expect(passive('Er wordt veel gedaan voor ouderen.')).toEqual(['wordt veel gedaan']);
  });

  it('leaves adjectives and active perfects with zijn alone', () => {
    expect(passive('Buiten spelen is gezond.')).toEqual([]);
    expect(passive('Zij is blij met de nieuwe woning.')).toEqual([]);
    expect(passive('Het probleem is bekend bij de gemeente.')).toEqual([]);
    expect(passive('De wachtlijst is belangrijk voor ons.')).toEqual([]);
    expect(passive('Hij is gisteren naar huis gegaan.')).toEqual([]);
    expect(passive('Het aantal meldingen is gestegen.')).toEqual([]);
    expect(passive('Zij wordt volgend jaar voorzitter.')).toEqual([]);
    expect(passive('Het wordt een drukke zomer.')).toEqual([]);
  });

  it('does not link a participle across a comma or into another clause', () => {
    expect(passive('De school is dicht, gebouwd in 1950 en nu te oud.')).toEqual([]);
    expect(passive('Het is fijn dat het plan besproken werd.')).toEqual(['besproken werd']);
  });
});

describe('passive rule: precision and recall on harder cases', () => {
  it('does not read a relative clause or a -heid noun as a participle', () => {
    expect(passive('Dat is de code waarmee u inlogt bij de overheid.')).toEqual([]);
    expect(passive('Dit is het formulier waarop u uw naam schrijft.')).toEqual([]);
    expect(passive('Het is een kwestie van veiligheid.')).toEqual([]);
  });

  it('does not read nouns or present tenses that look like participles', () => {
    expect(passive('Het beleid is duidelijk.')).toEqual([]);
    expect(passive('Het gebied is groot.')).toEqual([]);
    expect(passive('Dit is wat de regel betekent voor u.')).toEqual([]);
    expect(passive('Het is de buurman die het vertelt.')).toEqual([]);
    expect(passive('Dit is de regel die geldt.')).toEqual([]);
  });

  it('leaves a participle that describes a following noun alone', () => {
    expect(passive('Hij is in staat de aan het plan verbonden taken uit te voeren.')).toEqual([]);
    expect(passive('De kosten zijn de afgelopen jaren gestegen.')).toEqual([]);
    expect(passive('Het budget is ontoereikend.')).toEqual([]);
  });

  it('treats state participles as adjectives after zijn but as passive after worden', () => {
    expect(passive('Roken is verboden in het gemeentehuis.')).toEqual([]);
    expect(passive('De winkel is gesloten.')).toEqual([]);
    expect(passive('Vuurwerk wordt verboden in de hele stad.')).toEqual(['wordt verboden']);
    expect(passive('Het zwembad wordt gesloten.')).toEqual(['wordt gesloten']);
  });

  it('finds strong participles with an inseparable prefix beyond a fixed list', () => {
    expect(passive('Het voorstel wordt volgende week besproken.')).toEqual(['wordt volgende week besproken']);
    expect(passive('Het budget is vorig jaar overschreden.')).toEqual(['is vorig jaar overschreden']);
    expect(passive('Het dak werd door de storm beschadigd.')).toEqual(['werd door de storm beschadigd']);
    expect(passive('De regels worden onderschreven door alle partners.')).toEqual(['worden onderschreven']);
  });

  it('still finds a passive with a determiner before the participle', () => {
    expect(passive('Morgen wordt de brief verstuurd naar alle bewoners.')).toEqual(['wordt de brief verstuurd']);
    expect(passive('Daarna wordt een onderzoek uitgevoerd.')).toEqual(['wordt een onderzoek uitgevoerd']);
  });
});

describe('passive rule: particles before a participle', () => {
  it('finds participles after a separable particle', () => {
    expect(passive('Daarna wordt overgegaan tot betaling.')).toEqual(['wordt overgegaan']);
    expect(passive('Het geld wordt volgende maand uitbetaald.')).toEqual(['wordt volgende maand uitbetaald']);
    expect(passive('Kinderen worden te snel doorverwezen.')).toEqual(['worden te snel doorverwezen']);
  });

  it('keeps active perfects with zijn and present tenses out', () => {
    expect(passive('Hij is vorige week overgegaan naar een andere school.')).toEqual([]);
    expect(passive('Zij is gisteren teruggekomen.')).toEqual([]);
  });
});

describe('passive rule: ge- nouns in the plural', () => {
  it('does not read plural nouns with ge- as participles', () => {
    expect(passive('Er zijn veel gezinnen in de wijk.')).toEqual([]);
    expect(passive('De gevolgen zijn groot.')).toEqual([]);
    expect(passive('Er is sprake van ernstige gezondheidsklachten.')).toEqual([]);
    expect(passive('In het verleden is dat vaak gebeurd.')).toEqual([]);
  });

  it('still finds strong participles with ge-', () => {
    expect(passive('Het besluit wordt morgen genomen.')).toEqual(['wordt morgen genomen']);
    expect(passive('De sleutel is niet teruggegeven.')).toEqual(['is niet teruggegeven']);
    expect(passive('De brief werd gisteren geschreven.')).toEqual(['werd gisteren geschreven']);
  });
});

describe('passive rule: long middle fields and particles', () => {
  it('finds a worden-passive with a long middle field', () => {
    expect(passive('Voorts wordt in samenwerking met de bibliotheek een aanbod van digitale lessen ontwikkeld.')).toEqual([
      'wordt in samenwerking met de bibliotheek een aanbod van digitale lessen ontwikkeld',
    ]);
  });

  it('finds participles of verbs with uiteen and bijeen', () => {
    expect(passive('In deze notitie wordt uiteengezet hoe wij werken.')).toEqual(['wordt uiteengezet']);
    expect(passive('De raad wordt in juni bijeengeroepen.')).toEqual(['wordt in juni bijeengeroepen']);
  });
});

describe('passive rule: everyday official sentences', () => {
  it('finds zijn-passives and leaves plural nouns and state words alone', () => {
    expect(passive('Het gebied is in 2020 aangewezen als natuurgebied.')).toEqual(['is in 2020 aangewezen']);
    expect(passive('De bedragen zijn verhoogd.')).toEqual(['zijn verhoogd']);
    expect(passive('De bijeenkomst is besloten.')).toEqual([]);
    expect(passive('De gesprekken zijn goed verlopen.')).toEqual([]);
  });
});

describe('passive: real passives only, and a message about the sentence at hand', () => {
  const passive = (text: string) => findingsOf('passive', text);
  it('does not read a state or a participle before a noun as passive', () => {
    expect(passive('Deze regeling is ingewikkeld voor veel mensen.')).toEqual([]);
    expect(passive('Voor hen is betaald werk nog ver weg.')).toEqual([]);
    expect(passive('Dat kan betaald werk zijn of vrijwilligerswerk.')).toEqual([]);
  });

  it('names the verb and the actor when the sentence says who acts', () => {
    const [found] = passive('De plannen worden na lang overleg door de raad goedgekeurd.');
    expect(found?.actual).toBe('worden na lang overleg door de raad goedgekeurd');
    expect(found?.message).toContain("'worden … goedgekeurd'");
    expect(found?.message).toContain("'de raad'");
  });

  it('asks who acts when the sentence does not say', () => {
    expect(passive('Het plan wordt opgesteld.')[0]?.message).toContain('wie heeft het opgesteld?');
  });
});

describe('passive rule: verb parts far apart', () => {
  it('keeps reading across "en" between two nouns of the middle field', () => {
    expect(actualsOf('passive', 'Sinds mei wordt het papier in de dorpen Ewijk en Loon elke maand opgehaald.')).toEqual([
      'wordt het papier in de dorpen Ewijk en Loon elke maand opgehaald',
    ]);
    expect(actualsOf('passive', 'Zo wordt het contact tussen scholen en ouders verbeterd.')).toEqual(['wordt het contact tussen scholen en ouders verbeterd']);
  });

  it('stops at "en" that starts a new clause', () => {
    expect(actualsOf('passive', 'De weg wordt smaller en de gemeente heeft bomen geplant.')).toEqual([]);
    expect(actualsOf('passive', 'Het plein wordt groter en wij hebben het betaald.')).toEqual([]);
  });

  it('gives "zijn" a long reach when the sentence names who acts', () => {
    expect(actualsOf('passive', 'Gisteren zijn de plannen na lang overleg door de raad goedgekeurd.')).toEqual([
      'zijn de plannen na lang overleg door de raad goedgekeurd',
    ]);
    const [found] = findingsOf('passive', 'Vorige week zijn de nieuwe banken na een stevige discussie door de wijkraad gekozen.');
    expect(found?.message).toContain('de wijkraad');
    // Without an actor the short reach stays: "zijn" is often a plain verb.
    expect(actualsOf('passive', 'Zij zijn na een lange reis met de trein door het land eindelijk thuisgekomen.')).toEqual([]);
  });
});

describe('passive in quoted speech', () => {
  it('leaves the words someone said alone: they are quoted, not the writer\'s style', () => {
    expect(passive('"Mijn fiets werd twee keer gestolen," vertelt Ahmed. Nu staat hij binnen.')).toEqual([]);
    expect(passive('De buurvrouw lacht: „Hier wordt altijd goed voor elkaar gezorgd.”')).toEqual([]);
    expect(passive('“Het hek is door de kinderen zelf geverfd,” zegt de juf.')).toEqual([]);
  });

  it('still flags the writer\'s own passive next to a quote', () => {
    // With a named actor: a passive without one in a plain two-sentence paragraph is left alone (plain-text-classes.test.ts).
    expect(passive('"Wij zijn er blij mee," zegt Ahmed. De fietsenstalling wordt door de gemeente in mei geopend.')).toEqual(['wordt door de gemeente in mei geopend']);
  });

  it('a name or title in quote marks is not speech', () => {
    expect(passive('Het plan "Samen aan de slag" werd door de raad goedgekeurd.')).toEqual(['werd door de raad goedgekeurd']);
    expect(passive('De brochure "Wat wordt er gebouwd in uw wijk" ligt klaar.')).toEqual(['wordt er gebouwd']);
  });
});
