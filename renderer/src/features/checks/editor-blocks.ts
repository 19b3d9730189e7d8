// Reads the note's blocks straight from the live Lexical state (no JSON round trip). Block id is
// the Lexical node key, so results map back to DOM elements with editor.getElementByKey.
// Only blocks Lexical marked dirty are re-read; the rest come from the previous read.
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, $isParagraphNode, type EditorState, type LexicalNode } from 'lexical';
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

/** How a text block of kind and level reads from its node, or null for a node that is no text block. */
function $describe(node: LexicalNode): { kind: EditorBlockKind; level: number | undefined; text: () => string } | null {
  if ($isHeadingNode(node)) return { kind: 'heading', level: headingLevel(node.getTag()), text: () => node.getTextContent() };
  if ($isParagraphNode(node) || $isQuoteNode(node)) return { kind: 'paragraph', level: undefined, text: () => node.getTextContent() };
  return null;
}

const neighboursOf = (node: LexicalNode) => `${node.getPreviousSibling()?.getKey() ?? ''}|${node.getNextSibling()?.getKey() ?? ''}`;

export class EditorBlockReader {
  private previous = new Map<string, EditorBlock>();
  private list: EditorBlock[] = [];
  private indexOf = new Map<string, number>();
  /** Top-level node key -> its neighbours' keys at the last full read. */
  private neighbours = new Map<string, string>();

  /** The kind of a block from the last read, undefined for a key that was no block. */
  kindOf(key: string): EditorBlockKind | undefined {
    const index = this.indexOf.get(key);
    return index === undefined ? undefined : this.list[index]?.kind;
  }

  /**
   * True when an update cannot have added, removed or reordered blocks. Any node that is inserted,
   * removed or moved is changed in itself (intentionally dirty), and so are its old and new
   * neighbours; so it suffices that every element changed in itself is a known paragraph or
   * heading that still has the same neighbours. List items and lists are left to the full read
   * (an item that gains or loses a nested list changes which items are blocks). Inside a read.
   */
  $keepsBlockList(dirtyElements: ReadonlyMap<string, boolean>): boolean {
    for (const [key, intentional] of dirtyElements) {
      if (!intentional || key === 'root') continue;
      const kind = this.kindOf(key);
      if (kind !== 'paragraph' && kind !== 'heading') return false;
      const node = $getNodeByKey(key);
      if (!node || !node.isAttached() || this.neighbours.get(key) !== neighboursOf(node)) return false;
    }
    return true;
  }

  /**
   * Typing inside existing blocks leaves the list of blocks as it was ($keepsBlockList): then only
   * the changed blocks are read again, without walking the note. `changed` are dirty element keys;
   * returns null when a block turns out to be gone (the caller reads everything). Inside a read.
   */
  $readChanged(changed: Iterable<string>): EditorBlock[] | null {
    let out: EditorBlock[] | null = null;
    for (const key of changed) {
      const index = this.indexOf.get(key);
      if (index === undefined) continue; // an ancestor or an inline element
      const before = this.list[index] as EditorBlock;
      const node = $getNodeByKey(key);
      if (!node) return null;
      let kind: EditorBlockKind;
      let level: number | undefined;
      let text: string;
      if ($isListItemNode(node)) {
        if (before.kind !== 'listitem') return null;
        kind = 'listitem';
        level = before.level;
        text = listItemText(node);
      } else {
        const described = $describe(node);
        if (!described) return null;
        ({ kind, level } = described);
        text = described.text();
      }
      if (text === before.text && kind === before.kind && level === before.level) continue;
      const block: EditorBlock = { id: key, kind, text, hash: blockHash(kind, level, text) };
      if (level !== undefined) block.level = level;
      out ??= [...this.list];
      out[index] = block;
      this.previous.set(key, block);
    }
    if (out) this.list = out;
    return this.list;
  }

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
    this.neighbours.clear();
    for (const node of $getRoot().getChildren()) {
      this.neighbours.set(node.getKey(), neighboursOf(node));
      const described = $describe(node);
      if (described) take(node, described.kind, described.level, described.text);
      else if ($isListNode(node)) walkList(node, 1);
    }
    this.previous = next;
    this.list = out;
    this.indexOf = new Map(out.map((block, index) => [block.id, index]));
    return out;
  }

  read(state: EditorState, dirty: DirtySet): EditorBlock[] {
    return state.read(() => this.$read(dirty));
  }

  reset(): void {
    this.previous.clear();
    this.list = [];
    this.indexOf.clear();
    this.neighbours.clear();
  }
}
