// Spelling with nspell and the Dutch hunspell dictionary (only when the caller passes the data).
// Names, abbreviations, numbers, words with digits, jargon hits and accepted words are skipped.
import { createRetextPlugin } from './plugin';
import type { Rule } from './types';

export const spellingRule: Rule = {
  id: 'spelling',
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
      context.report('spelling', {
        start: token.start,
        end: token.end,
        severity: context.config.spelling.severity ?? 'warning',
        message: `Is '${token.text}' goed gespeld?`,
        expected: spell.suggest(word),
      });
    }
  },
};

export const retextHelderSpelling = createRetextPlugin(spellingRule);
