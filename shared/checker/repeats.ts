// Repeats: the first use of a term in a note is the finding; later uses of the same group are
// repeats, drawn quietly and listed under the first (a writer fixes a term once, not per section).
// A heading is a label, not the term's introduction: a finding there never heads a group, so the
// first use in the running text is reported in full, and the heading's use is listed under it (a
// term only in headings keeps its finding there). A term the text names or explains
// where it stands ("Dat heet bijzondere bijstand.") has no finding there, and its later uses are
// repeats of that explanation: the writer did what the finding would ask. One pass, in document order.
import type { BlockKind, Explanation, Finding } from './types';

export interface RepeatBlock {
  blockId: string;
  kind: BlockKind;
  explained?: readonly Explanation[];
}

/** The findings (in document order) that repeat an earlier finding, or follow an explanation, of their term. */
export function repeatsOf(findings: readonly Finding[], blocks: readonly RepeatBlock[]): Set<Finding> {
  const headings = new Set<string>();
  // Where each term is first explained: block position and offset.
  const explainedAt = new Map<string, { block: number; start: number }>();
  const order = new Map<string, number>();
  blocks.forEach((block, index) => {
    order.set(block.blockId, index);
    if (block.kind === 'heading') headings.add(block.blockId);
    for (const explanation of block.explained ?? []) if (!explainedAt.has(explanation.group)) explainedAt.set(explanation.group, { block: index, start: explanation.start });
  });
  // Terms the running text uses: there, not in a heading, is where the writer deals with them.
  const inText = new Set<string>();
  for (const finding of findings) if (finding.group && !headings.has(finding.blockId)) inText.add(finding.group);
  const seen = new Set<string>();
  const repeats = new Set<Finding>();
  for (const finding of findings) {
    if (!finding.group) continue;
    const explained = explainedAt.get(finding.group);
    const block = order.get(finding.blockId) ?? -1;
    const heading = headings.has(finding.blockId);
    if (seen.has(finding.group) || (explained && (explained.block < block || (explained.block === block && explained.start < finding.start)))) repeats.add(finding);
    else if (heading && inText.has(finding.group)) repeats.add(finding);
    else if (!heading) seen.add(finding.group);
  }
  return repeats;
}
