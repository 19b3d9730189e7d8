// Empty sentence frames (dictionaries/nl/word-lists/frames.json) and the officialese phrases from
// raadsstukken (dictionaries/nl/raadsstukken.terms.json). Every sentence here is written for the
// test, none comes from the accuracy corpus.
import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf } from '../fixture-checker';
import { compileFrame, frameEnd } from '../../../../shared/checker/rules/frames';
import { createChecker } from '../../../../shared/checker/index';
import { analyseBlock } from '../../../../shared/checker/analyse';

describe('empty sentence frames', () => {
  it('finds frames that say nothing, in their different word orders', () => {
    expect(actualsOf('jargon', 'Het college acht het wenselijk dat de bibliotheek langer open is.')).toEqual(['acht het wenselijk']);
    expect(actualsOf('jargon', 'Wij achten het niet verstandig om de brug nu te sluiten.')).toEqual(['achten het niet verstandig']);
    expect(actualsOf('jargon', 'Door de drukte was het raadzaam om de markt te verplaatsen.')).toEqual(['was het raadzaam om']);
    expect(actualsOf('jargon', 'Het streven is erop gericht om alle daken te benutten.')).toEqual(['Het streven is erop gericht']);
    expect(actualsOf('jargon', 'Er heerst nog veel onzekerheid over de grondprijs.')).toEqual(['Er heerst nog veel onzekerheid']);
    expect(actualsOf('jargon', 'Daarbij merken wij op dat de kosten stijgen.')).toEqual(['merken wij op dat']);
    expect(actualsOf('jargon', 'Een snelle oplossing valt niet te verwachten.')).toEqual(['valt niet te verwachten']);
    expect(actualsOf('jargon', 'Met de nieuwe fietsroute is een eerste stap voorwaarts gezet.')).toEqual(['is een eerste stap voorwaarts gezet']);
    expect(actualsOf('jargon', 'Wij hebben een goede stap gezet.')).toEqual(['een goede stap gezet']);
    expect(actualsOf('jargon', 'De wijkraad heeft een zorgvuldig en open proces doorlopen.')).toEqual(['een zorgvuldig en open proces doorlopen']);
    expect(actualsOf('jargon', 'Zoals hierboven beschreven gaat de school in mei dicht.')).toEqual(['Zoals hierboven beschreven']);
    expect(actualsOf('jargon', 'Gesteld kan worden dat de proef geslaagd is.')).toEqual(['Gesteld kan worden dat']);
    expect(actualsOf('jargon', 'De wijk vergrijst. Dit vraagt om andere woningen.')).toEqual(['Dit vraagt om']);
  });

  it('finds "ter ...ing van" with any noun in -ing or -atie', () => {
    expect(actualsOf('jargon', 'Wij planten bomen ter verkoeling van de straat.')).toEqual(['ter verkoeling van']);
    expect(actualsOf('jargon', 'Het geld is ter compensatie van de extra ritten.')).toEqual(['ter compensatie van']);
  });

  it('gives advice, never a one-click swap: the writer has to rebuild the sentence', () => {
    const [finding] = findingsOf('jargon', 'Er wordt naar gestreefd om de wachtlijst te halveren.');
    expect(finding?.actual).toBe('Er wordt naar gestreefd');
    expect(finding?.expected).toEqual([]);
    expect(finding?.message).toContain('wij willen');
    expect(finding?.termId).toBe('frame-naar-gestreefd');
  });

  it('leaves plain sentences alone', () => {
    expect(actualsOf('jargon', 'Het is belangrijk dat u op tijd komt.')).toEqual([]);
    expect(actualsOf('jargon', 'Wij vinden het goed dat de bus weer rijdt.')).toEqual([]);
    expect(actualsOf('jargon', 'Zoals u weet, gaat het zwembad dicht.')).toEqual([]);
    expect(actualsOf('jargon', 'Hij zette een stap naar voren.')).toEqual([]);
    expect(actualsOf('jargon', 'De buurman vraagt om hulp bij het verhuizen.')).toEqual([]);
    expect(actualsOf('jargon', 'Ter info: de markt is op zaterdag.')).toEqual([]);
  });

  it('leaves the passive inside a frame to the frame: one finding per span', () => {
    const builtin = createChecker();
    const rules = (text: string) => builtin.checkText(text).findings.map((f) => f.ruleId);
    expect(rules('Er wordt naar gestreefd om de wachtlijst te halveren.')).toEqual(['jargon']);
    expect(rules('Hiermee is een belangrijke stap gezet.')).toEqual(['jargon']);
    expect(rules('Wij doen dit ter verbetering van de straat.')).toEqual(['jargon']);
  });

  it('does not run a frame across a comma', () => {
    expect(actualsOf('jargon', 'Het is, na veel overleg, wenselijk gebleken.')).toEqual([]);
    expect(actualsOf('jargon', 'Wij achten het, zeker nu, wenselijk.')).toEqual([]);
  });

  it('reads optional places, word rows and a regular expression place from the pattern', () => {
    const frame = compileFrame('test', 'er wordt ?nu naar_behoren ~.+isch|.+ig', 'advies');
    const endOf = (text: string): number => {
      const { tokens } = analyseBlock(text, 'paragraph');
      return frameEnd(frame, tokens, 0, tokens.length);
    };
    expect(frame.slots.map((s) => s.optional)).toEqual([false, false, true, false, false]);
    expect(endOf('Er wordt naar behoren logisch gedacht.')).toBe(5);
    expect(endOf('Er wordt nu naar behoren zuinig gewerkt.')).toBe(6);
    expect(endOf('Er wordt naar behoren gewerkt.')).toBe(-1);
    expect(endOf('Er wordt naar, behoren logisch gedacht.')).toBe(-1);
  });
});

