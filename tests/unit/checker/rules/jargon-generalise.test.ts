// The built-in officialese list on text it was not tuned on: ordinary words a resident knows stay
// quiet, and the forms an official actually writes (a participle, a separated verb, a subordinate
// clause) are found like the form in the list. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../../shared/checker/index';

const builtin = createChecker();
const jargon = (text: string): string[] =>
  builtin
    .checkText(text)
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => f.actual);

describe('ordinary words are not officialese', () => {
  it('leaves intensifiers, everyday verbs and plain time words alone', () => {
    expect(jargon('De buurt vroeg nadrukkelijk om een zebrapad.')).toEqual([]);
    expect(jargon('De school wil kinderen stimuleren om te lezen.')).toEqual([]);
    expect(jargon('Lever het formulier tijdig in bij de balie.')).toEqual([]);
    expect(jargon('Er moeten ten minste tien mensen meedoen.')).toEqual([]);
    expect(jargon('De jaarrekening van de voetbalclub klopt.')).toEqual([]);
  });
});

describe('words with an everyday sense and a council sense', () => {
  it('leaves "krediet" as a loan alone and finds the budget the council makes available', () => {
    expect(jargon('De bank gaf hem geen krediet voor een nieuwe auto.')).toEqual([]);
    expect(jargon('Wie weinig verdient, krijgt moeilijk kredieten.')).toEqual([]);
    expect(jargon('Wij vragen u een krediet van 3 miljoen euro voor de school.')).toEqual(['een krediet van']);
    expect(jargon('Daarna worden de kredieten beschikbaar gemaakt.')).toEqual(['kredieten beschikbaar']);
  });
});

describe('general forms of entries in the list', () => {
  it('finds the participle and present tense of a listed verb', () => {
    expect(jargon('Het overzicht is vorige week geactualiseerd.')).toEqual(['geactualiseerd']);
    expect(jargon('De gemeente actualiseert de lijst elk jaar.')).toEqual(['actualiseert']);
    expect(jargon('De afspraken zijn vorige maand geformaliseerd.')).toEqual(['geformaliseerd']);
    expect(jargon('De provincie waarborgt de veiligheid op de dijk.')).toEqual(['waarborgt']);
  });

  it('finds "activiteiten ontplooien" with "te" and in a main clause', () => {
    expect(jargon('De club wil meer activiteiten te ontplooien in de zomer.')).toEqual(['activiteiten te ontplooien']);
    expect(jargon('De stichting ontplooit activiteiten voor ouderen.')).toEqual(['ontplooit activiteiten']);
  });

  it('finds a verb phrase whose parts a subject or adverb has pushed apart', () => {
    expect(jargon('Met dit plan geeft de wethouder invulling aan de afspraken.')).toEqual(['geeft de wethouder invulling aan']);
    expect(jargon('Zo geven wij hiermee uitvoering aan het plan.')).toEqual(['geven wij hiermee uitvoering aan']);
    expect(jargon('Elk jaar legt de directeur van de stichting verantwoording af.')).toEqual(['legt de directeur van de stichting verantwoording af']);
  });

  it('finds an empty frame that a bare infinitive clause follows, without "om"', () => {
    expect(jargon('Het is van belang deze regels goed te kennen.')).toEqual(['Het is van belang']);
    expect(jargon('Het is zaak daar samen iets moois van te maken.')).toEqual(['Het is zaak']);
  });

  it('finds an empty frame in a subordinate clause', () => {
    expect(jargon('Wij schrijven dat het gewenst is de markt te houden.')).toEqual(['dat het gewenst is']);
    expect(jargon('Omdat het van groot belang is, komt er een tweede ronde.')).toEqual(['Omdat het van groot belang is']);
    expect(jargon('Zij belt ons als het zaak is.')).toEqual(['als het zaak is']);
  });

  it('finds classic officialese words that every B1 word list names, in their forms', () => {
    expect(jargon('Die vraag krijgen wij dikwijls aan de balie.')).toEqual(['dikwijls']);
    expect(jargon('De kosten van de brug sturen wij u separaat.')).toEqual(['separaat']);
    expect(jargon('Het nieuwe fietspad is in juni gereed.')).toEqual(['gereed']);
    expect(jargon('Zo willen wij onze plannen verwezenlijken.')).toEqual(['verwezenlijken']);
    expect(jargon('In de brief wordt gerefereerd aan het rapport.')).toEqual(['wordt gerefereerd']);
    expect(jargon('Er komt een bankje in de nabijheid van de vijver.')).toEqual(['in de nabijheid van']);
  });

  it('leaves plain sentences with the same words alone', () => {
    expect(jargon('Het gereedschap ligt in de schuur.')).toEqual([]);
    expect(jargon('Zij geeft de kinderen les in de aula.')).toEqual([]);
    expect(jargon('Hij legt het boek op tafel.')).toEqual([]);
    expect(jargon('Wij denken dat het goed is.')).toEqual([]);
    expect(jargon('Het is belangrijk voor de buurt.')).toEqual([]);
    expect(jargon('De invulling van het formulier kost tijd.')).toEqual([]);
  });
});
