// The margin marker of a block with a long (one bar) or very long (double bar) sentence: the
// sentence shade said without colour, so it also reads in high contrast and for colour-blind
// writers. Only the shape differs by level; the words themselves are in the Problems list and F8.
import type { Finding } from '../../../../shared/checker/types';
import { familyOf } from './families';
import { isShadedSentence } from './highlight-styles';

export type SentenceLength = 'long' | 'very-long';

/** The strongest sentence level per block, from the shown findings. */
export function sentenceLengths(findings: readonly Finding[]): Map<string, SentenceLength> {
  const out = new Map<string, SentenceLength>();
  for (const finding of findings) {
    if (!isShadedSentence(finding.severity, familyOf(finding.ruleId))) continue;
    const level: SentenceLength = finding.severity === 'error' ? 'very-long' : 'long';
    if (out.get(finding.blockId) !== 'very-long') out.set(finding.blockId, level);
  }
  return out;
}

/** Attribute on the block element that checks.css draws the marker from. */
export const MARKER_ATTRIBUTE = 'data-sentence-length';
