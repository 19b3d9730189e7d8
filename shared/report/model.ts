// The Leesbaarheidsrapport as data. HTML, PDF and JSON are all drawn from this one model, so the
// three forms can never disagree. Pure: the caller runs the checker and reads the note.
import type { Block, DocumentResult, Finding } from '../checker';
import type { StoredDismissal } from '../contract/checks';
import type { Comparison, ReportModel, VersionInfo } from '../contract/versions';
import { countFamilies, FAMILIES } from '../versions/families';
import { scoreOf } from '../versions/scores';
import { hardestSentences } from './hardest-sentences';

export interface ReportInput {
  title: string;
  author: string;
  /** "Huidige tekst" or the name of the version the report is about. */
  version: string;
  date: string;
  blocks: readonly Block[];
  result: DocumentResult;
  dismissals: readonly StoredDismissal[];
  /** Newest first, as versions.list returns them. */
  versions: readonly VersionInfo[];
  changes: Comparison | null;
  advice?: ReportModel['advice'];
}

const HARDEST = 10;

function reasonsOf(sentence: ReturnType<typeof hardestSentences>[number]): string[] {
  const reasons = [`${sentence.words} woorden`];
  if (sentence.commas > 1) reasons.push(`${sentence.commas} komma's`);
  if (sentence.clauses > 0) reasons.push(sentence.clauses === 1 ? '1 bijzin' : `${sentence.clauses} bijzinnen`);
  if (sentence.hardWords.length > 0) reasons.push(`moeilijke woorden: ${sentence.hardWords.join(', ')}`);
  if (sentence.passives.length > 0) reasons.push(`lijdende vorm: ${sentence.passives.join(', ')}`);
  return reasons;
}

function sectionTitleOf(result: DocumentResult): Map<string, string> {
  const titles = new Map<string, string>();
  for (const section of result.sections) for (const id of section.blockIds) titles.set(id, section.title);
  return titles;
}

/** Jargon and nominalisations with the plain word the checker suggests, most used first. */
function termsOf(findings: readonly Finding[]): ReportModel['terms'] {
  const terms = new Map<string, { term: string; count: number; alternative: string }>();
  for (const finding of findings) {
    if (finding.ruleId !== 'jargon' && finding.ruleId !== 'nominalisation') continue;
    const key = finding.actual.toLowerCase();
    const entry = terms.get(key);
    if (entry) entry.count += 1;
    else terms.set(key, { term: finding.actual, count: 1, alternative: finding.expected.slice(0, 3).join(' / ') });
  }
  return [...terms.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'nl'));
}

export function buildReport(input: ReportInput): ReportModel {
  const { result } = input;
  const titles = sectionTitleOf(result);
  const families = countFamilies(result.findings);
  const trend = [...input.versions].reverse().map((version) => ({
    label: version.name ?? (version.kind === 'auto' ? 'automatisch' : 'versie'),
    createdAt: version.createdAt,
    fleschDouma: version.stats.fleschDouma,
    brouwer: version.stats.brouwer,
    level: version.stats.level,
  }));
  const { changes } = input;
  return {
    title: input.title,
    version: input.version,
    date: input.date,
    author: input.author,
    score: scoreOf(result.readability),
    reasons: result.readability.reasons,
    sections: result.sections
      .filter((section) => section.readability.words > 0)
      .map((section) => ({ title: section.title, score: scoreOf(section.readability) })),
    families: FAMILIES.map((family) => ({ family, count: families[family] })),
    hardest: hardestSentences(input.blocks, result.findings, HARDEST).map((sentence) => ({
      section: titles.get(sentence.blockId) ?? '',
      text: sentence.text,
      reasons: reasonsOf(sentence),
    })),
    terms: termsOf(result.findings),
    dismissed: input.dismissals.map((dismissal) => ({ ruleId: dismissal.ruleId, quote: dismissal.quote, reason: dismissal.reason ?? '' })),
    trend,
    changes: changes
      ? {
          from: changes.from,
          to: changes.to,
          summary: changes.summary,
          before: changes.before,
          after: changes.after,
          sections: changes.sections,
          resolved: changes.resolved,
          appeared: changes.appeared,
          changedBlocks: changes.changes.filter((change) => change.type !== 'same').length,
        }
      : null,
    advice: input.advice ?? [],
  };
}
