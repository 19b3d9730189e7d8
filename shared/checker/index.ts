// Public entry point of the checker, shared by the editor's Web Worker, the CLI and tests.
export { createChecker, type Checker, type CheckerOptions } from './engine';
export { defaultConfig, resolveConfig, RULE_IDS, type CheckerConfig, type CheckerConfigInput, type RuleSettings } from './config';
export type {
  AbbreviationUse,
  Block,
  BlockKind,
  BlockResult,
  CefrLevel,
  DocumentResult,
  Finding,
  Readability,
  ReadabilityCounts,
  RuleId,
  SectionResult,
  Severity,
} from './types';
export {
  customDictionarySchema,
  dictionaryFileSchema,
  type AbbreviationEntry,
  type BuiltinDictionary,
  type CustomDictionary,
  type NominalisationEntry,
  type TermEntry,
} from './dictionary/schema';
export { DictionaryError, parseCustomDictionary, parseDictionaryFile, buildBuiltin } from './dictionary/loader';
export type { SpellingData } from './spelling/spelling';
export { splitBlocks, type PlacedBlock } from './blocks';
export { repeatsOf } from './repeats';
export { sentenceGroupsOf, entryCount, joinsSentence, type SentenceGroup } from './sentence-groups';
export { countSyllables } from './readability/syllables';
export { fleschDouma, brouwer } from './readability/formulas';
