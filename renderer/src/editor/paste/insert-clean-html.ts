// The editor side of pasting HTML: clean it, turn it into Lexical nodes and insert them.
// Must run inside editor.update() so the paste is one undo step.
import { $generateNodesFromDOM } from '@lexical/html';
import { $isListItemNode } from '@lexical/list';
import {
  $isElementNode,
  $isTextNode,
  IS_BOLD,
  IS_ITALIC,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { sanitizePastedHtml } from './sanitize-html';

/** Above this much HTML the paste becomes plain text: parsing and rebuilding it would freeze the window. */
export const MAX_PASTE_HTML_CHARS = 2_000_000;

/** Parses, cleans and converts HTML into Lexical nodes that carry only Helder formatting. */
export function $nodesFromPastedHtml(editor: LexicalEditor, html: string): LexicalNode[] {
  // DOMParser documents are inert: scripts do not run, images and styles do not load.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const clean = sanitizePastedHtml(parsed);
  const nodes = $generateNodesFromDOM(editor, clean);
  for (const node of nodes) $stripForeignFormatting(node);
  return nodes;
}

/** Inserts pasted HTML at the selection; falls back to the plain text when the HTML is too big. */
export function $insertPastedHtml(
  editor: LexicalEditor,
  selection: BaseSelection,
  html: string,
  plainText: string,
): void {
  if (html.length > MAX_PASTE_HTML_CHARS) {
    selection.insertRawText(plainText);
    return;
  }
  const nodes = $nodesFromPastedHtml(editor, html);
  if (nodes.length === 0) return;
  selection.insertNodes(nodes);
}

/**
 * Lexical's HTML import also reads colours, fonts, alignment, underline and so on. A note
 * has none of those, so whatever slipped through is removed here as a second line of defence.
 */
function $stripForeignFormatting(node: LexicalNode): void {
  if ($isTextNode(node)) {
    if (node.getStyle() !== '') node.setStyle('');
    const kept = node.getFormat() & (IS_BOLD | IS_ITALIC);
    if (kept !== node.getFormat()) node.setFormat(kept);
    return;
  }
  if (!$isElementNode(node)) return;
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getFormatType() !== '') node.setFormat('');
  // A list item's indent is its nesting depth, which must stay.
  if (!$isListItemNode(node) && node.getIndent() !== 0) node.setIndent(0);
  if (node.getTextStyle() !== '') node.setTextStyle('');
  for (const child of node.getChildren()) $stripForeignFormatting(child);
}
