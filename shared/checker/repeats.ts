// Repeats: the first use of a term in a note is the finding; later uses of the same group are
// repeats, drawn quietly and listed under the first (a writer fixes a term once, not per section).
// A heading is a label, not the term's introduction: a finding there never heads a group, so the
// first use in the running text is still reported in full. One pass, in document order.
import type { BlockKind, Finding } from './types';

/** The findings (in document order) that repeat an earlier finding of their note. */
export function repeatsOf(findings: readonly Finding[], blocks: ReadonlyArray<{ blockId: string; kind: BlockKind }>): Set<Finding> {
  const headings = new Set(blocks.filter((block) => block.kind === 'heading').map((block) => block.blockId));
  const seen = new Set<string>();
  const repeats = new Set<Finding>();
  for (const finding of findings) {
    if (!finding.group) continue;
    if (seen.has(finding.group)) repeats.add(finding);
    else if (!headings.has(finding.blockId)) seen.add(finding.group);
  }
  return repeats;
}
