// Compare two versions: the block and word diff, the score of the whole text and of every
// section before -> after, and which findings were resolved and which appeared.
import type { Checker, DocumentResult, Finding } from '../checker';
import type { Comparison, FindingCount, SectionScores } from '../contract/versions';
import { diffBlocks } from '../diff';
import { toBlocks } from '../document';
import { familyOfRule } from './families';
import { scoreOf } from './scores';

type Label = Comparison['from'];

/** Same rule on the same words is "the same finding", wherever it moved to. */
const findingKey = (finding: Finding) => `${finding.ruleId}\u0000${finding.actual.toLowerCase()}`;

function countFindings(findings: readonly Finding[]): Map<string, { finding: Finding; count: number }> {
  const counts = new Map<string, { finding: Finding; count: number }>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { finding, count: 1 });
  }
  return counts;
}

/** Findings of `a` that `b` has fewer of (or none), with how many fewer. */
function fewerIn(a: ReturnType<typeof countFindings>, b: ReturnType<typeof countFindings>): FindingCount[] {
  const out: FindingCount[] = [];
  for (const [key, { finding, count }] of a) {
    const left = count - (b.get(key)?.count ?? 0);
    if (left > 0) out.push({ ruleId: finding.ruleId, family: familyOfRule(finding.ruleId), actual: finding.actual, message: finding.message, count: left });
  }
  return out.sort((x, y) => y.count - x.count || x.ruleId.localeCompare(y.ruleId));
}

/** Sections are matched by heading text, in order, so a renamed section shows as gone + new. */
export function sectionScores(before: DocumentResult, after: DocumentResult): SectionScores[] {
  const pool = new Map<string, DocumentResult['sections']>();
  for (const section of before.sections) pool.set(section.title, [...(pool.get(section.title) ?? []), section]);
  const rows: SectionScores[] = [];
  for (const section of after.sections) {
    const match = pool.get(section.title)?.shift();
    rows.push({ title: section.title, before: match ? scoreOf(match.readability) : null, after: scoreOf(section.readability) });
  }
  for (const rest of pool.values()) for (const section of rest) rows.push({ title: section.title, before: scoreOf(section.readability), after: null });
  return rows;
}

export function compareDocuments(checker: Checker, beforeJson: string, afterJson: string, from: Label, to: Label): Comparison {
  const beforeBlocks = toBlocks(beforeJson);
  const afterBlocks = toBlocks(afterJson);
  const before = checker.checkDocument(beforeBlocks);
  const after = checker.checkDocument(afterBlocks);
  const { changes, summary } = diffBlocks(beforeBlocks, afterBlocks);
  const beforeCounts = countFindings(before.findings);
  const afterCounts = countFindings(after.findings);
  return {
    from,
    to,
    changes,
    summary,
    before: scoreOf(before.readability),
    after: scoreOf(after.readability),
    sections: sectionScores(before, after),
    resolved: fewerIn(beforeCounts, afterCounts),
    appeared: fewerIn(afterCounts, beforeCounts),
  };
}
