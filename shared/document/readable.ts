import { COMMENT_MARKS_KEY, keepMarkTable, markTableFits } from './comment-marks';
import { paragraphNode, rootNode, textNode, type SerializedBlock, type SerializedUnknownNode } from './lexical-json';

/*
 * Whether this version's editor can load a stored document without losing anything. A document
 * from a newer Helder (a block type this version does not know), JSON that does not parse or a
 * tree nested beyond reason must never be loaded as an editable text: the first autosave would
 * replace the stored text with the little the editor understood. Such a note opens read-only,
 * showing a readable rendering of its text, and the file keeps its bytes.
 */

/** Lexical's core node types plus the ones Helder's editor registers (renderer/src/editor/nodes.ts). */
export const EDITOR_NODE_TYPES: ReadonlySet<string> = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'heading', 'list', 'listitem', 'link', 'mark']);

export const MAX_DOCUMENT_DEPTH = 64;

export type DocumentProblem = 'invalid' | 'unknownNode' | 'tooDeep';

export type DocumentReadability = { ok: true } | { ok: false; problem: DocumentProblem; display: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** First problem found walking the tree, without recursion so a deep tree cannot blow the stack. */
function findProblem(root: unknown): DocumentProblem | null {
  if (!isObject(root) || root.type !== 'root' || !Array.isArray(root.children)) return 'invalid';
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DOCUMENT_DEPTH) return 'tooDeep';
    if (!isObject(node) || typeof node.type !== 'string') return 'invalid';
    if (!EDITOR_NODE_TYPES.has(node.type)) return 'unknownNode';
    if (node.type === 'text' && typeof node.text !== 'string') return 'invalid';
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return 'invalid';
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

/** Every piece of text in the tree, one paragraph per block-like node, iteratively. */
function textParagraphs(root: unknown): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === '\u0000break') {
      if (current.trim() !== '') paragraphs.push(current);
      current = '';
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.text === 'string') current += node.text;
    if (node.type === 'linebreak') current += ' ';
    if (Array.isArray(node.children)) {
      const inline = node.type === 'link' || node.type === 'mark' || node.type === 'text';
      if (!inline) stack.push('\u0000break');
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
    }
  }
  if (current.trim() !== '') paragraphs.push(current);
  return paragraphs;
}

/** A document of plain paragraphs holding all text of `root`; what a read-only note shows. */
function displayOf(root: unknown): string {
  const blocks: SerializedBlock[] = textParagraphs(root).map((text) => paragraphNode([textNode(text)]));
  return JSON.stringify({ root: rootNode(blocks) });
}

export function checkDocumentReadable(json: string): DocumentReadability {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'invalid', display: JSON.stringify({ root: rootNode([]) }) };
  }
  return checkParsedDocument(parsed);
}

/** The same check on an already parsed editor state (saves parse the document once). */
export function checkParsedDocument(parsed: unknown): DocumentReadability {
  const root = isObject(parsed) ? parsed.root : undefined;
  let problem = findProblem(root);
  // A comment-mark table that does not fit the text (damaged, or a newer form) would put marks on
  // other words or lose them on the next save.
  if (problem === null && isObject(parsed) && parsed[COMMENT_MARKS_KEY] !== undefined && !markTableFits(root as SerializedUnknownNode, parsed[COMMENT_MARKS_KEY])) problem = 'invalid';
  if (problem === null) return { ok: true };
  return { ok: false, problem, display: displayOf(root as SerializedUnknownNode | undefined) };
}

/**
 * The document with comment marks only for the threads in `keep`: a mark of any other thread is
 * unwrapped (its text stays), so a review copy carries no trace of threads the writer did not share.
 */
export function keepMarks(json: string, keep: ReadonlySet<string>): string {
  const state = JSON.parse(json) as { root: SerializedUnknownNode; [COMMENT_MARKS_KEY]?: unknown };
  const visit = (nodes: SerializedUnknownNode[]): SerializedUnknownNode[] =>
    nodes.flatMap((node) => {
      const children = Array.isArray(node.children) ? visit(node.children) : undefined;
      if (node.type !== 'mark') return [children ? { ...node, children } : node];
      const ids = (Array.isArray(node.ids) ? node.ids : []).filter((id): id is string => typeof id === 'string' && keep.has(id));
      return ids.length > 0 ? [{ ...node, ids, children: children ?? [] }] : (children ?? []);
    });
  const table = state[COMMENT_MARKS_KEY] === undefined ? {} : { [COMMENT_MARKS_KEY]: keepMarkTable(state[COMMENT_MARKS_KEY], keep) };
  return JSON.stringify({ ...state, root: { ...state.root, children: visit(state.root.children ?? []) }, ...table });
}
