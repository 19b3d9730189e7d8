// The checker: checks blocks (cached by content), assembles documents from cached block
// results, and checks whole texts. One instance holds one config and one dictionary stack.
import { analyseBlock } from './analyse';
import { splitBlocks } from './blocks';
import { BlockCache, hashText } from './cache';
import { configFingerprint, resolveConfig, type CheckerConfig, type CheckerConfigInput } from './config';
import { builtinDictionary } from './dictionary/builtin';
import { layerDictionaries } from './dictionary/layers';
import { compileDictionary, type CompiledDictionary } from './dictionary/matcher';
import type { BuiltinDictionary, CustomDictionary } from './dictionary/schema';
import { createLineIndex } from './location';
import { levelRank } from './readability/level';
import { addCounts, emptyCounts, readabilityFromCounts } from './readability/stats';
import { countSyllables } from './readability/syllables';
import { collectAbbreviations, firstUseFindings } from './rules/abbreviation';
import { hardness } from './rules/hard-word';
import { runRules, type RuleEnvironment } from './rules/run';
import { createSpellChecker, type SpellingData } from './spelling/spelling';
import type { Block, BlockResult, DocumentResult, Finding, ReadabilityCounts, SectionResult } from './types';

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

export function createChecker(options: CheckerOptions = {}): Checker {
  const config = resolveConfig(options.config);
  const spelling = options.spelling ? createSpellChecker(options.spelling) : null;
  if (!spelling) config.spelling.enabled = false;
  const env: RuleEnvironment = {
    config,
    dictionary: dictionaryFor(options),
    spelling,
  };
  const fingerprint = configFingerprint(config);
  const cache = new BlockCache();

  function computeBlock(block: Block): BlockResult {
    const analysis = analyseBlock(block.text, block.kind);
    const scored = block.kind === 'paragraph';
    const counts: ReadabilityCounts = emptyCounts();
    for (const token of analysis.tokens) {
      const syllables = countSyllables(token.lower);
      counts.words++;
      counts.syllables += syllables;
      counts.letters += token.text.length;
      if (hardness(token, syllables, config, env.dictionary)) counts.hardWords++;
    }
    counts.sentences = scored ? analysis.sentences.length : 0;
    return {
      blockId: block.id,
      kind: block.kind,
      hash: hashText(`${fingerprint}\u0000${block.kind}\u0000${block.text}`),
      findings: runRules(analysis, block.id, env),
      counts,
      scored,
      abbreviations: collectAbbreviations(analysis, env.dictionary),
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

  function checkDocument(blocks: readonly Block[]): DocumentResult {
    const results = blocks.map(checkBlock);
    const documentFindings = config.abbreviation.enabled
      ? firstUseFindings(results, blocks.map((b) => b.text), config.abbreviation.severity ?? 'warning')
      : new Map<number, Finding[]>();

    const findings: Finding[] = [];
    results.forEach((result, i) => {
      const extra = documentFindings.get(i);
      if (!extra) {
        for (const f of result.findings) findings.push(f);
        return;
      }
      const merged = [...result.findings, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
      for (const f of merged) findings.push(f);
    });

    const total = emptyCounts();
    const sections: SectionResult[] = [];
    let section: { headingId: string | null; title: string; blockIds: string[]; counts: ReadabilityCounts } = {
      headingId: null,
      title: '',
      blockIds: [],
      counts: emptyCounts(),
    };
    const closeSection = (): void => {
      if (section.blockIds.length > 0) {
        sections.push({ headingId: section.headingId, title: section.title, blockIds: section.blockIds, readability: readabilityFromCounts(section.counts) });
      }
    };
    results.forEach((result, i) => {
      const block = blocks[i]!;
      if (block.kind === 'heading') {
        closeSection();
        section = { headingId: block.id, title: block.text.trim(), blockIds: [block.id], counts: emptyCounts() };
        return;
      }
      section.blockIds.push(block.id);
      if (result.scored) {
        addCounts(section.counts, result.counts);
        addCounts(total, result.counts);
      }
    });
    closeSection();

    const readability = readabilityFromCounts(total);
    if (config['reading-level'].enabled && levelRank(readability.level) > levelRank(config.targetLevel)) {
      const first = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.trim().length > 0);
      const block = blocks[first];
      if (block) {
        const start = block.text.length - block.text.trimStart().length;
        const lineEnd = block.text.indexOf('\n', start);
        const end = lineEnd === -1 ? block.text.trimEnd().length : lineEnd;
        const { line, column } = createLineIndex(block.text)(start);
        findings.unshift({
          ruleId: 'reading-level',
          source: 'helder',
          severity: config['reading-level'].severity ?? 'warning',
          blockId: block.id,
          start,
          end: Math.max(start, end),
          line,
          column,
          actual: block.text.slice(start, Math.max(start, end)),
          expected: [],
          message: `De tekst is geschat op niveau ${readability.level}; het doel is ${config.targetLevel}. ${readability.reasons.join(' ')}`,
        });
      }
    }
    return { blocks: results, findings, sections, readability };
  }

  function checkText(text: string, format: 'text' | 'markdown' = 'text'): DocumentResult {
    const placed = splitBlocks(text, format);
    const result = checkDocument(placed);
    const baseOf = new Map(placed.map((b) => [b.id, b.base]));
    const lineOf = createLineIndex(text);
    const findings = result.findings.map((f) => {
      const base = baseOf.get(f.blockId) ?? 0;
      const start = f.start + base;
      return { ...f, start, end: f.end + base, ...lineOf(start) };
    });
    return { ...result, findings };
  }

  return { config, checkBlock, checkDocument, checkText };
}
