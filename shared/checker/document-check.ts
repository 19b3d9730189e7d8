// The whole-note part of a check: block results in note order, sections and readability, the
// document findings, and one list of all findings. The editor re-checks the whole note on every
// keystroke with one block changed, so the last check is kept and only the run of blocks that
// changed (found by comparing ids, kinds and texts from both ends) is worked out again, with what
// it touches: its sections, the blocks where an abbreviation's first use moved to or from, and
// the blocks a whole-note rule reports on. The rest is copied over as whole arrays.
import type { CheckerConfig } from './config';
import { buildFinding, byPosition } from './finding';
import { FirstUses } from './first-uses';
import { createLineIndex, type LineIndex } from './location';
import type { DocumentBlock, DocumentContext, FirstUseContext, Report, RuleSettings } from './rules/define';
import { RULES } from './rules/registry';
import { sentenceLimitOf } from './rules/run';
import { updateSections, type ReadabilityOf, type SectionState } from './sections';
import type { Block, BlockResult, DocumentResult, Finding } from './types';

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

export function createDocumentCheck(config: CheckerConfig, checkBlock: (block: Block) => BlockResult, readabilityOf: ReadabilityOf): (blocks: readonly Block[]) => DocumentResult {
  const firstUses = new FirstUses();
  let last: LastCheck | null = null;

  return (blocks) => {
    const n = blocks.length;
    const before = last;
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
    for (let i = from; i < newTo; i++) {
      const block = blocks[i]!;
      const result = checkBlock(block);
      runResults.push(result);
      runViews.push({ text: block.text, kind: result.kind, abbreviations: result.abbreviations });
    }
    const results = spliced(before?.results, from, oldTo, runResults);
    const views = spliced(before?.views, from, oldTo, runViews);

    const sections = updateSections(blocks, results, before?.sections ?? null, from, oldTo, newTo, readabilityOf);
    const readability = readabilityOf(sections.total, TOTAL_SLOT);

    // Blocks outside the run whose document findings must be made again.
    const redo = firstUses.update(before?.views ?? [], views, from, oldTo, newTo);
    const noteWide = new Map<number, Array<[Rule, Report]>>();
    for (const rule of RULES) {
      const settings: RuleSettings = config[rule.id];
      if (!rule.checkDocument || !settings.enabled) continue;
      const context: DocumentContext = {
        blocks: views,
        readability,
        targetLevel: config.targetLevel,
        settings,
        sentenceLimit: sentenceLimitOf(config),
        report(b, r) {
          const list = noteWide.get(b) ?? [];
          list.push([rule, r]);
          noteWide.set(b, list);
        },
      };
      (rule.checkDocument as (context: DocumentContext) => void)(context);
    }
    for (const b of before?.noteWide ?? []) if (b < from || b >= oldTo) redo.push(b < from ? b : b + shift);
    for (const b of noteWide.keys()) redo.push(b);

    const documentFindings = (b: number): Finding[] => {
      const result = results[b]!;
      const view = views[b]!;
      const extra: Finding[] = [];
      let lineOf: LineIndex | null = null;
      const build = (rule: Rule, r: Report): void => {
        lineOf ??= createLineIndex(view.text);
        extra.push(buildFinding(rule.id, result.blockId, view.text, lineOf, r, rule.groupsRepeats, result.sentenceStarts));
      };
      // In registry order, as the rules ran before checks were incremental.
      for (const rule of RULES) {
        const settings: RuleSettings = config[rule.id];
        if (!settings.enabled) continue;
        if (rule.checkFirstUses && view.kind !== 'heading' && view.abbreviations.length > 0) {
          (rule.checkFirstUses as (context: FirstUseContext) => void)({
            block: view,
            isFirstUse: (key) => firstUses.isFirstAt(key, b),
            settings,
            sentenceLimit: sentenceLimitOf(config),
            report: (r) => build(rule, r),
          });
        }
        if (rule.checkDocument) for (const [reporter, r] of noteWide.get(b) ?? []) if (reporter === rule) build(rule, r);
      }
      const own = result.findings;
      return extra.length > 0 ? [...own, ...extra].sort(byPosition) : own;
    };

    const runMerged: Finding[][] = [];
    for (let i = from; i < newTo; i++) runMerged.push(documentFindings(i));
    const merged = spliced(before?.merged, from, oldTo, runMerged);
    // The blocks to redo outside the run, in order and once each.
    const outside = [...new Set(redo)].filter((b) => b < from || b >= newTo).sort((a, b) => a - b);
    for (const b of outside) merged[b] = documentFindings(b);

    // The new list of findings and where each block's start: stretches of the last check's between
    // the blocks made again (whole arrays copied, and offsets moved by a difference).
    const firstChanged = Math.min(from, outside[0] ?? n);
    const offsets = before ? before.offsets.slice(0, firstChanged + 1) : [0];
    const pieces: Finding[][] = before && firstChanged > 0 ? [before.findings.slice(0, before.offsets[firstChanged])] : [];
    let at = firstChanged;
    const copyUpTo = (end: number): void => {
      // [at, end) lies wholly before or wholly after the run: the last check holds it as it is.
      if (end <= at || !before) return;
      const oldAt = at < from ? at : at - shift;
      const oldEnd = end <= from ? end : end - shift;
      const moved = offsets[at]! - before.offsets[oldAt]!;
      for (let i = oldAt + 1; i <= oldEnd; i++) offsets.push(before.offsets[i]! + moved);
      pieces.push(before.findings.slice(before.offsets[oldAt], before.offsets[oldEnd]));
      at = end;
    };
    const place = (b: number): void => {
      copyUpTo(b);
      pieces.push(merged[b]!);
      offsets.push(offsets[b]! + merged[b]!.length);
      at = b + 1;
    };
    for (const b of outside) if (b < from) place(b);
    // Up to the run, then the run (it may be empty: blocks were only taken out).
    copyUpTo(from);
    for (let i = from; i < newTo; i++) place(i);
    at = newTo;
    for (const b of outside) if (b >= newTo) place(b);
    copyUpTo(n);
    const findings = joined(pieces);

    const runTexts: string[] = [];
    for (let i = from; i < newTo; i++) runTexts.push(blocks[i]!.text);
    last = { blocks: blocks.slice(), texts: spliced(before?.texts, from, oldTo, runTexts), results, views, merged, offsets, findings, sections, noteWide: [...noteWide.keys()] };
    return { blocks: results, findings, sections: sections.results, readability };
  };
}

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

/** The pieces one after the other; a spread for the few pieces of a re-check, a loop for a first check's many. */
function joined(pieces: readonly Finding[][]): Finding[] {
  if (pieces.length <= 1_000) return ([] as Finding[]).concat(...pieces);
  const out: Finding[] = [];
  for (const piece of pieces) for (const finding of piece) out.push(finding);
  return out;
}
