// Block rules in run order. Jargon runs first so later rules can skip words it already reported.
// (First use of acronyms is a document-level check; see abbreviation.ts.)
import { abbreviationRule } from './abbreviation';
import { doubleNegativeRule } from './double-negative';
import { hardWordRule } from './hard-word';
import { jargonRule } from './jargon';
import { longParagraphRule } from './long-paragraph';
import { longSentenceRule } from './long-sentence';
import { nominalisationRule } from './nominalisation';
import { passiveRule } from './passive';
import { spellingRule } from './spelling';
import type { Rule } from './types';
import { vagueFillerRule } from './vague-filler';

export const BLOCK_RULES: readonly Rule[] = [
  jargonRule,
  longSentenceRule,
  hardWordRule,
  passiveRule,
  nominalisationRule,
  abbreviationRule,
  doubleNegativeRule,
  vagueFillerRule,
  longParagraphRule,
  spellingRule,
];
