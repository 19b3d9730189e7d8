// The checker: checks blocks (cached by content), assembles documents from cached block
// results, and checks whole texts. One instance holds one config and one dictionary stack.
import { analyseBlock } from './analyse';
import { splitBlocks } from './blocks';
import { BlockCache, prefixedHasher } from './cache';
import { configFingerprint, resolveConfig, type CheckerConfig, type CheckerConfigInput } from './config';
import { builtinDictionary } from './dictionary/builtin';
import { layerDictionaries } from './dictionary/layers';
import { compileDictionary, type CompiledDictionary } from './dictionary/matcher';
import type { BuiltinDictionary, CustomDictionary } from './dictionary/schema';
import { DocumentCheck } from './document-check';
import { createLineIndex } from './location';
import { emptyCounts, readabilityFromCounts } from './readability/stats';
import { countSyllables } from './readability/syllables';
import { moveFinding } from './finding';
import { collectAbbreviations } from './rules/abbreviation';
import { hardness } from './rules/hard-word';
import { repeatsOf } from './repeats';
import { sentenceGroupsOf } from './sentence-groups';
import { runRules, type RuleEnvironment } from './rules/run';
import { createSpellChecker, type SpellingData } from './spelling/spelling';
import type { Block, BlockKind, BlockResult, DocumentResult, Readability, ReadabilityCounts } from './types';

export interface CheckerOptions {
  /** Organisation and personal dictionaries, in that order (later layers win). */
  dictionaries?: CustomDictionary[];
  config?: CheckerConfigInput;
  spelling?: SpellingData | null;
  /** Replaces the built-in layer (tests, or a host that loads dictionaries itself). */
  builtin?: BuiltinDictionary;
}

export interface Checker {
  readonly config: CheckerConfig;
  checkBlock(block: Block): BlockResult;
  /**
   * The result's arrays and objects are shared with the checker's next re-check (and findings
   * with its block cache): read them, do not change them.
   */
  checkDocument(blocks: readonly Block[]): DocumentResult;
  checkText(text: string, format?: 'text' | 'markdown'): DocumentResult;
}

/** The built-in dictionary alone is the same for every checker; compile it once per process. */
let builtinOnly: CompiledDictionary | null = null;

function dictionaryFor(options: CheckerOptions): CompiledDictionary {
  if (options.builtin || (options.dictionaries?.length ?? 0) > 0) {
    return compileDictionary(layerDictionaries(options.builtin ?? builtinDictionary(), options.dictionaries ?? []));
  }
  builtinOnly ??= compileDictionary(layerDictionaries(builtinDictionary(), []));
  return builtinOnly;
}

/**
 * Readability per counts, remembered: a re-check after one edit changes the counts of one section
 * and the total, while formatting the reasons of every section again cost a third of the re-check.
 * The objects are shared between results; nothing mutates a result's readability.
 */
function readabilityMemo(): (counts: ReadabilityCounts, slot: string | null) => Readability {
  const memo = new Map<string, Readability>();
  // Per section (slot: its heading id, null before the first heading) the counts and readability
  // of the last check: on a re-check all sections but one have the same counts, and comparing five
  // numbers is cheaper than building the memo key (that took a fifth of a re-check).
  const last = new Map<string | null, { counts: ReadabilityCounts; readability: Readability }>();
  return (counts, slot) => {
    const before = last.get(slot);
    if (before && sameCounts(before.counts, counts)) return before.readability;
    const key = `${counts.words},${counts.sentences},${counts.syllables},${counts.hardWords},${counts.letters}`;
    let readability = memo.get(key);
    if (!readability) {
      readability = readabilityFromCounts(counts);
      if (memo.size >= 5_000) memo.clear();
      memo.set(key, readability);
    }
    if (last.size >= 5_000) last.clear();
    // Field by field: a spread here is far slower in V8 (see readabilityFromCounts).
    last.set(slot, { counts: { words: counts.words, sentences: counts.sentences, syllables: counts.syllables, hardWords: counts.hardWords, letters: counts.letters }, readability });
    return readability;
  };
}

