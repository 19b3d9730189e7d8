// The sentences a resident will stumble over most, with the reasons. Ranking: length counts
// once per word, and each hard word, passive or clause adds what roughly three extra words
// would cost a reader. A guide for where to start rewriting, not a measurement.
import type { Finding } from '../checker/types';
import { countWords } from '../document/blocks';
import { sentenceDifficulty, type SentenceDifficulty } from './why-hard';

export interface HardSentence extends SentenceDifficulty {
  blockId: string;
  start: number;
  end: number;
  text: string;
  score: number;
}

interface BlockLike {
  id: string;
  kind: string;
  text: string;
}

/** Sentence spans of a paragraph: up to and including . ! ? (and a closing quote or bracket). */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const pattern = /[^.!?]+(?:[.!?]+["'”’)]*|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (match.index ?? 0) + lead;
    const end = (match.index ?? 0) + raw.trimEnd().length;
    if (end > start && /[\p{L}\p{N}]/u.test(raw)) spans.push({ start, end });
  }
  return spans;
}

export function hardestSentences(blocks: readonly BlockLike[], findings: readonly Finding[], limit = 5): HardSentence[] {
  const byBlock = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byBlock.get(finding.blockId);
    if (list) list.push(finding);
    else byBlock.set(finding.blockId, [finding]);
  }
  const all: HardSentence[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const blockFindings = byBlock.get(block.id) ?? [];
    for (const span of sentenceSpans(block.text)) {
      const pseudo = { ruleId: 'long-sentence', start: span.start, end: span.end } as Finding;
      const difficulty = sentenceDifficulty(pseudo, block.text, blockFindings);
      const score = countWords(block.text.slice(span.start, span.end)) + 3 * (difficulty.hardWords.length + difficulty.passives.length + difficulty.clauses);
      all.push({ ...difficulty, blockId: block.id, start: span.start, end: span.end, text: block.text.slice(span.start, span.end), score });
    }
  }
  return all.sort((a, b) => b.score - a.score).slice(0, limit);
}
