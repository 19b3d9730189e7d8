// Jargon and officialese from the dictionaries: multi-word terms first (longest wins), then
// single words in any inflection, then compounds that contain a listed term.
import type { Token } from '../analyse';
import type { TermEntry } from '../dictionary/schema';
import { defineRule, severityOf, type BlockContext } from './define';

const CATEGORY_LABEL: Record<TermEntry['category'], string> = {
  ambtelijk: 'ambtelijke taal',
  'vakjargon-sociaal-domein': 'vaktaal',
  'engels-leenwoord': 'een Engels woord',
  'vage-beleidstaal': 'vage beleidstaal',
  bestuurstaal: 'bestuurstaal',
  zorgjargon: 'vaktaal uit de zorg',
  juridisch: 'juridische taal',
};

function message(actual: string, entry: TermEntry): string {
  const label = CATEGORY_LABEL[entry.category];
  const better = entry.alternatives.length ? ` Schrijf liever: ${entry.alternatives.slice(0, 3).join(', ')}.` : '';
  return `'${actual}' is ${label}.${better}`;
}

function matchMultiWord(context: BlockContext, tokens: Token[], i: number, sentenceEnd: number): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = context.dictionary.multiWord.get(first.lower);
  if (!candidates) return 0;
  for (const candidate of candidates) {
    const n = candidate.words.length;
    if (i + n > sentenceEnd) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const token = tokens[i + k];
      // A sentence-internal comma or bracket breaks a phrase.
      ok = token !== undefined && candidate.words[k]!.has(token.lower) && (tokens[i + k - 1]?.after ?? '') === '';
    }
    if (ok) {
      report(context, first.start, tokens[i + n - 1]!.end, candidate.entry);
      for (let k = 0; k < n; k++) context.jargonTokens.add(i + k);
      return n;
    }
  }
  return 0;
}

function report(context: BlockContext, start: number, end: number, entry: TermEntry): void {
  const actual = context.analysis.text.slice(start, end);
  context.report({
    start,
    end,
    severity: severityOf(context.settings, entry.severity),
    message: message(actual, entry),
    expected: entry.alternatives,
    explanation: entry.explanation,
    category: entry.category,
    termId: entry.id,
  });
}

export const jargonRule = defineRule({
  id: 'jargon',
  family: 'jargon',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.jargon',
  check(context) {
    const { tokens, sentences } = context.analysis;
    for (const sentence of sentences) {
      let i = sentence.firstToken;
      while (i < sentence.endToken) {
        const consumed = matchMultiWord(context, tokens, i, sentence.endToken);
        if (consumed > 0) {
          i += consumed;
          continue;
        }
        const token = tokens[i]!;
        if (token.hasLetter) {
          const hit = context.dictionary.matchWord(token.lower);
          if (hit && !(hit.inCompound && context.dictionary.allowedLong.has(token.lower))) {
            report(context, token.start, token.end, hit.entry);
            context.jargonTokens.add(i);
          }
        }
        i++;
      }
    }
  },
});
