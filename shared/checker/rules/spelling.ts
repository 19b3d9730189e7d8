// Spelling with nspell and the Dutch hunspell dictionary (only when the caller passes the data).
// Names, abbreviations, numbers, words with digits, jargon hits and accepted words are skipped, and
// so are short forms, units after a number, letter-spaced words and quotes in another language.
import { phraseList, wordSet } from '../dictionary/word-lists';
import { insideQuote } from '../quoted-speech';
import { foreignQuoteSpans, isLetterSpaced, isShortForm, isUnitAfterNumber } from '../spelling/not-for-spelling';
import { defineRule } from './define';

/** Short forms the other rules know: written out by the abbreviation rule, or known to every reader. */
const KNOWN_SHORT_FORMS: ReadonlySet<string> = new Set([
  ...phraseList('writeOut').keys(),
  ...wordSet('abbreviations', 'everydayShortForms'),
  ...wordSet('abbreviations', 'noSentenceBreak'),
]);

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
    let foreign: ReturnType<typeof foreignQuoteSpans> | null = null;
    for (const token of tokens) {
      if (!token.hasLetter || /[\d@/_]/.test(token.text) || context.jargonTokens.has(token.index)) continue;
      if (isShortForm(token, KNOWN_SHORT_FORMS) || isUnitAfterNumber(tokens, token.index) || isLetterSpaced(tokens, token.index)) continue;
      if (context.dictionary.accepted.has(token.lower)) continue;
      if (token.text.length > 1 && token.text === token.text.toUpperCase()) continue;
      const sentenceStart = sentences[token.sentence]?.firstToken === token.index;
      if (!sentenceStart && /^\p{Lu}/u.test(token.text)) continue;
      const word = token.text.replace(/[\u2018\u2019]/g, "'");
      if (spell.isCorrect(word) || (sentenceStart && spell.isCorrect(token.lower))) continue;
      // Only a word that would be reported pays for finding the quotes around it.
      foreign ??= foreignQuoteSpans(context.analysis, spell.isCorrect);
      if (insideQuote(foreign, token.start, token.end)) continue;
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
