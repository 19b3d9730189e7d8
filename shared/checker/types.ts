// Public data shapes of the checker. Everything here is plain data so results can cross a
// Web Worker boundary (structured clone) and be written as JSON by the CLI.
import type { AbbreviationUse, BlockKind, Explanation, Readability, ReadabilityCounts, Severity } from './model';
import type { RuleId } from './rules/registry';

export type * from './model';
export type { RuleId } from './rules/registry';

export interface Finding {
  ruleId: RuleId;
  source: 'helder';
  severity: Severity;
  blockId: string;
  /** Offsets in the block text (checkBlock/checkDocument) or in the whole text (checkText). */
  start: number;
  end: number;
  /** 1-based, in the same coordinate space as start. */
  line: number;
  column: number;
  actual: string;
  expected: string[];
  /** Short Dutch message for the writer. */
  message: string;
  /** Plain (B1) explanation for residents, where the rule has one. */
  explanation?: string;
  /** What an abbreviation stands for; kept apart from `expected`, which may offer no fix. */
  meaning?: string;
  category?: string;
  termId?: string;
  /** Same group = same problem (rule and term): later uses in a section are repeats of the first. */
  group?: string;
  /** Set by checkText (and repeatsOf for other callers): a later use in the same section. */
  repeat?: boolean;
  /** Index of the sentence in its block that the finding starts in (not for whole-note findings). */
  sentence?: number;
  /** Set by checkText (sentenceGroupsOf for other callers): the key of the sentence group it is listed in. */
  sentenceGroup?: string;
}

export interface BlockResult {
  blockId: string;
  kind: BlockKind;
  /** Content hash of (kind, text, config); the editor tags results with it to drop stale ones. */
  hash: string;
  findings: Finding[];
  /** Counts for this block; every kind counts, a heading or list item is at least one sentence. */
  counts: ReadabilityCounts;
  /** Whether the block counts in the readability figures (every kind does; kept for the wire format). */
  scored: boolean;
  abbreviations: AbbreviationUse[];
  /** Start offset of each sentence, in order: places a document finding in its sentence. */
  sentenceStarts: number[];
  /** Terms this block names or explains; later uses in the note are repeats (repeats.ts). */
  explained: Explanation[];
}

export interface SectionResult {
  /** Id of the heading block, or null for the text before the first heading. */
  headingId: string | null;
  title: string;
  blockIds: string[];
  readability: Readability;
}

export interface DocumentResult {
  blocks: BlockResult[];
  /** Block findings plus document-level findings, in document order. */
  findings: Finding[];
  sections: SectionResult[];
  readability: Readability;
}
