// The whole-note part of a check: block results in note order, sections and readability, the
// document findings, and one list of all findings. The editor re-checks the whole note on every
// keystroke with one block changed, so the last check is kept and only the run of blocks that
// changed (found by comparing texts from both ends) is worked out again, with what it touches:
// its sections, the blocks where an abbreviation's first use moved to or from, and the blocks a
// whole-note rule reports on. The rest is copied over as whole arrays.
//
// No functions are made per check (no closures, no context objects with methods): the benches and
// the CLI run through tsx, which names every function it makes, and that showed in profiles.
import type { CheckerConfig } from './config';
import { buildFinding, byPosition } from './finding';
import { FirstUses } from './first-uses';
import { createLineIndex } from './location';
import type { DocumentBlock, DocumentContext, FirstUseContext, Report, RuleSettings } from './rules/define';
import { RULES } from './rules/registry';
import { sentenceLimitOf } from './rules/run';
import { updateSections, type ReadabilityOf, type SectionState } from './sections';
import type { Block, BlockResult, DocumentResult, Finding, Readability } from './types';

type Rule = (typeof RULES)[number];

/** What a check keeps for the next one, by block position. */
interface LastCheck {
  /** The blocks as given (a copy of the list) and their texts. */
  blocks: Block[];
  texts: string[];
  results: BlockResult[];
  views: DocumentBlock[];
  /** Per block: its own findings, with its document findings merged in by position. */
  merged: Finding[][];
  /** Where each block's findings start in `findings`; one entry more than there are blocks. */
  offsets: number[];
  findings: Finding[];
  sections: SectionState;
  /** Blocks a whole-note rule reported on. */
  noteWide: number[];
}

/** The whole note's readability slot; block ids never start with a NUL. */
const TOTAL_SLOT = '\u0000total';

/** The reports of the whole-note rules in one check, in the order they came. */
class NoteWideReports implements DocumentContext {
  readonly blocks: readonly DocumentBlock[];
  readonly targetLevel: CheckerConfig['targetLevel'];
  readonly sentenceLimit: number | null;
  readonly positions: number[] = [];
  readonly rules: Rule[] = [];
  readonly reports: Report[] = [];
  rule: Rule = RULES[0];
  settings: RuleSettings;

  constructor(
    blocks: readonly DocumentBlock[],
    readonly readability: Readability,
    config: CheckerConfig,
  ) {
    this.blocks = blocks;
    this.targetLevel = config.targetLevel;
    this.sentenceLimit = sentenceLimitOf(config);
    this.settings = config[this.rule.id];
  }

  report(blockIndex: number, report: Report): void {
    this.positions.push(blockIndex);
    this.rules.push(this.rule);
    this.reports.push(report);
  }
}

/** One block's document findings being made: the context a first-use rule reports into. */
class BlockDocumentFindings implements FirstUseContext {
  readonly findings: Finding[] = [];
  rule: Rule = RULES[0];
  settings: RuleSettings;
  private lineOf: ReturnType<typeof createLineIndex> | null = null;

  constructor(
    readonly block: DocumentBlock,
    private readonly result: BlockResult,
    private readonly position: number,
    private readonly firstUses: FirstUses,
    readonly sentenceLimit: number | null,
    config: CheckerConfig,
  ) {
    this.settings = config[this.rule.id];
  }

  isFirstUse(key: string): boolean {
    return this.firstUses.isFirstAt(key, this.position);
  }

  report(report: Report): void {
    this.add(this.rule, report);
  }

  add(rule: Rule, report: Report): void {
    this.lineOf ??= createLineIndex(this.block.text);
    this.findings.push(buildFinding(rule.id, this.result.blockId, this.block.text, this.lineOf, report, rule.groupsRepeats, this.result.sentenceStarts));
  }
}

export class DocumentCheck {
  private readonly firstUses = new FirstUses();
  private last: LastCheck | null = null;