describe('officialese from raadsstukken', () => {
  // These tests are about the built-in list itself, so they use it rather than the fixture list.
  const builtin = createChecker();
  const findingsOf = (rule: 'jargon', text: string) => builtin.checkText(text).findings.filter((f) => f.ruleId === rule);
  const actualsOf = (rule: 'jargon', text: string) => findingsOf(rule, text).map((f) => f.actual);

  it('finds formulas with a swap that keeps the sentence right', () => {
    const swap = (text: string) => findingsOf('jargon', text).map((f) => [f.actual, f.expected]);
    expect(swap('Gelet op het bovenstaande stoppen wij met de proef.')).toEqual([['Gelet op het bovenstaande', ['Daarom']]]);
    expect(swap('De wethouder is met kennisgeving afwezig.')).toEqual([['met kennisgeving afwezig', ['afgemeld']]]);
    expect(swap('De schade aan de kade is van beperkte omvang.')).toEqual([['van beperkte omvang', ['klein']]]);
    expect(swap('De geraamde kosten vallen mee.')).toEqual([['geraamde', ['geschatte']]]);
    expect(swap('De kosten worden naar rato van het aantal leerlingen verdeeld.')).toEqual([['naar rato van', ['in verhouding tot']]]);
    expect(swap('Wij verzoeken u de bon te bewaren.')).toEqual([['Wij verzoeken u', ['Wij vragen u']]]);
    expect(swap('De voorliggende begroting is sluitend.')).toEqual([['De voorliggende', ['Deze']]]);
    expect(swap('Wij spraken met een drietal buurtbewoners.')).toEqual([['een drietal', ['drie']]]);
    expect(swap('De kosten zijn te dekken uit de reserve.')).toEqual([['te dekken uit', ['te betalen uit']]]);
  });

  it('gives advice only where a swap would break the word order', () => {
    const [found] = findingsOf('jargon', 'De buurt stemt in met het plan.');
    expect(found?.actual).toBe('stemt in met');
    expect(found?.expected).toEqual([]);
    expect(found?.message).toContain('is het eens met');
    expect(actualsOf('jargon', 'Wij hebben de knelpunten in kaart gebracht en in beeld te brengen wat nodig is.')).toEqual(['in kaart gebracht', 'in beeld te brengen']);
  });

  it('finds vague quantities and hedges', () => {
    expect(actualsOf('jargon', 'Ouders klaagden diverse malen over de drukte.')).toEqual(['diverse malen']);
    expect(actualsOf('jargon', 'Jongeren worden in onvoldoende mate bereikt.')).toEqual(['in onvoldoende mate']);
    expect(actualsOf('jargon', 'Het overgrote deel van de bomen blijft staan.')).toEqual(['Het overgrote deel']);
  });

  it('takes a formula after a capitalised name as a formula, not as part of the name', () => {
    expect(actualsOf('jargon', 'Met hulp van het Energieloket een groot aantal woningen geïsoleerd.')).toEqual(['een groot aantal']);
    // A jargon term right after a capitalised word is still read as part of the name, and so is a
    // formula with a capital inside or right after it.
    expect(actualsOf('jargon', 'Dit staat in de Wet maatschappelijke ondersteuning.')).toEqual([]);
    expect(actualsOf('jargon', 'Lees de nota Wonen Ten Behoeve Van Iedereen.')).toEqual([]);
    expect(actualsOf('jargon', 'Het programma Zorg in Samenspraak met Buren loopt door.')).toEqual([]);
  });

  it("finds 'welke' as a relative pronoun after a comma, not as a question word", () => {
    expect(actualsOf('jargon', 'Wij maken een plan, welke wij in mei bespreken.')).toEqual(['welke']);
    expect(actualsOf('jargon', 'De kosten, welke jaarlijks stijgen, betaalt de gemeente.')).toEqual(['welke']);
    expect(findingsOf('jargon', 'Er komt een rooster, welke door de school wordt gemaakt.')[0]?.expected).toEqual([]);
    expect(actualsOf('jargon', 'Wij weten nog niet welke scholen meedoen.')).toEqual([]);
    expect(actualsOf('jargon', 'Welke straten krijgen nieuwe bomen?')).toEqual([]);
    expect(actualsOf('jargon', 'Kijk op de kaart, welke straten aan de beurt zijn.')).toEqual([]);
  });
});
