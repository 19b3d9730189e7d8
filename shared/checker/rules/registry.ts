// Block rules in run order. Jargon runs first so later rules can skip words it already reported.
import { hardWordRule } from './hard-word';
import { jargonRule } from './jargon';
import { longSentenceRule } from './long-sentence';
import type { Rule } from './types';

export const BLOCK_RULES: readonly Rule[] = [jargonRule, longSentenceRule, hardWordRule];
