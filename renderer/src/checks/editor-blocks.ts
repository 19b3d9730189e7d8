// Reads the note's blocks straight from the live Lexical state (no JSON round trip). Block id is
// the Lexical node key, so results map back to DOM elements with editor.getElementByKey.
// Only blocks Lexical marked dirty are re-read; the rest come from the previous read.
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isParagraphNode, type EditorState, type LexicalNode } from 'lexical';
import { blockHash } from './block-hash';

export type EditorBlockKind = 'paragraph' | 'heading' | 'listitem';

export interface EditorBlock {
  id: string;
  kind: EditorBlockKind;
  level?: number;
  text: string;
  hash: string;
}

/** Which blocks must be re-read: all (load, undo/redo) or those whose element is dirty. */
export type DirtySet = 'all' | ReadonlySet<string>;

const headingLevel = (tag: string): number => Number(tag.slice(1)) || 1;

function listItemText(item: ListItemNode): string {
  let text = '';
  for (const child of item.getChildren()) if (!$isListNode(child)) text += child.getTextContent();
  return text;
}

export class EditorBlockReader {
  private previous = new Map<string, EditorBlock>();

  /** Must be called inside `editorState.read`. */
  $read(dirty: DirtySet): EditorBlock[] {
    const out: EditorBlock[] = [];
    const next = new Map<string, EditorBlock>();
    const take = (node: LexicalNode, kind: EditorBlockKind, level: number | undefined, text: () => string) => {
      const key = node.getKey();
      let block = dirty === 'all' || dirty.has(key) ? undefined : this.previous.get(key);
      if (!block || block.kind !== kind || block.level !== level) {
        const content = text();
        block = { id: key, kind, text: content, hash: blockHash(kind, level, content) };
        if (level !== undefined) block.level = level;
      }
      next.set(key, block);
      out.push(block);
    };
    const walkList = (list: ListNode, depth: number) => {
      for (const item of list.getChildren()) {
        if (!$isListItemNode(item)) continue;
        const children = item.getChildren();
        const nested = children.filter($isListNode);
        // A Lexical sub-list sits in a list item of its own that holds no text.
        if (nested.length === 0 || nested.length < children.length) take(item, 'listitem', depth, () => listItemText(item));
        for (const list of nested) walkList(list, depth + 1);
      }
    };
    for (const node of $getRoot().getChildren()) {
      if ($isHeadingNode(node)) take(node, 'heading', headingLevel(node.getTag()), () => node.getTextContent());
      else if ($isParagraphNode(node) || $isQuoteNode(node)) take(node, 'paragraph', undefined, () => node.getTextContent());
      else if ($isListNode(node)) walkList(node, 1);
    }
    this.previous = next;
    return out;
  }

  read(state: EditorState, dirty: DirtySet): EditorBlock[] {
    return state.read(() => this.$read(dirty));
  }

  reset(): void {
    this.previous.clear();
  }
}