function sameCounts(a: ReadabilityCounts, b: ReadabilityCounts): boolean {
  return a.words === b.words && a.sentences === b.sentences && a.syllables === b.syllables && a.hardWords === b.hardWords && a.letters === b.letters;
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const config = resolveConfig(options.config);
  const spelling = options.spelling ? createSpellChecker(options.spelling) : null;
  if (!spelling) config.spelling.enabled = false;
  const env: RuleEnvironment = {
    config,
    dictionary: dictionaryFor(options),
    spelling,
  };
  // The hash of (config, kind, text) with the first two hashed once per kind, not joined to every block's text.
  const fingerprint = configFingerprint(config);
  const hashers = new Map<BlockKind, (text: string) => string>();
  const hashBlock = (kind: BlockKind, text: string): string => {
    let hash = hashers.get(kind);
    if (!hash) {
      hash = prefixedHasher(`${fingerprint}\u0000${kind}\u0000`);
      hashers.set(kind, hash);
    }
    return hash(text);
  };
  const cache = new BlockCache();
  const readabilityOf = readabilityMemo();

  function computeBlock(block: Block): BlockResult {
    const analysis = analyseBlock(block.text, block.kind);
    // Every block kind counts (issue 11): a list of jargon-heavy bullets is text a resident reads.
    const scored = true;
    const counts: ReadabilityCounts = emptyCounts();
    for (const token of analysis.tokens) {
      const syllables = countSyllables(token.lower);
      counts.words++;
      counts.syllables += syllables;
      counts.letters += token.text.length;
      if (hardness(token, syllables, config['hard-word'], env.dictionary)) counts.hardWords++;
    }
    counts.sentences = Math.max(analysis.sentences.length, counts.words > 0 ? 1 : 0);
    const sentenceStarts = analysis.sentences.map((sentence) => sentence.start);
    const { findings, explained } = runRules(analysis, block.id, env, sentenceStarts);
    return {
      blockId: block.id,
      kind: block.kind,
      hash: hashBlock(block.kind, block.text),
      findings,
      counts,
      scored,
      abbreviations: collectAbbreviations(analysis, env.dictionary),
      sentenceStarts,
      explained,
    };
  }

  function checkBlock(block: Block): BlockResult {
    let result = cache.get(block.kind, block.text);
    if (!result) {
      result = computeBlock(block);
      cache.set(block.kind, block.text, result);
    }
    if (result.blockId === block.id) return result;
    // Same text in another block: same findings, other id.
    return { ...result, blockId: block.id, findings: result.findings.map((f) => ({ ...f, blockId: block.id })) };
  }

  const documentCheck = new DocumentCheck(config, checkBlock, readabilityOf);
  function checkDocument(blocks: readonly Block[]): DocumentResult {
    return documentCheck.check(blocks);
  }

  function checkText(text: string, format: 'text' | 'markdown' = 'text'): DocumentResult {
    const placed = splitBlocks(text, format);
    const result = checkDocument(placed);
    const baseOf = new Map(placed.map((b) => [b.id, b.base]));
    const lineOf = createLineIndex(text);
    const repeats = repeatsOf(result.findings, result.blocks);
    const sentenceGroups = sentenceGroupsOf(result.findings, repeats);
    const findings = result.findings.map((f) => {
      const base = baseOf.get(f.blockId) ?? 0;
      const start = f.start + base;
      const { line, column } = lineOf(start);
      const placed = moveFinding(f, start, f.end + base, line, column);
      if (repeats.has(f)) placed.repeat = true;
      const group = sentenceGroups.get(f);
      if (group) placed.sentenceGroup = group.key;
      return placed;
    });
    return { ...result, findings };
  }

  return { config, checkBlock, checkDocument, checkText };
}
