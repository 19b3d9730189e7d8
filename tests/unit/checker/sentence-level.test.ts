import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceLevel } from '../../../shared/checker/readability/sentence';

describe('the reading level of one sentence (finding card)', () => {
  it('finds the sentence around a word', () => {
    const text = 'Wij bellen u. De zelfregie van inwoners groeit! Daarna kijken we verder.';
    const at = text.indexOf('zelfregie');
    const span = sentenceAround(text, at, at + 'zelfregie'.length);
    expect(text.slice(span.start, span.end)).toBe('De zelfregie van inwoners groeit!');
  });

  it('calls a short plain sentence B1 and says why', () => {
    const result = sentenceLevel('De speeltuin gaat in mei weer open.', []);
    expect(result.level).toBe('B1');
    expect(result.reasons[0]).toBe('Deze zin heeft 7 woorden. Dat past bij B1.');
    expect(result.reasons[1]).toBe('Er staan geen moeilijke woorden in.');
  });

  it('calls a long sentence full of hard words C1, naming its length and the words', () => {
    const sentence =
      'Teneinde de zelfredzaamheid van kwetsbare inwoners te bevorderen, wordt binnen het sociaal domein ingezet op een integrale en domeinoverstijgende benadering van ondersteuningsvragen.';
    const result = sentenceLevel(sentence, ['Teneinde', 'zelfredzaamheid', 'sociaal domein', 'integrale', 'domeinoverstijgende']);
    expect(result.level).toBe('C1');
    expect(result.reasons[0]).toBe('Deze zin heeft 22 woorden. Voor B1 is 15 of minder beter.');
    expect(result.reasons[1]).toContain('Er staan 5 moeilijke woorden in: Teneinde, zelfredzaamheid');
    expect(result.reasons[2]).toMatch(/^De Flesch-Douma-score van deze zin is \d+(,\d)?/);
  });

  it('writes the score the Dutch way and never below 0', () => {
    const result = sentenceLevel('Gemeentelijke verantwoordelijkheidsverdeling interbestuurlijke informatievoorziening.', []);
    expect(result.fleschDouma).toBe(0);
    expect(result.reasons[2]).toContain('lager dan 0');
  });
});
