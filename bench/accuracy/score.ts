// Scores the checker against one part of the corpus: precision per rule, recall per annotation
// class, density, and the share of one-click fixes that read right.
import { splitBlocks, type Checker, type Finding } from '../../shared/checker/index';
import type { CorpusText, FlagClass, Span } from './corpus';
import { judgeFix, type FixVerdict } from './fixes';

export type Verdict = 'helpful' | 'neutral' | 'noise';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function classify(finding: Span, text: CorpusText): Verdict {
  if (text.flag.some((f) => overlaps(f, finding))) return 'helpful';
  if (text.ok.some((o) => overlaps(o, finding))) return 'neutral';
  return 'noise';
}

export interface Tally {
  helpful: number;
  neutral: number;
  noise: number;
}
const tally = (): Tally => ({ helpful: 0, neutral: 0, noise: 0 });
export const precisionOf = (t: Tally): number => (t.helpful + t.noise === 0 ? NaN : t.helpful / (t.helpful + t.noise));

export interface NoiseExample {
  stem: string;
  ruleId: string;
  actual: string;
  message: string;
}

export interface PartScore {
  texts: number;
  perRule: Map<string, Tally>;
  errors: Tally;
  all: Tally;
  recall: Map<FlagClass, { hit: number; total: number }>;
  officialese: { hit: number; total: number };
  /** findings: every finding; groupedFindings: repeats grouped; entries: what the Problems panel lists (repeats and sentences grouped). */
  dense: { words: number; findings: number; groupedFindings: number; entries: number };
  /** max: findings per plain text with repeats grouped; maxEntries: with sentences grouped too. */
  plain: { texts: number; findings: number; max: number; maxEntries: number };
  fixes: { total: number; good: number; byRule: Map<string, { good: number; total: number }>; bad: Array<FixVerdict & { stem: string; ruleId: string; actual: string; replacement: string }> };
  noise: NoiseExample[];
  /** Flagged spans no finding touched (dev details only). */
  missed: Array<{ stem: string; cls: FlagClass; quote: string }>;
}

const OFFICIALESE_CLASSES: readonly FlagClass[] = ['officialese', 'jargon', 'vague'];

/** A one-click fix: an alternative the quick fix would apply (findings marked advice-only have none). */
export const isOneClick = (f: Finding): boolean => f.expected.length > 0 && (f as { adviceOnly?: boolean }).adviceOnly !== true;

/** The entries a writer sees in the Problems panel: a repeat counts with its first use, a sentence group once (checkText marks both). */
export function entriesOf(findings: readonly Finding[]): number {
  const groups = new Set<string>();
  let count = 0;
  for (const f of findings) {
    if (f.repeat) continue;
    if (f.sentenceGroup === undefined) count++;
    else if (!groups.has(f.sentenceGroup)) {
      groups.add(f.sentenceGroup);
      count++;
    }
  }
  return count;
}

/** Each one-click fix of `findings` (offsets in the whole text) judged in its own block. */
export function judgedFixes(checker: Checker, text: CorpusText, findings: readonly Finding[]): Array<{ finding: Finding; local: Finding; verdict: FixVerdict }> {
  const blocks = splitBlocks(text.text, 'markdown');
  return findings.flatMap((f) => {
    if (!isOneClick(f)) return [];
    const block = blocks.find((b) => f.start >= b.base && f.end <= b.base + b.text.length);
    if (!block) return [];
    const local = { ...f, start: f.start - block.base, end: f.end - block.base };
    const flags = text.flag.filter((s) => s.start >= block.base && s.end <= block.base + block.text.length).map((s) => ({ ...s, start: s.start - block.base, end: s.end - block.base }));
    return [{ finding: f, local, verdict: judgeFix(checker, block, local, flags) }];
  });
}

export function scorePart(checker: Checker, texts: readonly CorpusText[]): PartScore {
  const score: PartScore = {
    texts: texts.length,
    perRule: new Map(),
    errors: tally(),
    all: tally(),
    recall: new Map(),
    officialese: { hit: 0, total: 0 },
    dense: { words: 0, findings: 0, groupedFindings: 0, entries: 0 },
    plain: { texts: 0, findings: 0, max: 0, maxEntries: 0 },
    fixes: { total: 0, good: 0, byRule: new Map(), bad: [] },
    noise: [],
    missed: [],
  };
  for (const text of texts) {
    const result = checker.checkText(text.text, 'markdown');
    const findings = result.findings;
    // A repeat is listed under the first use of its group: it counts with that finding, not again.
    for (const f of findings.filter((x) => !x.repeat)) {
      const verdict = classify(f, text);
      const rule = score.perRule.get(f.ruleId) ?? tally();
      rule[verdict]++;
      score.perRule.set(f.ruleId, rule);
      score.all[verdict]++;
      if (f.severity === 'error') score.errors[verdict]++;
      if (verdict === 'noise') score.noise.push({ stem: text.stem, ruleId: f.ruleId, actual: f.actual, message: f.message });
    }
    for (const flag of text.flag) {
      const hit = findings.some((f) => overlaps(f, flag));
      const r = score.recall.get(flag.cls) ?? { hit: 0, total: 0 };
      r.total++;
      if (hit) r.hit++;
      else score.missed.push({ stem: text.stem, cls: flag.cls, quote: flag.quote });
      score.recall.set(flag.cls, r);
      if (OFFICIALESE_CLASSES.includes(flag.cls)) {
        score.officialese.total++;
        if (hit) score.officialese.hit++;
      }
    }
    const grouped = findings.filter((f) => !f.repeat).length;
    const entries = entriesOf(findings);
    if (text.style === 'dense') {
      score.dense.words += text.words;
      score.dense.findings += findings.length;
      score.dense.groupedFindings += grouped;
      score.dense.entries += entries;
    } else {
      score.plain.texts++;
      score.plain.findings += grouped;
      score.plain.max = Math.max(score.plain.max, grouped);
      score.plain.maxEntries = Math.max(score.plain.maxEntries, entries);
    }

    for (const { finding: f, verdict } of judgedFixes(checker, text, findings)) {
      score.fixes.total++;
      const byRule = score.fixes.byRule.get(f.ruleId) ?? { good: 0, total: 0 };
      byRule.total++;
      if (verdict.ok) byRule.good++;
      score.fixes.byRule.set(f.ruleId, byRule);
      if (verdict.ok) score.fixes.good++;
      else score.fixes.bad.push({ ...verdict, stem: text.stem, ruleId: f.ruleId, actual: f.actual, replacement: f.expected[0] ?? '' });
    }
  }
  return score;
}
