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

/**
 * What a check keeps for the next one, by block position. The lists are the checker's own and are
 * changed in place over the run of a re-check (a result gets copies), so a keystroke does not copy
 * every list of the note.
 */
interface LastCheck {
  /** The blocks as given and their texts. */
  blocks: Block[];
  texts: string[];
  results: BlockResult[];
  views: DocumentBlock[];
  /** Per block: its own findings, with its document findings merged in by position. */
  merged: Finding[][];
  /** Where each block's findings start in `findings`; one entry more than there are blocks. */
  offsets: number[];
  findings: Finding[];
  sections: SectionState | null;
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
  private firstUses = new FirstUses();
  private last = nothingChecked();

  constructor(
    private readonly config: CheckerConfig,
    private readonly checkBlock: (block: Block) => BlockResult,
    private readonly readabilityOf: ReadabilityOf,
  ) {}

  check(blocks: readonly Block[]): DocumentResult {
    try {
      return this.recheck(blocks);
    } catch (error) {
      // A check that stopped halfway has changed part of what it keeps: the next one starts afresh.
      this.last = nothingChecked();
      this.firstUses = new FirstUses();
      throw error;
    }
  }

  private recheck(blocks: readonly Block[]): DocumentResult {
    const last = this.last;
    const n = blocks.length;
    const oldCount = last.results.length;
    // The changed run: blocks [from, oldTo) of the last check are blocks [from, newTo) now.
    // Texts first (mostly the same string objects), then the block objects: a loop of loads.
    const { texts, blocks: kept } = last;
    let from = 0;
    const common = Math.min(n, oldCount);
    for (; from < common; from++) {
      const block = blocks[from]!;
      if (texts[from] !== block.text || (kept[from] !== block && !sameIdAndKind(last, from, block))) break;
    }
    let oldTo = oldCount;
    let newTo = n;
    for (; oldTo > from && newTo > from; oldTo--, newTo--) {
      const block = blocks[newTo - 1]!;
      if (texts[oldTo - 1] !== block.text || (kept[oldTo - 1] !== block && !sameIdAndKind(last, oldTo - 1, block))) break;
    }
    const shift = newTo - oldTo;

    const runBlocks: Block[] = [];
    const runResults: BlockResult[] = [];
    const runViews: DocumentBlock[] = [];
    const runTexts: string[] = [];
    for (let i = from; i < newTo; i++) {
      const block = blocks[i]!;
      const result = this.checkBlock(block);
      runBlocks.push(block);
      runResults.push(result);
      runViews.push({ text: block.text, kind: result.kind, abbreviations: result.abbreviations });
      runTexts.push(block.text);
    }
    // First uses compare the run's old views with its new ones.
    const oldViews = last.views.slice(from, oldTo);
    replaceRun(last.blocks, from, oldTo, runBlocks);
    replaceRun(last.texts, from, oldTo, runTexts);
    replaceRun(last.results, from, oldTo, runResults);
    replaceRun(last.views, from, oldTo, runViews);
    const { results, views } = last;

    const sections = updateSections(blocks, results, last.sections, from, oldTo, newTo, this.readabilityOf);
    last.sections = sections;
    const readability = this.readabilityOf(sections.total, TOTAL_SLOT);

    // Blocks outside the run whose document findings must be made again.
    const redo = this.firstUses.update(oldViews, views, from, oldTo, newTo);
    const noteWide = new NoteWideReports(views, readability, this.config);
    for (const rule of RULES) {
      const settings: RuleSettings = this.config[rule.id];
      if (!rule.checkDocument || !settings.enabled) continue;
      noteWide.rule = rule;
      noteWide.settings = settings;
      (rule.checkDocument as (context: DocumentContext) => void)(noteWide);
    }
    for (const b of last.noteWide) if (b < from || b >= oldTo) redo.push(b < from ? b : b + shift);
    for (const b of noteWide.positions) redo.push(b);
    last.noteWide = noteWide.positions;

    const runMerged: Finding[][] = [];
    for (let i = from; i < newTo; i++) runMerged.push(this.mergedFindings(i, results, views, noteWide));
    replaceFindings(last, from, oldTo, runMerged);
    // The blocks to redo outside the run, in order and once each.
    redo.sort(ascending);
    let previous = -1;
    for (const b of redo) {
      if ((b >= from && b < newTo) || b === previous) continue;
      previous = b;
      replaceFindings(last, b, b + 1, [this.mergedFindings(b, results, views, noteWide)]);
    }
    return { blocks: results.slice(), findings: last.findings.slice(), sections: sections.results, readability };
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

function nothingChecked(): LastCheck {
  return { blocks: [], texts: [], results: [], views: [], merged: [], offsets: [0], findings: [], sections: null, noteWide: [] };
}

/**
 * Blocks [from, oldTo) of the last check's merged findings become `run` (blocks [from, from +
 * run.length) now), in the per-block lists, the list of all findings and its offsets. The blocks
 * after the run keep their findings; their offsets move only when the run's count changed.
 */
function replaceFindings(last: LastCheck, from: number, oldTo: number, run: readonly Finding[][]): void {
  const { offsets } = last;
  const start = offsets[from]!;
  const oldEnd = offsets[oldTo]!;
  const found: Finding[] = [];
  const runOffsets: number[] = [];
  let at = start;
  for (const list of run) {
    for (const finding of list) found.push(finding);
    at += list.length;
    runOffsets.push(at);
  }
  replaceRun(last.merged, from, oldTo, run);
  replaceRun(last.findings, start, oldEnd, found);
  replaceRun(offsets, from + 1, oldTo + 1, runOffsets);
  const moved = at - oldEnd;
  if (moved !== 0) for (let i = from + run.length + 1; i < offsets.length; i++) offsets[i]! += moved;
}

/**
 * `list` with [from, to) replaced by `run`, in place: a keystroke's run is as long as the stretch
 * it replaces, so it is written over; other runs move what follows (a splice for a few blocks,
 * pushes for a first check's thousands, which would not fit in a call's arguments).
 */
function replaceRun<T>(list: T[], from: number, to: number, run: readonly T[]): void {
  if (run.length === to - from) {
    for (let i = 0; i < run.length; i++) list[from + i] = run[i]!;
  } else if (run.length <= 1_000) {
    list.splice(from, to - from, ...run);
  } else {
    const tail = list.slice(to);
    list.length = from;
    for (const item of run) list.push(item);
    for (const item of tail) list.push(item);
  }
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The block at `position` of the last check, with the same text as `block` but another object, has
 * its id and kind too. If so the new object is kept, so the next check finds the same object.
 */
function sameIdAndKind(last: LastCheck, position: number, block: Block): boolean {
  const result = last.results[position]!;
  if (result.blockId !== block.id || result.kind !== block.kind) return false;
  last.blocks[position] = block;
  return true;
}
