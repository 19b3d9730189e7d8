// Hard words, judged by familiarity: a longer word (from minSyllables syllables or more than
// maxLetters letters) is hard only when most readers do not know it: not on the everyday-Dutch
// frequency list, not in allowed-long-words.json or the writer's words, and not a compound of
// familiar parts (see familiarity.ts). "gemeentelijke" and "informatie" are fine; "geclusterde"
// is not. The advice never suggests splitting a compound: that is a spelling error in Dutch.
import type { Token } from '../analyse';
import type { CompiledDictionary } from '../dictionary/matcher';
import { isFamiliar } from '../familiarity';
import { countSyllables } from '../readability/syllables';
import { defineRule, type RuleSettings } from './define';

export interface HardWordSettings extends RuleSettings {
  minSyllables: number;
  maxLetters: number;
}

export type Hardness = 'syllables' | 'length' | null;

/** Why a token is hard, or null. Shared by the rule and the readability figures. */
export function hardness(token: Token, syllables: number, settings: HardWordSettings, dictionary: CompiledDictionary): Hardness {
  // Most words are short: asked first, before the tests that build strings.
  if (syllables < settings.minSyllables && token.text.length <= settings.maxLetters) return null;
  if (!token.hasLetter || /\d/.test(token.text)) return null;
  // All-caps words are abbreviations; the abbreviation rule handles them.
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return null;
  if (dictionary.allowedLong.has(token.lower)) return null;
  if (isFamiliar(token.lower, dictionary.allowedLong)) return null;
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
  defaults: { enabled: false, minSyllables: 5, maxLetters: 18 },
  userToggle: true,
  labelKey: 'checks.rule.hard-word',
  groupsRepeats: true,
  check(context) {
    const { tokens, sentences } = context.analysis;
    // A short heading is a label ("Kanttekeningen", "Financiële consequenties"), not prose.
    if (context.analysis.kind === 'heading' && tokens.length <= 3) return;
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
        message: `Veel lezers kennen '${token.text}' niet. Kies een woord dat iedereen gebruikt, of leg uit wat het betekent.`,
        explanation: 'Een woord dat u niet vaak hoort, leest moeilijk. Een bekend woord is duidelijker.',
      });
    }
  },
});
