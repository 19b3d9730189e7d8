// The live editor's text in the exact shape `toBlocks` gives the stored JSON (same block order,
// same position-path ids, same characters), plus where every character lives in Lexical. Comment
// anchors are offsets into that text, so the renderer and the store must agree on it to the letter.
import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isMarkNode } from '@lexical/mark';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isLinkNode } from '@lexical/link';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTabNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { flatten, type BlockPoint, type FlatText } from '../../../../shared/comments';

/** A run of characters owned by one Lexical leaf. Line breaks and tabs are one character each. */
export interface Segment {
  key: string;
  /** Offset within the block's text. */
  start: number;
  length: number;
  isText: boolean;
}

/** A comment mark met on the way through a block, with the block text it covers. */
export interface MarkSpan {
  key: string;
  ids: string[];
  /** Offsets within the block's text. */
  start: number;
  end: number;
}

export interface LiveBlock {
  id: string;
  kind: 'paragraph' | 'heading' | 'listitem';
  level?: number;
  text: string;
  /** Key of the block's element node. */
  key: string;
  segments: Segment[];
  /** Inner marks before the marks around them; only marks that hold text. */
  marks: MarkSpan[];
}

export interface LiveText {
  blocks: LiveBlock[];
  flat: FlatText;
}

function isInlineContainer(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && ($isLinkNode(node) || $isMarkNode(node));
}

/** Walks a block's inline children into its text (and segments, when `segments`); returns how many leaves it met. */
function collectInline(element: ElementNode, block: Pick<LiveBlock, 'text' | 'segments' | 'marks'>, segments: boolean): number {
  let leaves = 0;
  for (const child of element.getChildren()) {
    let piece: string | null = null;
    if ($isTextNode(child) && !$isTabNode(child)) piece = child.getTextContent();
    else if ($isTabNode(child)) piece = '\t';
    else if ($isLineBreakNode(child)) piece = '\n';
    else if (isInlineContainer(child)) {
      const start = block.text.length;
      const inside = collectInline(child, block, segments);
      leaves += inside;
      // Read here, on the walk the text needs anyway: finding each mark's leaves afterwards took longer than the walk.
      if ($isMarkNode(child) && inside > 0) block.marks.push({ key: child.getKey(), ids: child.getIDs(), start, end: block.text.length });
      continue;
    }
    if (piece === null) continue;
    leaves += 1;
    if (segments) block.segments.push({ key: child.getKey(), start: block.text.length, length: piece.length, isText: $isTextNode(child) && !$isTabNode(child) });
    block.text += piece;
  }
  return leaves;
}

function makeBlock(node: ElementNode, id: string, kind: LiveBlock['kind'], level?: number, segments = true): LiveBlock {
  const block: LiveBlock = { id, kind, text: '', key: node.getKey(), segments: [], marks: [] };
  if (level !== undefined) block.level = level;
  collectInline(node, block, segments);
  return block;
}

function walkList(list: ListNode, path: string, depth: number, out: LiveBlock[], segments: boolean): void {
  list.getChildren().forEach((item, index) => {
    if (!$isListItemNode(item)) return;
    const itemPath = `${path}.${index}`;
    const children = item.getChildren();
    const hasNested = children.some($isListNode);
    if (!hasNested || children.some((child) => !$isListNode(child))) {
      out.push(makeBlock(item, itemPath, 'listitem', depth, segments));
    }
    children.forEach((child, childIndex) => {
      if ($isListNode(child)) walkList(child, `${itemPath}.${childIndex}`, depth + 1, out, segments);
    });
  });
}

/**
 * Must run inside an editor read or update. `{ segments: false }` leaves every block's segments
 * empty: enough to place threads (text, blocks, marks), and a long note has thousands of leaves.
 * Such a text must not be handed to the functions here that set or read a selection.
 */
export function $readLiveText({ segments = true }: { segments?: boolean } = {}): LiveText {
  const blocks: LiveBlock[] = [];
  $getRoot()
    .getChildren()
    .forEach((node, index) => {
      const id = `b${index}`;
      if ($isHeadingNode(node)) blocks.push(makeBlock(node, id, 'heading', Number(node.getTag().slice(1)) || 1, segments));
      else if ($isParagraphNode(node) || $isQuoteNode(node)) blocks.push(makeBlock(node, id, 'paragraph', undefined, segments));
      else if ($isListNode(node)) walkList(node, id, 1, blocks, segments);
    });
  return { blocks, flat: flatten(blocks) };
}

/**
 * One block read as if it were the whole note (offsets count from its start), for work on a few
 * blocks that must not walk a long note. Null when the key is not a block of text.
 */
export function $readBlockAlone(key: string): LiveText | null {
  const node = $getNodeByKey(key);
  if (!$isElementNode(node)) return null;
  const kind: LiveBlock['kind'] = $isHeadingNode(node) ? 'heading' : $isListItemNode(node) ? 'listitem' : 'paragraph';
  const blocks = [makeBlock(node, 'b0', kind)];
  return { blocks, flat: flatten(blocks) };
}

