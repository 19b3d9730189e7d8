// Plain B1 texts get at most one finding. The classes below were noise on fresh plain texts (a
// letter about a tax assessment, a road-works newsletter, an invitation to a residents' evening, a
// youth centre's page). The sentences are new ones of the same kind; every class also has cases that
// must still be flagged, in dense text and where the paragraph cannot be judged.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../shared/checker/index';
import { actualsOf, findingsOf, fixtureChecker } from '../fixture-checker';

// The built-in dictionary, for words the small test dictionary does not list.
const builtin = createChecker();

const LETTER_21 = 'In deze brief leest u wat er in uw straat gebeurt en wat u zelf kunt doen als u vragen heeft.';
const EVENING_21 = 'Op dinsdag 9 april kunt u van 19.00 tot 21.00 uur binnenlopen in het buurthuis aan de Lindelaan bij de kerk.';

describe('long sentence: just over the limit in a plain paragraph', () => {
  it('leaves a sentence of 21 plain words among short ones alone', () => {
    expect(actualsOf('long-sentence', `Wij sturen u deze brief omdat er iets verandert. ${LETTER_21} Bel ons gerust.`)).toEqual([]);
    expect(actualsOf('long-sentence', `${EVENING_21} Er is koffie en thee.`)).toEqual([]);
    expect(actualsOf('long-sentence', `${EVENING_21} Er is koffie en thee.`, builtin)).toEqual([]);
  });

  it('counts up to 25 words as just over the limit', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? 'De' : i % 2 ? 'huis' : 'de')).join(' ');
    expect(findingsOf('long-sentence', `Kort. ${words(25)}. Kort.`)).toEqual([]);
    expect(findingsOf('long-sentence', `Kort. ${words(26)}. Kort.`)).toHaveLength(1);
  });

  it('still reports it on its own: one sentence does not show the register', () => {
    expect(actualsOf('long-sentence', LETTER_21)).toEqual([LETTER_21]);
  });

  it('still reports it with officialese, a passive or an unexplained acronym in it', () => {
    const formula = 'In deze brief leest u wat er in uw straat gebeurt teneinde u te laten weten wat u zelf kunt doen als u vragen heeft.';
    expect(actualsOf('long-sentence', `${formula} Bel ons gerust.`)).toEqual([formula]);
    const passive = 'In deze brief leest u welke plannen er door de raad zijn goedgekeurd en wat u zelf kunt doen als u vragen heeft.';
    expect(actualsOf('long-sentence', `${passive} Bel ons gerust.`)).toEqual([passive]);
    const acronym = 'In deze brief leest u wat de GGD in uw straat komt doen en wat u zelf kunt doen als u vragen heeft.';
    expect(actualsOf('long-sentence', `${acronym} Bel ons gerust.`, builtin)).toEqual([acronym]);
  });

  it('still reports it next to another long sentence, and every sentence over 25 words', () => {
    const other = 'Daarna leest u wat de gemeente in de komende maanden in uw straat en in de straten om u heen gaat doen.';
    expect(actualsOf('long-sentence', `${LETTER_21} ${other}`)).toEqual([LETTER_21, other]);
    const long = 'In deze brief leest u wat er in de komende maanden in uw straat gebeurt en wat u zelf kunt doen als u daar nog vragen over heeft.';
    expect(actualsOf('long-sentence', `Wij sturen u deze brief. ${long} Bel ons gerust.`)).toEqual([long]);
  });

  it('still reports it in a dense paragraph of official text', () => {
    const dense =
      'Het college acht het van belang om de uitvoering in nauwe samenhang met de woonvisies van de drie gemeenten in de regio te bezien. Dit sluit aan bij het beleidskader.';
    expect(findingsOf('long-sentence', dense, builtin)).toHaveLength(1);
  });

  it('reports it as before when the passive rule is off, since the register cannot be judged', () => {
    const noPassive = fixtureChecker({ config: { passive: { enabled: false } } });
    expect(actualsOf('long-sentence', `Wij sturen u deze brief. ${LETTER_21} Bel ons gerust.`, noPassive)).toEqual([LETTER_21]);
  });
});

