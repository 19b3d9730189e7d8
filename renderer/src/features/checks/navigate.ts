// F8 / Shift+F8: the next or previous finding from a position, wrapping around the note.
import type { Finding } from '../../../../shared/checker/types';

export interface Position {
  blockId: string;
  offset: number;
}

/** `findings` in document order; `blockOrder` gives each block's index in the note. */
export function nextFinding(
  findings: readonly Finding[],
  blockOrder: ReadonlyMap<string, number>,
  from: Position | null,
  direction: 1 | -1,
): Finding | null {
  if (findings.length === 0) return null;
  if (!from) return direction === 1 ? (findings[0] as Finding) : (findings[findings.length - 1] as Finding);
  const here = blockOrder.get(from.blockId) ?? -1;
  const compare = (finding: Finding) => {
    const index = blockOrder.get(finding.blockId) ?? -1;
    return index !== here ? index - here : finding.start - from.offset;
  };
  if (direction === 1) {
    for (const finding of findings) if (compare(finding) > 0) return finding;
    return findings[0] as Finding;
  }
  for (let i = findings.length - 1; i >= 0; i--) {
    const finding = findings[i] as Finding;
    if (compare(finding) < 0) return finding;
  }
  return findings[findings.length - 1] as Finding;
}
