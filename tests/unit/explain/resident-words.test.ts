// Panel mode explains the words the writer is not told about (familiar dictionary words, short
// names every letter uses, everyday short forms), from the real dictionaries, while the writer's
// findings stay as they are.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker/index';
import { builtinDictionary } from '../../../shared/checker/dictionary/builtin';
import { parseDictionaryFile } from '../../../shared/checker/dictionary/loader';
import { builtinResidentWords } from '../../../shared/explain/builtin-resident-words';
import { residentWords, termsForResidents } from '../../../shared/explain/resident-words';
import type { ExplainedTerm } from '../../../shared/explain/term-explanation';

const lookup = builtinResidentWords();
const dictionary = builtinDictionary();
const entry = (id: string) => dictionary.terms.find((item) => item.id === id)!;
const abbreviation = (abbr: string) => dictionary.abbreviations.find((item) => item.abbr === abbr)!;

/** "text@start" per explained word, to read the places at a glance. */
function places(text: string, terms: readonly ExplainedTerm[]): string[] {
  return terms.map(({ place }) => `${text.slice(place.start, place.end)}@${place.start}`);
}
const find = (text: string) => lookup.inBlock({ id: 'b', text });

describe('resident words: the familiar words panel mode explains', () => {
  it('finds wijkteam with the resident explanation from its dictionary entry', () => {
    const text = 'Het wijkteam helpt u verder.';
    const found = find(text);
    expect(places(text, found)).toEqual(['wijkteam@4']);
    expect(found[0]!.explanation).toEqual({ term: 'wijkteam', explanation: entry('wijkteam').residentExplanation });
    expect(found[0]!.place.blockId).toBe('b');
  });

  it('finds AOW with what it stands for and its explanation from the abbreviation list', () => {
    const text = 'U krijgt AOW. Vanaf de AOW-leeftijd.';
    const found = find(text);
    expect(places(text, found)).toEqual(['AOW@9', 'AOW@23']);
    const aow = abbreviation('AOW');
    for (const term of found) expect(term.explanation).toEqual({ term: 'AOW', meaning: aow.expansion, explanation: aow.explanation });
  });

  it('finds "eigen bijdrage" as one phrase, also in the plural and at the start of a sentence', () => {
    const text = 'Eigen bijdrage: u betaalt een eigen bijdragen per maand. Uw eigen mening telt.';
    const found = find(text);
    expect(places(text, found)).toEqual(['Eigen bijdrage@0', 'eigen bijdragen@30']);
    expect(found[1]!.explanation).toEqual({ term: 'eigen bijdragen', explanation: entry('eigen-bijdrage').residentExplanation });
  });

  it('does not find the words inside unrelated words, nor lower-case look-alikes of short names', () => {
    const text = 'De buurtwijkteamleider, de mantelzorgerskaart en de aow-lijst; BSNummer, WOZwaarde en een eigen bijdrageregeling. Woz.';
    expect(find(text)).toEqual([]);
  });

  it('explains every use, like the words from findings: a resident may start reading anywhere', () => {
    const text = 'Het wijkteam belt u. Daarna komt het wijkteam langs. Het UWV en het UWV.';
    expect(places(text, find(text))).toEqual(['wijkteam@4', 'wijkteam@37', 'UWV@57', 'UWV@68']);
  });

  it('explains the everyday short forms by their plain words, and not the official ones (those make findings)', () => {
    const text = 'Bijv. een uitkering, o.a. de AOW, enz. Dat is i.p.v. de oude regel.';
    const found = find(text);
    expect(places(text, found)).toEqual(['Bijv.@0', 'o.a.@21', 'AOW@29', 'enz.@34']);
    expect(found.map(({ explanation }) => explanation.meaning)).toEqual(['bijvoorbeeld', 'onder andere', abbreviation('AOW').expansion, 'enzovoort']);
  });

  it('finds mantelzorger in its plural and the variant "sociaal wijkteam" as one phrase', () => {
    const text = 'Mantelzorgers en het sociaal wijkteam.';
    const found = find(text);
    expect(places(text, found)).toEqual(['Mantelzorgers@0', 'sociaal wijkteam@21']);
    expect(found[1]!.explanation.explanation).toBe(entry('wijkteam').residentExplanation);
  });

  it('looks only for familiar entries and known short names: other words come from the findings', () => {
    const own = residentWords({
      terms: [entry('wijkteam'), { ...entry('wijkteam'), id: 'zelfregie', term: 'zelfregie', variants: [], familiar: false }],
      abbreviations: [abbreviation('AOW'), abbreviation('Wmo')],
      knownShortNames: new Set(['AOW']),
      shortForms: new Map(),
    });
    const text = 'Zelfregie, de Wmo, de AOW en het wijkteam.';
    expect(places(text, own.inBlock({ id: 'b', text }))).toEqual(['AOW@22', 'wijkteam@33']);
  });
});

