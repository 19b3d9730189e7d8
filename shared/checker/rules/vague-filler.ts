// Vague filler words that add nothing or make a promise fuzzy ("in principe", "wellicht").
import { defineRule } from './define';
import { phraseList } from '../dictionary/word-lists';
import { tokenClasses, wordClass } from './word-classes';

/** Filler phrase → plainer choice ('' means: leave it out), from dictionaries/nl/word-lists/fillers.json. */
const FILLERS = phraseList('fillers');

const BY_FIRST = new Map<string, string[][]>();
for (const phrase of FILLERS.keys()) {
  const words = phrase.split(' ');
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  BY_FIRST.set(words[0]!, list);
}

const C_STARTS_FILLER = wordClass((lower) => BY_FIRST.has(lower));

export const vagueFillerRule = defineRule({
  id: 'vague-filler',
  family: 'other',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.vague-filler',
  groupsRepeats: true,
  check(context) {
    const { tokens, sentences } = context.analysis;
    const classes = tokenClasses(context.analysis, context.dictionary);
    for (const sentence of sentences) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        if ((classes[i]! & C_STARTS_FILLER) === 0) continue;
        const candidates = BY_FIRST.get(tokens[i]!.lower);
        if (!candidates) continue;
        const hit = candidates.find((words) => words.every((w, k) => i + k < sentence.endToken && tokens[i + k]!.lower === w && (k === 0 || tokens[i + k - 1]!.after === '')));
        if (!hit) continue;
        // The jargon rule already reported these words ("min of meer" is in both lists): one
        // finding per span.
        if (hit.some((_, k) => context.jargonTokens.has(i + k))) continue;
        const last = tokens[i + hit.length - 1]!;
        const better = FILLERS.get(hit.join(' ')) ?? '';
        context.report({
          start: tokens[i]!.start,
          end: last.end,
          severity: context.settings.severity ?? 'info',
          message: better ? `'${hit.join(' ')}' is vaag. Schrijf '${better}' of zeg precies wat u bedoelt.` : `'${hit.join(' ')}' is een vulwoord. Laat het weg of zeg precies wat u bedoelt.`,
          expected: better ? [better] : [],
          explanation: 'Vage woorden maken een tekst langer en minder duidelijk.',
        });
        i += hit.length - 1;
      }
    }
  },
});