/**
 * Reads one block's segments again after its leaves were split or wrapped (its text is the same),
 * so a run of edits inside a few blocks need not walk the whole note each time.
 */
export function $refreshBlock(live: LiveText, index: number): void {
  const block = live.blocks[index];
  const node = block ? $getNodeByKey(block.key) : null;
  if (!block || !$isElementNode(node)) return;
  live.blocks[index] = makeBlock(node, block.id, block.kind, block.level);
}

/** The flat offset of a Lexical point, or null when it lies outside any block's text. */
export function $flatOffsetOfPoint(live: LiveText, point: PointType): number | null {
  const node = point.getNode();
  for (let index = 0; index < live.blocks.length; index += 1) {
    const block = live.blocks[index]!;
    const blockStart = live.flat.starts[index] ?? 0;
    if (point.type === 'text') {
      const segment = block.segments.find((item) => item.key === node.getKey());
      if (segment) return blockStart + segment.start + Math.min(point.offset, segment.length);
      continue;
    }
    // An element point: offset counts children. Find the first leaf at or after that child.
    if (node.getKey() === block.key || (isInlineContainer(node) && node.getParents().some((parent) => parent.getKey() === block.key))) {
      const element = node as ElementNode;
      const child = element.getChildAtIndex(point.offset);
      if (child === null) {
        const last = element.getLastDescendant();
        const segment = last ? block.segments.find((item) => item.key === last.getKey()) : undefined;
        return blockStart + (segment ? segment.start + segment.length : node.getKey() === block.key ? block.text.length : 0);
      }
      const first = $isElementNode(child) ? child.getFirstDescendant() : child;
      const segment = first ? block.segments.find((item) => item.key === first.getKey()) : undefined;
      return blockStart + (segment ? segment.start : 0);
    }
  }
  return null;
}

/** The flat range of a selection (start <= end), or null when it is collapsed or outside the text. */
export function $flatRangeOfSelection(live: LiveText, selection: RangeSelection): { start: number; end: number } | null {
  const a = $flatOffsetOfPoint(live, selection.anchor);
  const b = $flatOffsetOfPoint(live, selection.focus);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Sets a point to a block position; `side` says which leaf wins at a boundary between two leaves. */
function $setPoint(point: PointType, block: LiveBlock, offset: number, side: 'start' | 'end'): void {
  for (const segment of block.segments) {
    const segmentEnd = segment.start + segment.length;
    const inside = side === 'start' ? offset >= segment.start && offset < segmentEnd : offset > segment.start && offset <= segmentEnd;
    if (!inside) continue;
    if (segment.isText) {
      point.set(segment.key, offset - segment.start, 'text');
      return;
    }
    // A line break or tab: an element point just before or after it.
    const leaf = $getNodeByKey(segment.key);
    const parent = leaf?.getParent();
    if (leaf && parent) {
      const index = leaf.getIndexWithinParent();
      point.set(parent.getKey(), offset === segment.start ? index : index + 1, 'element');
      return;
    }
  }
  const element = $getNodeByKey(block.key);
  const size = $isElementNode(element) ? element.getChildrenSize() : 0;
  point.set(block.key, offset <= 0 ? 0 : size, 'element');
}

/** Index of the block holding a flat offset (the last block starting at or before it), or -1. */
export function blockIndexAt(live: LiveText, offset: number): number {
  const { starts } = live.flat;
  // Binary search: starts ascend, and marks are placed by the thousand in a long note.
  let low = 0;
  let high = live.blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function blockAt(live: LiveText, offset: number): { block: LiveBlock; start: number } | null {
  const index = blockIndexAt(live, offset);
  return index === -1 ? null : { block: live.blocks[index]!, start: live.flat.starts[index] ?? 0 };
}

/** A forward range selection over a flat range; null when the range touches no text. */
export function $selectionForRange(live: LiveText, start: number, end: number): RangeSelection | null {
  const from = blockAt(live, start);
  // The end of one block and the start of the next share no character; the end belongs to the earlier block.
  const to = blockAt(live, Math.max(start, end - 1));
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  $setPoint(selection.anchor, from.block, start - from.start, 'start');
  $setPoint(selection.focus, to.block, end - to.start, 'end');
  return selection;
}

/** A selection with anchor and focus at flat offsets (collapsed when equal), e.g. to put a caret back. */
export function $caretSelection(live: LiveText, anchor: number, focus: number): RangeSelection | null {
  const a = blockAt(live, anchor);
  const f = blockAt(live, focus);
  if (!a || !f) return null;
  const selection = $createRangeSelection();
  $setPoint(selection.anchor, a.block, anchor - a.start, anchor <= focus ? 'start' : 'end');
  $setPoint(selection.focus, f.block, focus - f.start, anchor <= focus && anchor !== focus ? 'end' : 'start');
  return selection;
}

/** Block point in `toBlocks` terms, e.g. for the "nearest place" of a comment whose words are gone. */
export function blockKeyOf(live: LiveText, point: BlockPoint | null): string | null {
  if (!point) return null;
  return live.blocks.find((block) => block.id === point.blockId)?.key ?? null;
}
