// One-click fixes that read right (issue 11): per class an example sentence of our own, the fix
// applied gives the expected sentence, or the finding gives advice without a one-click fix.
import { describe, expect, it } from 'vitest';
import { createChecker, type Finding } from '../../../shared/checker/index';
import { findingOn, fixedOn } from './fix-helpers';
import { genderOf } from '../../../shared/checker/fix-fit';
import { alternativeFor, plural } from '../../../shared/checker/dictionary/inflect-alternative';

const checker = createChecker();

const finding = (text: string, actual: string): Finding => findingOn(checker, text, actual);
const fixed = (text: string, actual: string): string | null => fixedOn(checker, text, actual);

describe('inflection: the replacement takes the form of the word it replaces', () => {
  it('adjective -e only on a replacement that is an adjective', () => {
    expect(fixed('De gemeente opent laagdrempelige inloopspreekuren.', 'laagdrempelige')).toBe('De gemeente opent makkelijk bereikbare inloopspreekuren.');
    // "integraal" → "samen" / "als geheel": neither can stand before a noun.
    expect(fixed('Wij kiezen voor een integrale blik op de wijk.', 'integrale')).toBeNull();
    expect(fixed('De wijkgerichte teams starten in mei.', 'wijkgerichte')).toBeNull();
  });

  it('the adjective in a two-word replacement agrees with the article', () => {
    expect(fixed('Er komt een update van de folder.', 'update')).toBe('Er komt een nieuw bericht van de folder.');
    // "de nieuw bericht" would be wrong: only the de-word is offered.
    expect(finding('De update staat vanaf maandag online.', 'update').expected).toEqual(['nieuwe versie']);
  });

  it('plural: stressed -el takes -en, -eur takes -s, a word without plural is not offered', () => {
    expect(finding('Wij schrijven onze ambities op.', 'ambities').expected).toEqual(['doelen', 'wensen']);
    expect(finding('De consulenten bellen u terug.', 'consulenten').expected).toEqual(['medewerkers', 'adviseurs']);
    expect(plural('route')).toBe('routes');
    expect(plural('regel')).toBe('regels');
    // "hulpen" is not Dutch: only "behandelingen" is left for "zorgtrajecten".
    expect(finding('Wij betalen drie zorgtrajecten voor u.', 'zorgtrajecten').expected).toEqual(['behandelingen']);
  });

  it('verb person and participle of a listed variant', () => {
    expect(fixed('De nieuwe regeling treedt in werking op 1 mei.', 'treedt in werking')).toBe('De nieuwe regeling gaat in op 1 mei.');
    expect(fixed('De nieuwe regeling is op 1 mei in werking getreden.', 'in werking getreden')).toBe('De nieuwe regeling is op 1 mei ingegaan.');
    expect(fixed('De buurt heeft het probleem zelf ter hand genomen.', 'ter hand genomen')).toBe('De buurt heeft het probleem zelf aangepakt.');
    expect(fixed('Het college zet in op veilige fietspaden.', 'zet in op')).toBe('Het college werkt aan veilige fietspaden.');
    expect(alternativeFor('zorg dragen voor', 'zorg gedragen voor', 'zorgen voor', true)).toBe('gezorgd voor');
    // Past tense: no form is guessed.
    expect(alternativeFor('plaatsvinden', 'vond plaats', 'gebeuren', true)).toBeNull();
    // A verb form of a noun ("verzocht" of "verzoek") cannot become a noun.
    expect(alternativeFor('verzoek', 'verzocht', 'vraag', true)).toBeNull();
  });

  it('strong verbs, -eren verbs, separable verbs and the diaeresis', () => {
    expect(alternativeFor('in behandeling nemen', 'in behandeling genomen', 'bekijken', true)).toBe('bekeken');
    expect(alternativeFor('verkrijgen', 'verkregen', 'krijgen', true)).toBe('gekregen');
    expect(alternativeFor('trachten', 'tracht', 'proberen', true)).toBe('probeert');
    expect(alternativeFor('trachten', 'getracht', 'proberen', true)).toBe('geprobeerd');
    expect(alternativeFor('fiatteren', 'fiatteert', 'goedkeuren', true)).toBe('keurt goed');
    expect(alternativeFor('fiatteren', 'gefiatteerd', 'goedkeuren', true)).toBe('goedgekeurd');
    expect(alternativeFor('invorderen', 'ingevorderd', 'innen', true)).toBe('geïnd');
    expect(alternativeFor('vormgeven', 'geeft vorm', 'maken', true)).toBe('maakt');
    // "overdragen" splits ("draagt over"), "overwegen" does not: no guess.
    expect(alternativeFor('delegeren', 'delegeert', 'overdragen', true)).toBeNull();
    // A past tense is not guessed.
    expect(alternativeFor('benutten', 'benutte', 'gebruiken', true)).toBeNull();
  });

  it('adjectives: -e after a short vowel doubles the consonant; "essentiële" is the -e form', () => {
    expect(alternativeFor('doelmatig', 'doelmatige', 'slim', true)).toBe('slimme');
    expect(alternativeFor('essentieel', 'essentiële', 'heel belangrijk', true)).toBe('heel belangrijke');
    expect(alternativeFor('kosteloos', 'kosteloze', 'gratis', true)).toBe('gratis');
    expect(alternativeFor('best practice', 'best practices', 'goed voorbeeld', true)).toBe('goede voorbeelden');
  });

  it('capital at the start of the sentence', () => {
    expect(fixed('Tevens bellen wij u na de zomer.', 'Tevens')).toBe('Ook bellen wij u na de zomer.');
  });
});

