// Repeats: the first use of a term in a note is the finding; later uses of the same group are
// repeats, drawn quietly and listed under the first (a writer fixes a term once, not per section).
// A heading is a label, not the term's introduction: a finding there never heads a group, so the
// first use in the running text is reported in full, and the heading's use is listed under it (a
// term only in headings keeps its finding there). A term the text names or explains
// where it stands ("Dat heet bijzondere bijstand.") has no finding there, and its later uses are
// repeats of that explanation: the writer did what the finding would ask.
import type { BlockKind, Explanation, Finding } from './types';

export interface RepeatBlock {
  blockId: string;
  kind: BlockKind;
  explained?: readonly Explanation[];
}

/** The findings (in document order, each in one of `blocks`) that repeat an earlier finding, or follow an explanation, of their term. */
export function repeatsOf(findings: readonly Finding[], blocks: readonly RepeatBlock[]): Set<Finding> {
  // Where each term is first explained: block position and offset.
  const explainedAt = new Map<string, { block: number; start: number }>();
  for (let index = 0; index < blocks.length; index++) {
    const explained = blocks[index]!.explained;
    if (explained) for (const explanation of explained) if (!explainedAt.has(explanation.group)) explainedAt.set(explanation.group, { block: index, start: explanation.start });
  }
  // The editor asks after every result on a note of thousands of findings: each finding's block
  // position is found by walking the blocks along, not by a lookup per finding.
  const at = blockPositions(findings, blocks);
  // Where each term is first used in the running text (not a heading): that use heads the term's
  // group, unless an explanation came before it. Every other use, in a heading or not, repeats
  // the head; a term only in headings has no head, and its uses repeat only an explanation.
  const head = new Map<string, number>();
  for (let i = 0; i < findings.length; i++) {
    const group = findings[i]!.group;
    if (group && blocks[at[i]!]?.kind !== 'heading' && !head.has(group)) head.set(group, i);
  }
  const repeats = new Set<Finding>();
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    const group = finding.group;
    if (!group) continue;
    const first = head.get(group);
    if (first !== undefined && first !== i) {
      repeats.add(finding);
      continue;
    }
    const explained = explainedAt.size > 0 ? explainedAt.get(group) : undefined;
    if (explained && (explained.block < at[i]! || (explained.block === at[i]! && explained.start < finding.start))) repeats.add(finding);
  }
  return repeats;
}

/** Each finding's block position (-1 for a block not in `blocks`). */
function blockPositions(findings: readonly Finding[], blocks: readonly RepeatBlock[]): Int32Array {
  const at = new Int32Array(findings.length);
  let block = 0;
  for (let i = 0; i < findings.length; i++) {
    const id = findings[i]!.blockId;
    while (block < blocks.length && blocks[block]!.blockId !== id) block++;
    if (block === blocks.length) return positionsByLookup(findings, blocks, at);
    at[i] = block;
  }
  return at;
}

/** The same for findings that are not in block order, or name a block the list does not have. */
function positionsByLookup(findings: readonly Finding[], blocks: readonly RepeatBlock[], at: Int32Array): Int32Array {
  const order = new Map<string, number>();
  for (let index = 0; index < blocks.length; index++) order.set(blocks[index]!.blockId, index);
  for (let i = 0; i < findings.length; i++) at[i] = order.get(findings[i]!.blockId) ?? -1;
  return at;
}
