// Spelling with nspell and the Dutch hunspell dictionary (only when the caller passes the data).
// Names, abbreviations, numbers, words with digits, jargon hits and accepted words are skipped.
import { defineRule } from './define';

// Spelling has its own switch in the settings (it needs the large hunspell dictionary).
export const spellingRule = defineRule({
  id: 'spelling',
  family: 'spelling',
  defaults: { enabled: false },
  userToggle: false,
  labelKey: 'checks.rule.spelling',
  check(context) {
    const spell = context.spelling;
    if (!spell) return;
    const { tokens, sentences } = context.analysis;
    for (const token of tokens) {
      if (!token.hasLetter || /[\d@/_]/.test(token.text) || context.jargonTokens.has(token.index)) continue;
      if (context.dictionary.accepted.has(token.lower)) continue;
      if (token.text.length > 1 && token.text === token.text.toUpperCase()) continue;
      const sentenceStart = sentences[token.sentence]?.firstToken === token.index;
      if (!sentenceStart && /^\p{Lu}/u.test(token.text)) continue;
      const word = token.text.replace(/[\u2018\u2019]/g, "'");
      if (spell.isCorrect(word) || (sentenceStart && spell.isCorrect(token.lower))) continue;
      context.report({
        start: token.start,
        end: token.end,
        severity: context.settings.severity ?? 'warning',
        message: `Is '${token.text}' goed gespeld?`,
        expected: spell.suggest(word),
      });
    }
  },
});
