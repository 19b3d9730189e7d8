// Puts a freshly parsed note into the editor without sending every node through the node
// transforms. Lexical marks every node of a parsed state dirty when it is set, so that the rules
// (format guard, list rules, text merging) hold for a file whatever wrote it; on a note with
// thousands of comment marks that pass over ~6,500 nodes was a tenth of opening it, while
// nearly all of them are plain text in a paragraph, heading or mark that no rule would change.
// Here only the nodes a rule could change go through the transforms, in a second, small update.
import { $getNodeByKey, $isElementNode, $isTextNode, type EditorState, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';

/** Formats a note keeps (see FormatGuardPlugin): bold 1, italic 2. */
const KEPT_FORMATS = 1 | 2;
/** Blocks and inline containers that hold plain text no rule changes when the text itself is clean. */
const PLAIN_CONTAINERS = new Set(['root', 'paragraph', 'heading', 'mark']);

/** A text Lexical would merge with `node` (same format and style, both plain text). */
function mergesWith(node: TextNode, other: LexicalNode | null): boolean {
  return $isTextNode(other) && other.getType() === 'text' && other.getFormat() === node.getFormat() && other.getStyle() === node.getStyle() && other.getMode() === node.getMode();
}

/** Text as Lexical keeps it after its own clean-up and the format guard: nothing to transform. */
function isPlainText(node: TextNode): boolean {
  if (node.getType() !== 'text' || node.getTextContentSize() === 0 || node.getStyle() !== '' || (node.getFormat() & ~KEPT_FORMATS) !== 0 || node.getMode() !== 'normal' || node.getDetail() !== 0) {
    return false;
  }
  return !mergesWith(node, node.getPreviousSibling()) && !mergesWith(node, node.getNextSibling());
}

/** The nodes of a parsed state any registered transform could change. */
function $nodesForTransforms(state: EditorState): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of state._nodeMap.values()) {
    const parent = node.getParent();
    const inPlainContainer = parent === null || PLAIN_CONTAINERS.has(parent.getType());
    if ($isElementNode(node) ? !PLAIN_CONTAINERS.has(node.getType()) || !inPlainContainer : !inPlainContainer || !$isTextNode(node) || !isPlainText(node)) out.push(node);
  }
  return out;
}

/**
 * Sets a state from `editor.parseEditorState` with the rules applied, like `setEditorState`
 * does, but transforms only the nodes that might need it. Returns false (nothing set) when the
 * state is not a parsed one.
 */
export function setParsedState(editor: LexicalEditor, state: EditorState, tag: string): boolean {
  // `_parsed` is what makes setEditorState mark every node dirty; without it the state is set as is.
  if (!state._parsed) return false;
  const keys = state.read(() => $nodesForTransforms(state).map((node) => node.getKey()));
  state._parsed = false;
  editor.setEditorState(state, { tag });
  if (keys.length > 0) {
    editor.update(
      () => {
        for (const key of keys) $getNodeByKey(key)?.markDirty();
      },
      { tag, discrete: true },
    );
  }
  return true;
}
