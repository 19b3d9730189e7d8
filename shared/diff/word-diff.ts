// Word-level diff of two texts. Whitespace counts as a token of its own, so joining the parts of
// one side gives back exactly that side's text (the compare view and the report rely on it).
import { diffWordsWithSpace } from 'diff';

export type PartOp = 'same' | 'added' | 'removed';

export interface WordPart {
  op: PartOp;
  text: string;
}

export function diffWordsOf(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const parts: WordPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const op: PartOp = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/** The text of one side: 'before' keeps same + removed parts, 'after' same + added. */
export function sideOf(parts: readonly WordPart[], side: 'before' | 'after'): string {
  const skip: PartOp = side === 'before' ? 'added' : 'removed';
  return parts.filter((part) => part.op !== skip).map((part) => part.text).join('');
}
