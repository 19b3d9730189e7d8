// Lexical state + DOM glue for highlights and hit-testing: which text nodes a block is made of,
// and the DOM text node behind each of them. Reads only; never touches the document.
import { $isListNode } from '@lexical/list';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { locate, segmentsFromLengths, type TextSegment } from './offsets';

/** The pieces of a block's text in order; must run inside a read. */
export function $blockSegments(blockKey: string): TextSegment[] | null {
  const block = $getNodeByKey(blockKey);
  if (!$isElementNode(block)) return null;
  const pieces: Array<{ key: string | null; length: number }> = [];
  const walk = (node: LexicalNode) => {
    if ($isTextNode(node)) pieces.push({ key: node.getKey(), length: node.getTextContentSize() });
    else if ($isLineBreakNode(node)) pieces.push({ key: null, length: 1 });
    else if ($isListNode(node)) return; // a nested list is its own block
    else if ($isElementNode(node)) node.getChildren().forEach(walk);
    else pieces.push({ key: null, length: node.getTextContentSize() });
  };
  block.getChildren().forEach(walk);
  return segmentsFromLengths(pieces);
}

/** The DOM text node Lexical renders for a text node key (a span, possibly inside <strong>). */
export function domTextOf(editor: LexicalEditor, key: string): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  if (element.nodeType === Node.TEXT_NODE) return element as unknown as Text;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** Maps a DOM node back to the Lexical text node key that renders it; must run inside editor.read. */
export function $lexicalKeyOfDom(node: Node): string | null {
  const found = $getNearestNodeFromDOMNode(node);
  return $isTextNode(found) ? found.getKey() : null;
}

/** Block-local offsets [start, end) as a range over the rendered text, or null when not rendered. */
export function rangeInBlock(editor: LexicalEditor, segments: TextSegment[], finding: { start: number; end: number }): StaticRange | null {
  const start = locate(segments, finding.start, 'start');
  const end = locate(segments, finding.end, 'end');
  if (!start || !end) return null;
  const startText = domTextOf(editor, (segments[start.index] as TextSegment).key as string);
  const endText = domTextOf(editor, (segments[end.index] as TextSegment).key as string);
  if (!startText || !endText) return null;
  return new StaticRange({
    startContainer: startText,
    startOffset: Math.min(start.offset, startText.length),
    endContainer: endText,
    endOffset: Math.min(end.offset, endText.length),
  });
}

/**
 * The client rects of block-local offsets [start, end): one per line of each text piece, measured
 * per DOM text node (a range over whole elements would add their own boxes twice). Null when the
 * text is not rendered.
 */
export function rectsInBlock(editor: LexicalEditor, segments: TextSegment[], finding: { start: number; end: number }): DOMRect[] | null {
  const start = locate(segments, finding.start, 'start');
  const end = locate(segments, finding.end, 'end');
  if (!start || !end) return null;
  const range = document.createRange();
  const out: DOMRect[] = [];
  for (let index = start.index; index <= end.index; index++) {
    const segment = segments[index] as TextSegment;
    if (segment.key === null) continue;
    const text = domTextOf(editor, segment.key);
    if (!text) return null;
    const from = Math.min(index === start.index ? start.offset : 0, text.length);
    const to = Math.min(index === end.index ? end.offset : segment.length, text.length);
    if (to <= from) continue;
    range.setStart(text, from);
    range.setEnd(text, to);
    for (const rect of range.getClientRects()) if (rect.width > 0.01 && rect.height > 0.01) out.push(rect);
  }
  return out;
}