describe('the replacement must fit the sentence, or the finding gives advice only', () => {
  it('de/het: the article in the text must suit the new noun', () => {
    expect(genderOf('zorgpakket', false)).toBe('het');
    expect(genderOf('regeling', false)).toBe('de');
    // "het afspraak" / "het overeenkomst": a de-word after "het".
    const convenant = finding('Het convenant met de woningbouw is getekend.', 'convenant');
    expect(convenant.expected).toEqual([]);
    expect(convenant.message).toContain("'afspraak'");
    // "de overleg" is wrong, "de bijeenkomst" is right.
    expect(finding('De meeting begint om negen uur.', 'meeting').expected).toEqual(['bijeenkomst']);
  });

  it('a noun is not replaced by a verb phrase', () => {
    expect(fixed('De leefbaarheid in de straat gaat vooruit.', 'leefbaarheid')).toBeNull();
    expect(fixed('Scholen doen aan kennisdeling met de bibliotheek.', 'kennisdeling')).toBeNull();
  });

  it('word order: a separable verb does not stand before its object', () => {
    // "Het reglement houdt vier regels in", not "houdt in vier regels".
    expect(finding('Het reglement behelst vier regels.', 'behelst').expected).toEqual(['gaat over']);
    expect(fixed('Wij implementeren de nieuwe afvalregels.', 'implementeren')).toBeNull();
    expect(fixed('Het is lastig om dit te implementeren.', 'implementeren')).toBeNull();
    expect(fixed('Wij gaan de nieuwe afvalregels implementeren.', 'implementeren')).toBe('Wij gaan de nieuwe afvalregels invoeren.');
    // "het beleid doorgaan met": the object has to follow the preposition.
    expect(fixed('Wij willen het beleid continueren.', 'continueren')).toBeNull();
  });

  it('a participle or infinitive keeps the preposition its object needs', () => {
    // "heeft zorg gedragen voor goede afspraken": "gezorgd voor" fits, "geregeld goede afspraken" not.
    expect(finding('De gemeente heeft zorg gedragen voor goede afspraken.', 'zorg gedragen voor').expected).toEqual(['gezorgd voor']);
    expect(finding('De gemeente draagt zorg voor goede afspraken.', 'draagt zorg voor').expected).toEqual(['zorgt voor', 'regelt']);
  });

  it('a modal does not take "te"', () => {
    expect(fixed('Wij ambiëren te groeien naar tien buurthuizen.', 'ambiëren')).toBeNull();
  });

  it('a participle with its preposition after "worden" keeps a passive without actor: advice', () => {
    expect(fixed('Er wordt ingezet op veilige fietspaden.', 'ingezet op')).toBeNull();
  });

  it('sense: a word whose plain word depends on the sentence gets advice with the examples', () => {
    const voorts = finding('Voorts vragen wij uw aandacht voor de kosten.', 'Voorts');
    expect(voorts.expected).toEqual([]);
    expect(voorts.message).toMatch(/'verder' of 'ook'/);
    // "echter" → "maar" changes the word order: "Dit is maar lastig" means something else.
    expect(fixed('Dit is echter lastig voor kleine clubs.', 'echter')).toBeNull();
  });

  it('a fix does not start another listed phrase with the words after it', () => {
    // "Gezien de ..." is officialese of its own: only "Door" is left.
    expect(finding('In het licht van de nieuwe wet praten wij met u.', 'In het licht van').expected).toEqual(['Door']);
  });

  it('a verb form that is both present and participle is not guessed', () => {
    // "verricht": "the council performs" or "performed"? The sentence decides, so: advice.
    expect(fixed('De gemeente verricht het werk.', 'verricht')).toBeNull();
  });

  it('a phrase after a noun is not replaced by an adjective', () => {
    // "een project van beperkte omvang" → "een project klein" does not read: advice.
    expect(fixed('Het gaat om een project van beperkte omvang in de wijk.', 'van beperkte omvang')).toBeNull();
  });

  it('a fix does not make the sentence too long', () => {
    // 19 words; written out, 21: over the limit of 20.
    const twenty = 'Wij sturen de brief met de nieuwe tarieven i.p.v. de oude folder naar alle huishoudens in de wijk Oosterveen.';
    const f = finding(twenty, 'i.p.v.');
    expect(f.expected).toEqual([]);
    expect(f.message).toContain("'in plaats van'");
    expect(fixed('Wij sturen i.p.v. een folder een brief.', 'i.p.v.')).toBe('Wij sturen in plaats van een folder een brief.');
  });
});