describe('jargon: an English loan that is everyday Dutch, in a plain paragraph', () => {
  it('leaves "workshop" alone among plain sentences', () => {
    expect(actualsOf('jargon', 'Elke maand is er iets te doen. Bijvoorbeeld een filmavond of een workshop koken. Kom gerust langs.', builtin)).toEqual([]);
  });

  it('still reports it among officialese, in a sentence on its own, and a loan that is not everyday', () => {
    expect(actualsOf('jargon', 'Elke maand is er een workshop. Daarin betrekken wij de stakeholders bij de uitvoering.', builtin)).toContain('workshop');
    expect(actualsOf('jargon', 'Elke maand is er een workshop koken.', builtin)).toEqual(['workshop']);
    expect(actualsOf('jargon', 'Elke maand houden we een brainstorm. Daarna volgt een pitch. Kom gerust langs.', builtin)).toContain('pitch');
  });
});

describe('jargon: a web or e-mail address is copied, not read', () => {
  it('does not mark a term inside an address, not even as a repeat', () => {
    const text = 'Kijk op www.dalwijk.nl/kwijtschelding of op dalwijk.nl/bijstand. U kunt ook mailen naar kwijtschelding@dalwijk.nl.';
    expect(builtin.checkText(text).findings.filter((f) => f.ruleId === 'jargon')).toEqual([]);
  });

  it('still reports the term written as a word', () => {
    expect(actualsOf('jargon', 'U kunt kwijtschelding aanvragen op www.dalwijk.nl/kwijtschelding.', builtin)).toEqual(['kwijtschelding']);
  });
});

describe('passive: "vervangen door een …" names what comes instead, not who acts', () => {
  it('leaves the passive alone in a plain paragraph', () => {
    expect(actualsOf('passive', 'De oude glijbaan is vervangen door een grotere. Kinderen kunnen er weer spelen.')).toEqual([]);
  });

  it('does not offer the new thing as the one who acts in official text', () => {
    const found = findingsOf('passive', 'De regeling wordt vervangen door een nieuwe regeling. Wij stemmen dit af met het sociaal domein.');
    expect(found.map((f) => f.actual)).toEqual(['wordt vervangen']);
    expect(found[0]!.message).not.toContain('een nieuwe regeling');
  });

  it('still reads "vervangen door de aannemer" as the actor', () => {
    const found = findingsOf('passive', 'De lampen worden vervangen door de aannemer. Zet uw auto ergens anders neer.');
    expect(found.map((f) => f.actual)).toEqual(['worden vervangen']);
    expect(found[0]!.message).toContain('de aannemer');
  });
});

describe('abbreviation: explained by the sentence after it', () => {
  it('counts "X. Dat is de … die …" as explained', () => {
    expect(actualsOf('abbreviation', 'Dat gaat via de Wmo. Dat is de wet die regelt dat u hulp krijgt.', builtin)).toEqual([]);
    expect(actualsOf('abbreviation', 'Meld u aan bij het CJG. Dit is een plek waar ouders met vragen terechtkunnen.', builtin)).toEqual([]);
  });

  it('still asks for an explanation when the next sentence says something else', () => {
    expect(actualsOf('abbreviation', 'Wij werken samen met de GGD. Dat is een goede zaak.', builtin)).toEqual(['GGD']);
    expect(actualsOf('abbreviation', 'De GGD komt langs. Dat is de dienst die u helpt.', builtin)).toEqual(['GGD']);
  });
});

describe('jargon: "zij het" as a pronoun and an article', () => {
  it('does not read "hoe zij het geld gebruiken" as the formula "zij het"', () => {
    expect(actualsOf('jargon', 'Gemeenten bepalen zelf hoe zij het geld gebruiken.', builtin)).toEqual([]);
    expect(actualsOf('jargon', 'Ouders zeggen dat zij het formulier lastig vinden.', builtin)).toEqual([]);
  });

  it('still reports the concessive after a comma or a dash, and at the start of a sentence', () => {
    expect(actualsOf('jargon', 'Het is een goede, zij het dure oplossing.', builtin)).toEqual(['zij het']);
    expect(actualsOf('jargon', 'De aanpak werkt – zij het langzaam.', builtin)).toEqual(['zij het']);
    expect(actualsOf('jargon', 'Zij het met moeite, de klus is klaar.', builtin)).toEqual(['Zij het']);
  });
});

describe('long sentence: a stricter limit the writer chose', () => {
  it('reports every sentence over it, in a plain paragraph too', () => {
    const strict = fixtureChecker({ config: { 'long-sentence': { warnAbove: 15, errorAbove: 25 } } });
    const sentence = 'De gemeente wil samen met inwoners en ondernemers zorgen voor een schone en veilige wijk vol groen.';
    expect(actualsOf('long-sentence', `${sentence} Praat u mee?`, strict)).toEqual([sentence]);
  });
});