describe('terms for residents: findings and the lookup together', () => {
  const checker = createChecker();

  it('adds the familiar words to the findings\' words, in text order, and keeps the writer\'s findings as they were', () => {
    const blocks = [
      { id: 'a', kind: 'paragraph' as const, text: 'Het wijkteam werkt aan zelfregie. De Wmo en de AOW.' },
      { id: 'c', kind: 'paragraph' as const, text: 'Uw eigen bijdrage gaat naar het CAK.' },
    ];
    const findings = checker.checkDocument(blocks).findings;
    // The writer is told nothing about the familiar words.
    expect(findings.some((finding) => /wijkteam|AOW|eigen bijdrage/.test(finding.actual))).toBe(false);
    const terms = termsForResidents(findings, blocks, lookup);
    expect(terms.map(({ place, explanation }) => `${place.blockId}:${explanation.term}`)).toEqual(['a:wijkteam', 'a:zelfregie', 'a:Wmo', 'a:AOW', 'c:eigen bijdrage', 'c:CAK']);
    expect(termsForResidents(findings, blocks, null).map(({ explanation }) => explanation.term)).toEqual(['zelfregie', 'Wmo', 'CAK']);
  });

  it('a word a finding explains keeps the finding\'s explanation (an organisation list may make a familiar word a finding again)', () => {
    const blocks = [{ id: 'a', kind: 'paragraph' as const, text: 'Het wijkteam helpt.' }];
    const strict = createChecker({ dictionaries: [{ kind: 'custom', terms: [{ ...entry('wijkteam'), familiar: false, explanation: 'Uitleg van de organisatie.' }] }] });
    const terms = termsForResidents(strict.checkDocument(blocks).findings, blocks, lookup);
    expect(terms).toHaveLength(1);
    expect(terms[0]!.explanation.explanation).toBe('Uitleg van de organisatie.');
  });
});

describe('resident explanations are plain Dutch', () => {
  const checker = createChecker();
  const texts = [
    ...dictionary.terms.filter((item) => item.familiar === true).map((item) => ({ word: item.term, text: item.residentExplanation! })),
    ...['AOW', 'UWV', 'BSN', 'WOZ'].map((abbr) => ({ word: abbr, text: abbreviation(abbr).explanation })),
  ];

  it('every familiar entry has a resident explanation, and the checker finds nothing to improve in any of them', () => {
    expect(texts.map(({ word }) => word)).toEqual(expect.arrayContaining(['wijkteam', 'mantelzorger', 'eigen bijdrage', 'AOW', 'WOZ']));
    for (const { word, text } of texts) {
      expect(text, word).toBeTruthy();
      const findings = checker.checkText(text, 'text').findings.map((finding) => `${finding.ruleId}: ${finding.actual}`);
      expect(findings, `${word}: ${text}`).toEqual([]);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(15);
    }
  });

  it('the dictionary schema refuses a familiar word without a resident explanation', () => {
    const { residentExplanation: _dropped, ...bare } = entry('wijkteam');
    expect(() => parseDictionaryFile('test.terms.json', { kind: 'terms', name: 'test', entries: [bare] })).toThrow(/residentExplanation/);
    expect(() => parseDictionaryFile('test.terms.json', { kind: 'terms', name: 'test', entries: [{ ...bare, familiar: false }] })).not.toThrow();
  });
});
