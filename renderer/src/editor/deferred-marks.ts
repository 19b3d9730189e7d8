// Comment marks kept aside per block until the block is shown (see mark-json.ts for why). A block's
// kept marks hold only while the block has the text they were kept for and no mark nodes of its
// own: the comments layer turns them into mark nodes when the block comes into view (or before
// anything marks it), after which Lexical moves them with every edit. Old texts stay on record, so
// undo back to a text brings its marks back with it.
import { $isLinkNode } from '@lexical/link';
import { $isMarkNode } from '@lexical/mark';
import { $getNodeByKey, $getRoot, $isElementNode, $isLineBreakNode, $isTabNode, $isTextNode, $parseSerializedNode, type EditorState, type ElementNode, type LexicalEditor, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { COMMENT_MARKS_KEY, forEachBlock, writeMarkTable, type SerializedUnknownNode, type StoredMarkBlock } from '../../../shared/document';
import { BLOCK_TYPES, fittingRuns, holdsMarkNodes, liftBlock, mapRuns, wrapRuns, type LiftedBlock, type MarkRun } from './mark-json';

/** Texts remembered per block: enough for a long undo history of one paragraph. */
const TEXTS_PER_BLOCK = 64;
/** Updates that only turn kept marks into mark nodes: the stored note does not change. */
export const MARKS_SHOWN_TAG = 'helder-marks-shown';

interface Kept {
  text: string;
  runs: MarkRun[];
}

export class DeferredMarks {
  private readonly kept = new Map<NodeKey, Kept[]>();
  private readonly listeners = new Set<() => void>();
  /** A state in which every block kept here was just read with the text its runs are kept for and no mark nodes. */
  private checkedIn: EditorState | null = null;

  get size(): number {
    return this.kept.size;
  }

  has(key: NodeKey): boolean {
    return this.kept.has(key);
  }

  keys(): IterableIterator<NodeKey> {
    return this.kept.keys();
  }

  /** The runs kept for this block text, or null. */
  runsFor(key: NodeKey, text: string): MarkRun[] | null {
    const list = this.kept.get(key);
    if (!list) return null;
    for (let index = list.length - 1; index >= 0; index -= 1) if (list[index]!.text === text) return list[index]!.runs;
    return null;
  }

  /**
   * The blocks with kept marks to show in `state`, when that is the state they were all just read
   * in (keepLifted at open): no need to read every block's text again to know. Null otherwise.
   */
  keysCheckedIn(state: EditorState): NodeKey[] | null {
    if (state !== this.checkedIn) return null;
    return [...this.kept].filter(([, list]) => (list.at(-1)?.runs.length ?? 0) > 0).map(([key]) => key);
  }

  /** Records that every block kept here has, in `state`, the text it was last kept for and no mark nodes. */
  checked(state: EditorState): void {
    this.checkedIn = state;
  }

  /** Keeps `runs` for a block text (replacing what was kept for that same text). */
  put(key: NodeKey, text: string, runs: MarkRun[]): void {
    this.checkedIn = null;
    const list = (this.kept.get(key) ?? []).filter((item) => item.text !== text);
    list.push({ text, runs });
    if (list.length > TEXTS_PER_BLOCK) list.shift();
    this.kept.set(key, list);
  }

  /** Keeps `runs` for a text unless that text already has runs (an older state of it, for undo). */
  putIfNew(key: NodeKey, text: string, runs: MarkRun[]): void {
    if (this.runsFor(key, text) === null) this.put(key, text, runs);
  }

  /** Called when kept marks changed that the stored note must get (the owner saves). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<LexicalEditor, DeferredMarks>();

export function deferredMarksOf(editor: LexicalEditor): DeferredMarks {
  let store = stores.get(editor);
  if (!store) {
    store = new DeferredMarks();
    stores.set(editor, store);
  }
  return store;
}

/** A block's text (as mark-json and editor-text count it) and whether it holds mark nodes. */
export function $blockText(block: ElementNode): { text: string; marked: boolean } {
  const out = { text: '', marked: false };
  const walk = (element: ElementNode) => {
    for (const child of element.getChildren()) {
      if ($isTabNode(child)) out.text += '\t';
      else if ($isTextNode(child)) out.text += child.getTextContent();
      else if ($isLineBreakNode(child)) out.text += '\n';
      else if ($isMarkNode(child)) {
        out.marked = true;
        walk(child);
      } else if ($isLinkNode(child)) walk(child);
    }
  };
  walk(block);
  return out;
}

/** The block's text and the runs kept for it as it is now: null when it has mark nodes or nothing is kept for its text. */
function $keptBlock(store: DeferredMarks, key: NodeKey): { text: string; runs: MarkRun[] } | null {
  if (!store.has(key)) return null;
  const node = $getNodeByKey(key);
  if (!$isElementNode(node)) return null;
  const { text, marked } = $blockText(node);
  const runs = marked ? null : store.runsFor(key, text);
  return runs ? { text, runs } : null;
}

/** The runs kept for a block as it is now: null when it has mark nodes or nothing is kept for its text. */
export function $keptRuns(store: DeferredMarks, key: NodeKey): MarkRun[] | null {
  return $keptBlock(store, key)?.runs ?? null;
}

/** A node as stored, children included (Lexical's exportJSON leaves an element's children out). */
function $exportDeep(node: LexicalNode): SerializedUnknownNode {
  const json = node.exportJSON() as unknown as SerializedUnknownNode;
  if ($isElementNode(node)) json.children = node.getChildren().map($exportDeep);
  return json;
}

/**
 * Makes a block's kept marks into mark nodes, exactly as the note stores them: the block's inline
 * children are written with the marks put back (wrapRuns) and read in again. False when there is
 * nothing kept for the block, or it holds a nested list (the caller then wraps the marks itself).
 * The block's leaves are new nodes afterwards: a selection in it must be put back by the caller.
 */
export function $showKeptBlock(store: DeferredMarks, key: NodeKey): boolean {
  const runs = $keptRuns(store, key);
  const block = $getNodeByKey(key);
  if (!runs || runs.length === 0 || !$isElementNode(block) || block.getChildren().some((child) => child.getType() === 'list')) return false;
  const children = wrapRuns(block.getChildren().map($exportDeep), runs);
  block.splice(0, block.getChildrenSize(), children.map((child) => $parseSerializedNode(child as unknown as SerializedLexicalNode)));
  return true;
}

/** Block keys in the order liftMarks numbers blocks. */
export function $blockKeysInOrder(): NodeKey[] {
  const keys: NodeKey[] = [];
  const walk = (node: LexicalNode) => {
    if (!$isElementNode(node)) return;
    const isBlock = BLOCK_TYPES.has(node.getType());
    if (isBlock) keys.push(node.getKey());
    for (const child of node.getChildren()) if (!isBlock || child.getType() === 'list') walk(child);
  };
  walk($getRoot());
  return keys;
}

/**
 * Keeps the marks read at open for the blocks of a freshly set state. False (nothing kept) when a
 * block's text in the editor is not the text the marks were stored for (its length, for the table):
 * the caller then loads the note with its marks as nodes, so no mark is ever put on other words.
 */
export function keepLifted(editor: LexicalEditor, lifted: readonly LiftedBlock[]): boolean {
  const store = deferredMarksOf(editor);
  let withNodes = false;
  const placed = editor.getEditorState().read(() => {
    const keys = $blockKeysInOrder();
    const out: Array<{ key: NodeKey; text: string; runs: MarkRun[] }> = [];
    for (const block of lifted) {
      const key = keys[block.order];
      const node = key === undefined ? null : $getNodeByKey(key);
      if (!$isElementNode(node)) return null;
      const { text, marked } = $blockText(node);
      withNodes ||= marked;
      if (block.text === undefined ? text.length !== block.length : text !== block.text) return null;
      out.push({ key: key!, text, runs: block.runs });
    }
    return out;
  });
  if (!placed) return false;
  const fresh = store.size === 0;
  for (const { key, text, runs } of placed) store.put(key, text, runs);
  // Read just now, in the state the editor has, with no mark nodes: what the comments layer's first look would find.
  if (fresh && !withNodes) store.checked(editor.getEditorState());
  return true;
}

/**
 * The state as stored JSON: the tree without mark nodes, and every comment mark (kept aside or a
 * node) in the table beside it (shared/document/comment-marks.ts).
 */
export function serializeWithKeptMarks(state: EditorState, store: DeferredMarks | undefined): unknown {
  const json = state.toJSON() as unknown as { root: SerializedUnknownNode; [COMMENT_MARKS_KEY]?: unknown };
  const table: StoredMarkBlock[] = [];
  state.read(() => {
    const keys = store && store.size > 0 ? $blockKeysInOrder() : [];
    forEachBlock(json.root, (block, order) => {
      const children = block.children ?? [];
      let marked: { text: string; runs: MarkRun[] } | null = null;
      if (holdsMarkNodes(children)) {
        const lifted = liftBlock(children);
        block.children = lifted.children;
        marked = lifted;
      } else {
        const key = keys[order];
        if (store && key !== undefined) marked = $keptBlock(store, key);
      }
      // Only runs that fit the text: main refuses a table that does not, and the save with it.
      const runs = marked ? fittingRuns(marked.runs, marked.text.length) : [];
      if (marked && runs.length > 0) table.push({ order, length: marked.text.length, runs });
    });
  });
  if (table.length > 0) json[COMMENT_MARKS_KEY] = writeMarkTable(table);
  return json;
}

/**
 * Moves kept marks along when a block that still keeps them is edited without them being nodes
 * (a command on a block out of view). Returns the unregister function.
 */
export function registerKeptMarkMapping(editor: LexicalEditor): () => void {
  const store = deferredMarksOf(editor);
  return editor.registerUpdateListener(({ dirtyElements, prevEditorState, editorState }) => {
    if (store.size === 0 || prevEditorState.isEmpty()) return;
    for (const key of dirtyElements.keys()) {
      if (!store.has(key)) continue;
      const before = prevEditorState.read(() => {
        const node = $getNodeByKey(key);
        if (!$isElementNode(node)) return null;
        const { text, marked } = $blockText(node);
        const runs = marked ? null : store.runsFor(key, text);
        return runs ? { text, runs } : null;
      });
      if (!before) continue;
      const after = editorState.read(() => {
        const node = $getNodeByKey(key);
        return $isElementNode(node) ? $blockText(node) : null;
      });
      if (!after || after.marked || after.text === before.text) continue;
      store.putIfNew(key, after.text, mapRuns(before.runs, before.text, after.text));
    }
  });
}