describe('abbreviations read right in context', () => {
  it('writes a short form out where it stands', () => {
    // (Everyday short forms such as "o.a." and "bijv." get no finding: see the abbreviation rule.)
    expect(fixed('Wij betalen i.p.v. de huur de energie.', 'i.p.v.')).toBe('Wij betalen in plaats van de huur de energie.');
    expect(fixed('Bel ons z.s.m. als u iets merkt.', 'z.s.m.')).toBe('Bel ons zo snel mogelijk als u iets merkt.');
    // "en dergelijke" would be officialese again.
    expect(fixed('Wij kopen stoelen, tafels e.d. voor het buurthuis.', 'e.d.')).toBe('Wij kopen stoelen, tafels en dergelijke voor het buurthuis.');
    // "in het kader van" is "bij" or "voor" depending on the sentence: advice.
    expect(finding('Wij praten i.h.k.v. de nieuwe wet met de buurt.', 'i.h.k.v.').expected).toEqual([]);
    // At the start of a sentence the written-out form keeps the capital.
    expect(fixed('I.p.v. een folder sturen wij een brief.', 'I.p.v.')).toBe('In plaats van een folder sturen wij een brief.');
  });

  it('an acronym is written out before itself, unless the sentence then gets too long', () => {
    expect(fixed('U vraagt hulp aan via de Wmo.', 'Wmo')).toBe('U vraagt hulp aan via de Wet maatschappelijke ondersteuning (Wmo).');
    // 18 words; with the name written out, 21.
    const long = 'Na het gesprek met de consulent vraagt u de hulp thuis bij het huishouden aan via de Wmo.';
    expect(finding(long, 'Wmo').expected).toEqual([]);
    // Part of a longer name: "Wet maatschappelijke ondersteuning (Wmo) 2015" would split it.
    expect(finding('Dit staat in de Wmo 2015 en de Jeugdwet.', 'Wmo').expected).toEqual([]);
  });
});

describe('sense and structure: formulas whose plain word needs another sentence give advice only', () => {
  it('"voornemens zijn" takes a te-infinitive that "willen" cannot take', () => {
    expect(fixed('Het college is voornemens de regeling aan te passen.', 'is voornemens')).toBeNull();
    // The plain word stays in the advice.
    expect(finding('Het college is voornemens de regeling aan te passen.', 'is voornemens').message).toContain("'wil'");
  });

  it('"betreft het" is often followed by the article of the next noun, so "gaat het om" would swallow it', () => {
    expect(fixed('Dit betreft het plan voor de Dorpsstraat.', 'betreft het')).toBeNull();
  });

  it('"kennis nemen van" means taking note, not reading; "in nauwe samenhang met" means related, not together', () => {
    expect(fixed('De raad neemt kennis van de evaluatie.', 'neemt kennis van')).toBeNull();
    expect(fixed('Wij bekijken dit in nauwe samenhang met de woonvisie.', 'in nauwe samenhang met')).toBeNull();
  });

  it('"bezien" is also "seen" ("op zichzelf bezien"), where "bekijken" does not fit', () => {
    expect(fixed('Op zichzelf bezien is dat een goed plan.', 'bezien')).toBeNull();
  });
});

/** The one-click alternatives of the finding on `actual` (the finding itself must be there). */
const oneClick = (text: string, actual: string): string[] => finding(text, actual).expected;

