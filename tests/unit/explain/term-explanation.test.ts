// What a resident is told about hard words, checked against the real checker and the real
// dictionary files: the explanation must be the dictionary's own text for the word in the note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker/index';
import type { Finding } from '../../../shared/checker/types';
import { explainedTerms, explanationOf, forResidents, withLaterAbbreviations } from '../../../shared/explain/term-explanation';

const dictionary = (name: string) => JSON.parse(readFileSync(new URL(`../../../dictionaries/nl/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const termEntries = (dictionary('sociaal-domein.terms.json') as { entries: Array<{ term: string; explanation?: string }> }).entries;
const allTermFiles = ['ambtelijk', 'bestuur', 'juridisch', 'leenwoorden', 'sociaal-domein', 'vage-beleidstaal', 'zorg-welzijn'];
const allEntries = allTermFiles.flatMap((name) => (dictionary(`${name}.terms.json`) as { entries: Array<{ term: string; explanation?: string }> }).entries);
const abbreviations = (dictionary('abbreviations.json') as { entries: Array<{ abbr: string; expansion: string; explanation?: string }> }).entries;

const checker = createChecker();
const text = 'Wij willen de zelfregie van inwoners vergroten. De Wmo helpt daarbij. Dit geldt i.p.v. de oude regel.';
const findings = checker.checkText(text, 'text').findings;

describe('explanations for residents', () => {
  it('a jargon word gets the explanation from the dictionary, and nothing written for the writer', () => {
    const entry = termEntries.find((item) => item.term === 'zelfregie');
    expect(entry?.explanation).toBeTruthy();
    const finding = findings.find((item) => item.ruleId === 'jargon' && item.actual === 'zelfregie');
    expect(finding).toBeDefined();
    expect(explanationOf(finding!)).toEqual({ term: 'zelfregie', explanation: entry!.explanation });
  });

  it('an abbreviation is explained by what it stands for, plus the dictionary explanation', () => {
    const entry = abbreviations.find((item) => item.abbr === 'Wmo')!;
    const finding = findings.find((item) => item.ruleId === 'abbreviation' && item.actual === 'Wmo');
    expect(finding).toBeDefined();
    expect(explanationOf(finding!)).toEqual({ term: 'Wmo', meaning: entry.expansion, explanation: entry.explanation });
  });

  it('an abbreviation the writer gets no one-click fix for (part of a name, "Wmo 2015") is still explained to residents', () => {
    const entry = abbreviations.find((item) => item.abbr === 'Wmo')!;
    const inName = checker.checkText('De hulp valt onder de Wmo 2015 en de Jeugdwet.', 'text').findings.find((item) => item.ruleId === 'abbreviation' && item.actual === 'Wmo');
    expect(inName?.expected).toEqual([]);
    expect(explanationOf(inName!)).toEqual({ term: 'Wmo', meaning: entry.expansion, explanation: entry.explanation });
  });

  it('a written shortcut is explained by its plain words, without the writing advice', () => {
    const finding = findings.find((item) => item.ruleId === 'abbreviation' && item.actual.startsWith('i.p.v'));
    expect(finding).toBeDefined();
    const explained = explanationOf(finding!);
    expect(explained?.meaning).toBe(finding!.expected[0]);
    expect(explained?.explanation).toBeUndefined();
  });

  it('findings that are about the sentence, not a word, get no explanation', () => {
    const long = checker.checkText(
      'Het college heeft besloten dat de inwoners die gebruik maken van de regeling en die in de wijk wonen waar de nieuwe voorzieningen worden gebouwd en waar de gemeente de komende jaren veel geld aan zal uitgeven een brief ontvangen.',
      'text',
    ).findings;
    const sentence = long.filter((item) => item.ruleId === 'long-sentence' || item.ruleId === 'passive');
    expect(sentence.length).toBeGreaterThan(0);
    expect(explainedTerms(sentence)).toEqual([]);
  });

  it('an entry without an explanation or an empty range is left out', () => {
    const base: Finding = { ruleId: 'jargon', source: 'helder', severity: 'error', blockId: 'b', start: 0, end: 4, line: 1, column: 1, actual: 'kaal', expected: ['x'], message: 'm' };
    expect(explanationOf(base)).toBeNull();
    expect(explainedTerms([{ ...base, explanation: 'Uitleg.', end: 0 }])).toEqual([]);
    expect(explainedTerms([{ ...base, explanation: 'Uitleg.' }])).toHaveLength(1);
  });

  it('advice meant for the writer is left out; what the word means stays', () => {
    expect(forResidents("Teneinde betekent: om. Schrijf gewoon 'om' of 'om te'.")).toBe('Teneinde betekent: om.');
    expect(forResidents('In het kader van betekent: bij of voor. Vaak kunt u het gewoon weglaten.')).toBe('In het kader van betekent: bij of voor.');
    expect(forResidents('Inzetten op betekent: werken aan of kiezen voor. Zeg liever wat u precies gaat doen.')).toBe('Inzetten op betekent: werken aan of kiezen voor.');
    expect(forResidents("'Dienen te' betekent: moeten. 'U dient te betalen' is: 'u moet betalen'.")).toBe("'Dienen te' betekent: moeten. 'U dient te betalen' is: 'u moet betalen'.");
  });

  it('every dictionary word keeps a non-empty explanation for residents, without writing advice', () => {
    expect(allEntries.length).toBeGreaterThan(500);
    for (const entry of allEntries) {
      const text = forResidents(entry.explanation ?? 'x');
      expect(text.length, entry.term).toBeGreaterThan(0);
      expect(text, entry.term).not.toMatch(/(^|[.!?] )(Schrijf|Zeg liever|Noem) /);
    }
  });

  it('every later use of an explained abbreviation is explained too, as a whole word only', () => {
    const blocks = [
      { id: 'a', text: 'Over de Wmo', kind: 'heading' as const, level: 2 },
      { id: 'b', text: 'De Wmo helpt u thuis. Met de Wmo kunt u meedoen.' },
      { id: 'c', text: 'Vraag hulp via de Wmo-loket of bij WmoZorg.' },
      { id: 'd', text: 'Ook de Wmo geldt hier.' },
    ].map((block) => ({ kind: 'paragraph' as const, ...block }));
    const terms = explainedTerms(checker.checkDocument(blocks).findings);
    const first = terms.filter(({ explanation }) => explanation.term === 'Wmo');
    expect(first.map(({ place }) => place.blockId)).toEqual(['b']); // the checker: first use in running text only
    const all = withLaterAbbreviations(terms, blocks).filter(({ explanation }) => explanation.term === 'Wmo');
    const places = all.map(({ place }) => {
      const text = blocks.find((block) => block.id === place.blockId)!.text;
      return `${place.blockId}:${text.slice(place.start, place.end)}@${place.start}`;
    });
    expect(places).toEqual(['a:Wmo@8', 'b:Wmo@3', 'b:Wmo@29', 'c:Wmo@18', 'd:Wmo@7']);
    expect(new Set(all.map(({ explanation }) => explanation.meaning))).toEqual(new Set([abbreviations.find((item) => item.abbr === 'Wmo')!.expansion]));
  });
});