  constructor(
    private readonly config: CheckerConfig,
    private readonly checkBlock: (block: Block) => BlockResult,
    private readonly readabilityOf: ReadabilityOf,
  ) {}

  check(blocks: readonly Block[]): DocumentResult {
    const n = blocks.length;
    const before = this.last;
    const oldCount = before ? before.results.length : 0;
    // The changed run: blocks [from, oldTo) of the last check are blocks [from, newTo) now.
    let from = 0;
    const common = Math.min(n, oldCount);
    while (from < common && sameBlock(before!, from, blocks[from]!)) from++;
    let oldTo = oldCount;
    let newTo = n;
    while (oldTo > from && newTo > from && sameBlock(before!, oldTo - 1, blocks[newTo - 1]!)) {
      oldTo--;
      newTo--;
    }
    const shift = newTo - oldTo;

    const runResults: BlockResult[] = [];
    const runViews: DocumentBlock[] = [];
    const runTexts: string[] = [];
    for (let i = from; i < newTo; i++) {
      const block = blocks[i]!;
      const result = this.checkBlock(block);
      runResults.push(result);
      runViews.push({ text: block.text, kind: result.kind, abbreviations: result.abbreviations });
      runTexts.push(block.text);
    }
    const results = spliced(before?.results, from, oldTo, runResults);
    const views = spliced(before?.views, from, oldTo, runViews);

    const sections = updateSections(blocks, results, before?.sections ?? null, from, oldTo, newTo, this.readabilityOf);
    const readability = this.readabilityOf(sections.total, TOTAL_SLOT);

    // Blocks outside the run whose document findings must be made again.
    const redo = this.firstUses.update(before?.views ?? [], views, from, oldTo, newTo);
    const noteWide = new NoteWideReports(views, readability, this.config);
    for (const rule of RULES) {
      const settings: RuleSettings = this.config[rule.id];
      if (!rule.checkDocument || !settings.enabled) continue;
      noteWide.rule = rule;
      noteWide.settings = settings;
      (rule.checkDocument as (context: DocumentContext) => void)(noteWide);
    }
    for (const b of before?.noteWide ?? []) if (b < from || b >= oldTo) redo.push(b < from ? b : b + shift);
    for (const b of noteWide.positions) redo.push(b);

    const runMerged: Finding[][] = [];
    for (let i = from; i < newTo; i++) runMerged.push(this.mergedFindings(i, results, views, noteWide));
    const merged = spliced(before?.merged, from, oldTo, runMerged);
    // The blocks to redo outside the run, in order and once each.
    redo.sort(ascending);
    const outside: number[] = [];
    for (const b of redo) if ((b < from || b >= newTo) && b !== outside[outside.length - 1]) outside.push(b);
    for (const b of outside) merged[b] = this.mergedFindings(b, results, views, noteWide);

    const { findings, offsets } = listFindings(before, merged, outside, from, newTo, shift);
    this.last = { blocks: blocks.slice(), texts: spliced(before?.texts, from, oldTo, runTexts), results, views, merged, offsets, findings, sections, noteWide: noteWide.positions };
    return { blocks: results, findings, sections: sections.results, readability };
  }

  /** The block's own findings with its document findings merged in by position. */
  private mergedFindings(b: number, results: readonly BlockResult[], views: readonly DocumentBlock[], noteWide: NoteWideReports): Finding[] {
    const view = views[b]!;
    const result = results[b]!;
    const made = new BlockDocumentFindings(view, result, b, this.firstUses, noteWide.sentenceLimit, this.config);
    // In registry order, as the rules ran before checks were incremental.
    for (const rule of RULES) {
      const settings: RuleSettings = this.config[rule.id];
      if (!settings.enabled) continue;
      if (rule.checkFirstUses && view.kind !== 'heading' && view.abbreviations.length > 0) {
        made.rule = rule;
        made.settings = settings;
        (rule.checkFirstUses as (context: FirstUseContext) => void)(made);
      }
      if (rule.checkDocument) for (let k = 0; k < noteWide.positions.length; k++) if (noteWide.positions[k] === b && noteWide.rules[k] === rule) made.add(rule, noteWide.reports[k]!);
    }
    const own = result.findings;
    return made.findings.length > 0 ? [...own, ...made.findings].sort(byPosition) : own;
  }
}

