// A note as a flat list of blocks with formatted runs: the common ground between the Lexical
// document and the outside formats (.docx, Markdown, plain text, PDF). Exports read a note
// into rich blocks; imports build rich blocks and turn them into a Lexical document. The block
// order and text match `toBlocks`, so comment anchors (flat-text offsets) carry over.
import {
  headingNode,
  paragraphNode,
  rootNode,
  TextFormat,
  textNode,
  type HeadingTag,
  type SerializedBlock,
  type SerializedInline,
  type SerializedList,
  type SerializedListItem,
  type SerializedUnknownNode,
} from '../document/lexical-json';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http(s) or mailto address of a link around this run. */
  link?: string;
  /** A line break inside the block (Shift+Enter). */
  lineBreak?: boolean;
}

export interface RichBlock {
  kind: 'heading' | 'paragraph' | 'listitem';
  /** Heading level 1-6, or list depth (1 = top list). */
  level: number;
  listType?: 'bullet' | 'number';
  runs: Run[];
}

export const blockText = (block: RichBlock): string => block.runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');

function runsOf(nodes: SerializedUnknownNode[] | undefined, link?: string): Run[] {
  const runs: Run[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      const run: Run = { text: node.text };
      if (format & TextFormat.bold) run.bold = true;
      if (format & TextFormat.italic) run.italic = true;
      if (link) run.link = link;
      runs.push(run);
    } else if (node.type === 'linebreak') runs.push({ text: '\n', lineBreak: true });
    else if (node.type === 'tab') runs.push({ text: '\t', ...(link ? { link } : {}) });
    else if (node.type === 'link' || node.type === 'autolink') runs.push(...runsOf(node.children, typeof node.url === 'string' ? node.url : link));
    else if (node.type === 'mark') runs.push(...runsOf(node.children, link));
  }
  return runs;
}

function headingLevel(tag: unknown): number {
  const match = typeof tag === 'string' ? /^h([1-6])$/.exec(tag) : null;
  return match ? Number(match[1]) : 1;
}

function collectList(list: SerializedUnknownNode, depth: number, out: RichBlock[]): void {
  const listType = list.listType === 'number' ? 'number' : 'bullet';
  for (const item of list.children ?? []) {
    if (item.type !== 'listitem') continue;
    const children = item.children ?? [];
    const nested = children.filter((child) => child.type === 'list');
    if (nested.length === 0 || children.some((child) => child.type !== 'list')) {
      out.push({ kind: 'listitem', level: depth, listType, runs: runsOf(children) });
    }
    for (const child of nested) collectList(child, depth + 1, out);
  }
}

/** Same blocks, in the same order, as `toBlocks` in shared/document. */
export function toRichBlocks(lexicalJson: string): RichBlock[] {
  const state = JSON.parse(lexicalJson) as { root?: SerializedUnknownNode };
  const out: RichBlock[] = [];
  for (const node of state.root?.children ?? []) {
    if (node.type === 'heading') out.push({ kind: 'heading', level: headingLevel(node.tag), runs: runsOf(node.children) });
    else if (node.type === 'paragraph' || node.type === 'quote') out.push({ kind: 'paragraph', level: 0, runs: runsOf(node.children) });
    else if (node.type === 'list') collectList(node, 1, out);
  }
  return out;
}

function inlineNodes(runs: readonly Run[]): SerializedInline[] {
  const out: SerializedInline[] = [];
  let openLink: { url: string; children: SerializedInline[] } | null = null;
  const close = () => {
    if (!openLink) return;
    out.push({ type: 'link', url: openLink.url, rel: 'noreferrer', target: null, title: null, children: openLink.children, direction: null, format: '', indent: 0, version: 1 });
    openLink = null;
  };
  for (const run of runs) {
    if (run.lineBreak) {
      close();
      out.push({ type: 'linebreak', version: 1 });
      continue;
    }
    if (run.text === '') continue;
    const node = textNode(run.text, (run.bold ? TextFormat.bold : 0) | (run.italic ? TextFormat.italic : 0));
    if (run.link) {
      if (!openLink || openLink.url !== run.link) {
        close();
        openLink = { url: run.link, children: [] };
      }
      openLink.children.push(node);
    } else {
      close();
      out.push(node);
    }
  }
  close();
  return out;
}

function listOf(listType: 'bullet' | 'number'): SerializedList {
  return { children: [], listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', direction: null, format: '', indent: 0, version: 1, type: 'list' };
}

function listItem(children: SerializedListItem['children'], value: number, indent: number): SerializedListItem {
  return { children, direction: null, format: '', indent, version: 1, value, type: 'listitem' };
}

/** Builds a Lexical document; consecutive list items form one list, deeper items a nested list. */
export function fromRichBlocks(blocks: readonly RichBlock[]): string {
  const children: SerializedBlock[] = [];
  let stack: SerializedList[] = [];
  for (const block of blocks) {
    if (block.kind !== 'listitem') {
      stack = [];
      if (block.kind === 'heading') children.push(headingNode(`h${Math.min(6, Math.max(1, block.level))}` as HeadingTag, inlineNodes(block.runs)));
      else children.push(paragraphNode(inlineNodes(block.runs)));
      continue;
    }
    const listType = block.listType ?? 'bullet';
    const depth = Math.max(1, Math.min(block.level, stack.length + 1));
    stack = stack.slice(0, depth);
    if (stack.length < depth || stack[depth - 1]!.listType !== listType) {
      const list = listOf(listType);
      if (depth === 1) children.push(list);
      else {
        const parent = stack[depth - 2]!;
        parent.children.push(listItem([list], parent.children.length + 1, 0));
      }
      stack[depth - 1] = list;
      stack = stack.slice(0, depth);
    }
    const list = stack[depth - 1]!;
    list.children.push(listItem(inlineNodes(block.runs), list.children.length + 1, depth - 1));
  }
  if (children.length === 0) children.push(paragraphNode([]));
  return JSON.stringify({ root: rootNode(children) });
}
