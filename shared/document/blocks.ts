import type { SerializedUnknownNode } from './lexical-json';
import { inlineTextOf } from './comment-marks';

export type BlockKind = 'paragraph' | 'heading' | 'listitem';

export interface Block {
  /** Position path of the block in the tree, e.g. `b3` or `b5.2`; equal positions give equal ids. */
  id: string;
  kind: BlockKind;
  /** Heading level (1–6) for headings; nesting depth (1 = top list) for list items. */
  level?: number;
  text: string;
}

function headingLevel(tag: unknown): number {
  const match = typeof tag === 'string' ? /^h([1-6])$/.exec(tag) : null;
  return match ? Number(match[1]) : 1;
}

function collectList(list: SerializedUnknownNode, path: string, depth: number, out: Block[]): void {
  (list.children ?? []).forEach((item, index) => {
    if (item.type !== 'listitem') return;
    const itemPath = `${path}.${index}`;
    const children = item.children ?? [];
    const nested = children.filter((child) => child.type === 'list');
    // Lexical nests a sub-list inside a list item of its own; that wrapper item holds no text.
    if (nested.length === 0 || children.some((child) => child.type !== 'list')) {
      out.push({ id: itemPath, kind: 'listitem', level: depth, text: inlineTextOf(children) });
    }
    children.forEach((child, childIndex) => {
      if (child.type === 'list') collectList(child, `${itemPath}.${childIndex}`, depth + 1, out);
    });
  });
}

/**
 * Splits a Lexical document into blocks of plain text: the unit for word counts, revision sizes
 * and the checker. Unknown block types are skipped rather than failing, so a document written by
 * a newer Helder still counts.
 */
export function toBlocks(lexicalJson: string): Block[] {
  const state = JSON.parse(lexicalJson) as { root?: SerializedUnknownNode };
  const out: Block[] = [];
  (state.root?.children ?? []).forEach((node, index) => {
    const id = `b${index}`;
    switch (node.type) {
      case 'heading':
        out.push({ id, kind: 'heading', level: headingLevel(node.tag), text: inlineTextOf(node.children ?? []) });
        break;
      case 'paragraph':
      case 'quote':
        out.push({ id, kind: 'paragraph', text: inlineTextOf(node.children ?? []) });
        break;
      case 'list':
        collectList(node, id, 1, out);
        break;
      default:
        break;
    }
  });
  return out;
}

/**
 * Counts words the way a reader would: runs of characters separated by white space that contain
 * at least one letter or digit ("Wmo-consulent" is one word, a lone dash is none).
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  return words;
}

/** Total words in a Lexical document. */
export function countDocumentWords(lexicalJson: string): number {
  return toBlocks(lexicalJson).reduce((sum, block) => sum + countWords(block.text), 0);
}
