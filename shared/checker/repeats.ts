// Repeats: the first use of a term in a section is the finding; later uses of the same group in
// that section are repeats, drawn quietly and listed under the first. One pass, in document order.
import type { BlockKind, Finding } from './types';

/** The findings (in document order) that repeat an earlier finding of their section. */
export function repeatsOf(findings: readonly Finding[], blocks: ReadonlyArray<{ blockId: string; kind: BlockKind }>): Set<Finding> {
  const sectionOf = new Map<string, number>();
  let section = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') section++;
    sectionOf.set(block.blockId, section);
  }
  const seen = new Set<string>();
  const repeats = new Set<Finding>();
  for (const finding of findings) {
    if (!finding.group) continue;
    const key = `${sectionOf.get(finding.blockId) ?? 0}\u0000${finding.group}`;
    if (seen.has(key)) repeats.add(finding);
    else seen.add(key);
  }
  return repeats;
}
