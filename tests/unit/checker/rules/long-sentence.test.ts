import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureChecker } from '../fixture-checker';

const words = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? 'De' : i % 2 ? 'huis' : 'de')).join(' ');

describe('long-sentence rule', () => {
  it('says nothing up to 20 words', () => {
    expect(findingsOf('long-sentence', `${words(20)}.`)).toEqual([]);
  });

  it('warns above 20 words and gives an error above 30', () => {
    expect(findingsOf('long-sentence', `${words(21)}.`)[0]?.severity).toBe('warning');
    expect(findingsOf('long-sentence', `${words(30)}.`)[0]?.severity).toBe('warning');
    expect(findingsOf('long-sentence', `${words(31)}.`)[0]?.severity).toBe('error');
    expect(findingsOf('long-sentence', `${words(31)}.`)[0]?.message).toContain('31 woorden');
  });

  it('counts numbers and abbreviations as words, punctuation not', () => {
    // 23 words as a reader counts them: "3,5" and "Wmo" are words; dashes and commas are not.
    const sentence = 'Op 1 januari 2025 kregen 3,5 procent meer mensen hulp uit de Wmo , en – dat is goed – de wachttijd werd korter dan ooit.';
    const finding = findingsOf('long-sentence', sentence)[0];
    expect(finding?.message).toContain('23 woorden');
  });

  it('checks each sentence on its own', () => {
    // 26 words: past the 21–25 a plain paragraph may hold (plain-text-settle.test.ts).
    const text = `${words(15)}. ${words(26)}. ${words(10)}.`;
    const found = findingsOf('long-sentence', text);
    expect(found).toHaveLength(1);
    expect(found[0]?.start).toBe(text.indexOf(words(26) + '.'));
  });

  it('uses configured thresholds', () => {
    const checker = fixtureChecker({ config: { 'long-sentence': { warnAbove: 10, errorAbove: 12 } } });
    expect(findingsOf('long-sentence', `${words(11)}.`, checker)[0]?.severity).toBe('warning');
    expect(findingsOf('long-sentence', `${words(13)}.`, checker)[0]?.severity).toBe('error');
  });

  it('does not treat "u." as the end of an abbreviation', () => {
    // 18 + 12 words: together they would be too long, apart they are fine.
    const text = 'Wij sturen u binnen twee weken een brief met de uitslag van uw aanvraag voor hulp aan u. Daarna belt een medewerker van het team om een afspraak te maken.';
    expect(findingsOf('long-sentence', text)).toEqual([]);
  });
});