describe('not sure it fits: the finding stays, the one-click fix goes', () => {
  it('a second "te": "teneinde ... te" becomes "om ... te", never "om te ... te"', () => {
    expect(oneClick('Teneinde de wachtlijst te verkorten, huren wij extra mensen in.', 'Teneinde')).toEqual(['Om']);
    expect(fixed('Teneinde de wachtlijst te verkorten, huren wij extra mensen in.', 'Teneinde')).toBe('Om de wachtlijst te verkorten, huren wij extra mensen in.');
  });

  it('a conjunction cannot take a te-infinitive or stand for a preposition', () => {
    expect(oneClick('Wij bellen u alvorens een afspraak te maken.', 'alvorens')).toEqual([]);
    expect(oneClick('Wij wachten alvorens wij besluiten.', 'alvorens')).toEqual(['voordat']);
    // "gelet op de drukte" → "omdat de drukte": advice only, the plain words stay in the message.
    const gelet = finding('Gelet op de drukte sluiten wij later.', 'Gelet op');
    expect(gelet.expected).toEqual([]);
    expect(gelet.message).toContain("'door'");
  });

  it('"door" in a passive names who acts, so it is not offered for the means', () => {
    expect(oneClick('Het formulier wordt middels de post verstuurd.', 'middels')).toEqual(['met', 'via']);
    expect(oneClick('Wij sturen het formulier middels de post.', 'middels')).toEqual(['met', 'via', 'door']);
    // "groener kan worden" is no passive.
    expect(oneClick('Middels een buurtbudget kan de straat groener worden.', 'Middels')).toContain('Door');
  });

  it('"tijdens" takes an event, not a length of time', () => {
    expect(oneClick('De hal blijft gedurende ten minste vijf jaar open.', 'gedurende')).toEqual([]);
    expect(oneClick('Gedurende de zomer is de hal dicht.', 'Gedurende')).toEqual(['Tijdens']);
  });

  it('a preposition after a noun depends on that noun: "regels bij afval" does not read', () => {
    expect(oneClick('De regels op het gebied van afval worden strenger.', 'op het gebied van')).toEqual([]);
    expect(oneClick('Op het gebied van afval verandert veel.', 'Op het gebied van')).toEqual(['Bij']);
  });

  it('"hoeven" only with "te"', () => {
    expect(oneClick('Deze keuze behoeft uitleg.', 'behoeft')).toEqual([]);
    expect(oneClick('U behoeft niets te betalen.', 'behoeft')).toEqual(['hoeft']);
  });

  it('a plural replacement for a singular subject would need another verb form', () => {
    expect(oneClick('Er is een groot aantal klachten binnengekomen.', 'een groot aantal')).toEqual([]);
    expect(oneClick('Wij kregen een groot aantal klachten.', 'een groot aantal')).toEqual(['veel']);
  });

  it('a superlative needs "de" or a possessive before it', () => {
    expect(oneClick('Wij kiezen vier speerpunten voor de wijk.', 'speerpunten')).not.toContain('belangrijkste doelen');
    expect(oneClick('Dit zijn onze speerpunten.', 'speerpunten')).toContain('belangrijkste doelen');
  });

  it('an adjective before the word agrees with the new noun, or the fix is not offered', () => {
    // "het nieuwe situatie": "situatie" and "omgeving" take "de".
    expect(oneClick('Het nieuwe speelveld ligt achter de school.', 'speelveld')).toEqual([]);
    // "een hardnekkig vraag": only the het-word is left.
    expect(oneClick('Armoede is een hardnekkig vraagstuk.', 'vraagstuk')).toEqual(['probleem']);
    // "nauwe overleg": "overleg" takes "het", so the -e does not fit.
    expect(oneClick('Dit vraagt nauwe afstemming met de school.', 'afstemming')).toEqual([]);
    expect(oneClick('Voorlichting is een krachtig instrument.', 'instrument')).toEqual(['middel']);
  });

  it('an adjective used as an adverb takes no phrase that describes a place', () => {
    expect(oneClick('Bewoners kunnen laagdrempelig binnenlopen.', 'laagdrempelig')).toEqual([]);
    expect(oneClick('Het spreekuur is laagdrempelig.', 'laagdrempelig')).toEqual(['makkelijk bereikbaar']);
  });

  it('senses the swap cannot choose between give advice only or a narrower fix', () => {
    // "de kwaliteit is niet genoeg" reads wrong; "voldoende" fits after a noun and a pronoun.
    expect(oneClick('De kwaliteit van de gegevens is niet toereikend.', 'toereikend')).toEqual(['voldoende']);
    // "de wettelijke reden" is not what a "grondslag" is.
    expect(oneClick('De wettelijke grondslag ontbreekt nog.', 'grondslag')).toEqual(['basis']);
    expect(oneClick('Op grond van de wet krijgt u een vergoeding.', 'Op grond van')).toEqual(['Volgens']);
    // "het onderhoud versterken" or "meer doen"? It depends on the object: advice only.
    expect(oneClick('Wij intensiveren het onderhoud van de parken.', 'intensiveren')).toEqual([]);
    // "na beslissen door de raad": a verb cannot stand where the noun stood.
    expect(oneClick('Na besluitvorming door de raad starten wij.', 'besluitvorming')).toEqual([]);
  });
});
