import { describe, expect, it } from 'vitest';
import { actualsOf, findingsOf, fixtureChecker } from '../fixture-checker';

describe('double-negative rule', () => {
  it('finds two negations in one clause and niet + negative adjective', () => {
    expect(actualsOf('double-negative', 'Niemand hoeft niets te betalen.')).toEqual(['Niemand hoeft niets']);
    expect(actualsOf('double-negative', 'Het is niet onbelangrijk om op tijd te komen.')).toEqual(['niet onbelangrijk']);
    expect(actualsOf('double-negative', 'Dat is niet ongebruikelijk in de zomer.')).toEqual(['niet ongebruikelijk']);
  });

  it('leaves negations in separate clauses and niet + onder... alone', () => {
    expect(actualsOf('double-negative', 'U hoeft niet te betalen als u geen inkomen hebt.')).toEqual([]);
    expect(actualsOf('double-negative', 'Wij kunnen dit niet ondersteunen.')).toEqual([]);
    expect(actualsOf('double-negative', 'Ik heb het niet ontvangen.')).toEqual([]);
  });
});

describe('vague-filler rule', () => {
  it('finds filler words and phrases', () => {
    expect(actualsOf('vague-filler', 'In principe krijgt u eigenlijk altijd antwoord.')).toEqual(['In principe', 'eigenlijk']);
    // At the start of a sentence the replacement keeps the capital, so the fixed sentence reads right.
    expect(findingsOf('vague-filler', 'Wellicht komt er een nieuwe regeling.')[0]?.expected).toEqual(['Misschien']);
    expect(findingsOf('vague-filler', 'Er komt wellicht een nieuwe regeling.')[0]?.expected).toEqual(['misschien']);
  });

  it('leaves plain words alone', () => {
    expect(actualsOf('vague-filler', 'Wij zijn op maandag open. Het principe is simpel.')).toEqual([]);
  });
});

describe('long-paragraph rule', () => {
  const sentence = 'We halen het afval op maandag op.';
  it('flags a paragraph with too many sentences, marking only its first sentence', () => {
    const text = Array.from({ length: 8 }, () => sentence).join(' ');
    const [finding] = findingsOf('long-paragraph', text);
    expect(finding?.actual).toBe(sentence);
    expect(finding?.message).toContain('8 zinnen');
  });

  it('leaves a short paragraph and list items alone', () => {
    expect(findingsOf('long-paragraph', Array.from({ length: 7 }, () => sentence).join(' '))).toEqual([]);
    const checker = fixtureChecker({ config: { 'long-paragraph': { maxSentences: 1 } } });
    const result = checker.checkText(`- ${sentence} ${sentence}`, 'markdown');
    expect(result.findings.filter((f) => f.ruleId === 'long-paragraph')).toEqual([]);
  });
});

describe('rule configuration', () => {
  it('switches rules off', () => {
    const checker = fixtureChecker({ config: { jargon: { enabled: false }, 'vague-filler': { enabled: false } } });
    const text = 'Het beleidskader is eigenlijk klaar.';
    expect(checker.checkText(text).findings.map((f) => f.ruleId)).toEqual([]);
    expect(fixtureChecker().checkText(text).findings.map((f) => f.ruleId).sort()).toEqual(['jargon', 'vague-filler']);
  });
});
