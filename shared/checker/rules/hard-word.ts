// Hard words: many syllables (counted with Dutch hyphenation patterns) or a very long compound.
// Frequent long words from allowed-long-words.json and accepted custom words are not flagged.
import type { Token } from '../analyse';
import type { CompiledDictionary } from '../dictionary/matcher';
import { countSyllables } from '../readability/syllables';
import { defineRule, type RuleSettings } from './define';

export interface HardWordSettings extends RuleSettings {
  minSyllables: number;
  maxLetters: number;
}

export type Hardness = 'syllables' | 'length' | null;

/** Why a token is hard, or null. Shared by the rule and the readability figures. */
export function hardness(token: Token, syllables: number, settings: HardWordSettings, dictionary: CompiledDictionary): Hardness {
  if (!token.hasLetter || /\d/.test(token.text)) return null;
  // All-caps words are abbreviations; the abbreviation rule handles them.
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return null;
  if (syllables < settings.minSyllables && token.text.length <= settings.maxLetters) return null;
  if (dictionary.allowedLong.has(token.lower)) return null;
  // E-mail and web addresses (speeltuin@gemeente.nl, werk.nl) are copied, not read as words.
  if (token.text.includes('@') || token.text.includes('/') || /\.[a-z]/i.test(token.text)) return null;
  // A hyphenated word is read part by part; judge the longest part.
  if (token.lower.includes('-')) {
    const parts = token.lower.split('-');
    const hardPart = parts.some((p) => countSyllables(p) >= settings.minSyllables || p.length > settings.maxLetters);
    if (!hardPart) return null;
  }
  return token.text.length > settings.maxLetters ? 'length' : 'syllables';
}

export const hardWordRule = defineRule({
  id: 'hard-word',
  family: 'hard-word',
  defaults: { enabled: true, minSyllables: 5, maxLetters: 18 },
  userToggle: true,
  labelKey: 'checks.rule.hard-word',
  groupsRepeats: true,
  check(context) {
    const { tokens, sentences } = context.analysis;
    for (const token of tokens) {
      if (context.jargonTokens.has(token.index)) continue;
      // A capital inside a sentence marks a name (Rotterdam-Zuid, Maatschappelijke Dienstverlening).
      const sentence = sentences[token.sentence];
      const sentenceStart = sentence ? token.index === sentence.firstToken : true;
      if (!sentenceStart && /^\p{Lu}/u.test(token.text)) continue;
      const syllables = countSyllables(token.lower);
      const why = hardness(token, syllables, context.settings, context.dictionary);
      if (!why) continue;
      context.report({
        start: token.start,
        end: token.end,
        severity: context.settings.severity ?? 'info',
        message:
          why === 'length'
            ? `'${token.text}' is een lang woord (${token.text.length} letters). Kan het korter of in twee woorden?`
            : `'${token.text}' is een moeilijk woord (${syllables} lettergrepen). Kies een korter, gewoon woord.`,
        explanation: 'Lange woorden lezen moeilijk. Een kort, bekend woord is duidelijker.',
      });
    }
  },
});