/**
 * The list of all findings and where each block's start: stretches of the last check's list
 * between the blocks made again (whole arrays copied, offsets moved by a difference). `outside`:
 * the blocks made again outside the run [from, newTo), in order.
 */
function listFindings(before: LastCheck | null, merged: readonly Finding[][], outside: readonly number[], from: number, newTo: number, shift: number): { findings: Finding[]; offsets: number[] } {
  const n = merged.length;
  const firstChanged = Math.min(from, outside[0] ?? n);
  const offsets = before ? before.offsets.slice(0, firstChanged + 1) : [0];
  const pieces: Finding[][] = before && firstChanged > 0 ? [before.findings.slice(0, before.offsets[firstChanged])] : [];
  // `at`: the first block not placed yet.
  let at = firstChanged;
  let k = 0;
  while (k < outside.length && outside[k]! < from) {
    copyStretch(before, pieces, offsets, at, outside[k]!, from, shift);
    at = place(pieces, offsets, merged, outside[k++]!);
  }
  // Up to the run, then the run (it may be empty: blocks were only taken out).
  copyStretch(before, pieces, offsets, at, from, from, shift);
  for (let i = from; i < newTo; i++) place(pieces, offsets, merged, i);
  at = newTo;
  while (k < outside.length) {
    copyStretch(before, pieces, offsets, at, outside[k]!, from, shift);
    at = place(pieces, offsets, merged, outside[k++]!);
  }
  copyStretch(before, pieces, offsets, at, n, from, shift);
  return { findings: joined(pieces), offsets };
}

/** Blocks [at, end), which lie wholly before or wholly after the run: the last check holds them as they are. */
function copyStretch(before: LastCheck | null, pieces: Finding[][], offsets: number[], at: number, end: number, from: number, shift: number): void {
  if (end <= at || !before) return;
  const oldAt = at < from ? at : at - shift;
  const oldEnd = end <= from ? end : end - shift;
  const moved = offsets[at]! - before.offsets[oldAt]!;
  for (let i = oldAt + 1; i <= oldEnd; i++) offsets.push(before.offsets[i]! + moved);
  pieces.push(before.findings.slice(before.offsets[oldAt], before.offsets[oldEnd]));
}

function place(pieces: Finding[][], offsets: number[], merged: readonly Finding[][], b: number): number {
  pieces.push(merged[b]!);
  offsets.push(offsets[b]! + merged[b]!.length);
  return b + 1;
}

/** The pieces one after the other; a spread for the few pieces of a re-check, a loop for a first check's many. */
function joined(pieces: readonly Finding[][]): Finding[] {
  if (pieces.length <= 1_000) return ([] as Finding[]).concat(...pieces);
  const out: Finding[] = [];
  for (const piece of pieces) for (const finding of piece) out.push(finding);
  return out;
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The block at `position` of the last check has this id, kind and text. The texts sit in one list
 * and the blocks are mostly the same objects: a note's blocks are compared without visiting each
 * block's result (that was most of the time a re-check spent outside the changed paragraph).
 */
function sameBlock(last: LastCheck, position: number, block: Block): boolean {
  if (last.texts[position] !== block.text) return false;
  if (last.blocks[position] === block) return true;
  const result = last.results[position]!;
  return result.blockId === block.id && result.kind === block.kind;
}

/** `list` with [from, to) replaced by `run`; a new array (the last check's result keeps the old one). */
function spliced<T>(list: readonly T[] | undefined, from: number, to: number, run: readonly T[]): T[] {
  if (!list) return run.slice();
  return list.slice(0, from).concat(run, list.slice(to));
}
