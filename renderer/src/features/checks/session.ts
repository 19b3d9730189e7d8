// Everything the check plugins of one editor share: a unique id (highlight names must not clash
// between tabs), the note's CheckClient, and small helpers to find "the finding here".
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent, $getNodeByKey, $getSelection, $isRangeSelection, $isRootNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import type { Finding } from '../../../../shared/checker/types';
import { CheckClient, type CheckTransport } from './check-client';
import { attachEditor } from './attach-editor';
import { $blockSegments, $lexicalKeyOfDom } from './dom-ranges';
import { offsetInBlock } from './offsets';
import { workerTransport } from './worker-transport';

let sessions = 0;

export interface CheckSession {
  readonly id: string;
  readonly editor: LexicalEditor;
  readonly client: CheckClient;
  dispose(): void;
}

/** Live sessions by note, for the e2e tests and the benchmark (read-only use). */
export const liveSessions = new Map<string, CheckSession>();
(globalThis as Record<string, unknown>).__helderChecks = liveSessions;

export function createCheckSession(editor: LexicalEditor, noteId: string, transport: CheckTransport = workerTransport): CheckSession {
  sessions += 1;
  const client = new CheckClient(noteId, transport);
  const detach = attachEditor(editor, client);
  const session: CheckSession = {
    id: `e${sessions}`,
    editor,
    client,
    dispose() {
      detach();
      client.dispose();
      if (liveSessions.get(noteId) === session) liveSessions.delete(noteId);
    },
  };
  liveSessions.set(noteId, session);
  return session;
}

/** Findings that cover a block offset, most specific (shortest) first. */
export function findingsAt(findings: readonly Finding[], blockId: string, offset: number): Finding[] {
  return findings
    .filter((finding) => finding.blockId === blockId && finding.start <= offset && offset <= finding.end && finding.end > finding.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** The block (top-level element or list item) a node belongs to. */
export function $blockOf(node: LexicalNode): LexicalNode | null {
  const item = $findMatchingParent(node, $isListItemNode);
  if (item) return item;
  return $findMatchingParent(node, (candidate) => {
    const parent = candidate.getParent();
    return parent !== null && $isRootNode(parent);
  });
}

/** Block id and block-local offset of the caret, or null without a caret in text. */
export function $caretPosition(): { blockId: string; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.focus.getNode();
  const block = $blockOf(node);
  if (!block) return null;
  const segments = $blockSegments(block.getKey());
  if (!segments) return null;
  if ($isTextNode(node)) {
    const offset = offsetInBlock(segments, node.getKey(), selection.focus.offset);
    return offset === null ? null : { blockId: block.getKey(), offset };
  }
  return { blockId: block.getKey(), offset: 0 };
}

export function findingAtCaret(session: CheckSession): Finding[] {
  const position = session.editor.read(() => $caretPosition());
  if (!position) return [];
  return findingsAt(session.client.getSnapshot().findings, position.blockId, position.offset);
}

export function findingKey(finding: Finding): string {
  return `${finding.blockId}:${finding.start}:${finding.end}:${finding.ruleId}`;
}

export interface BlockPoint {
  blockId: string;
  offset: number;
}

/** The block and block offset of a point in a rendered text node of this editor. */
export function blockPointOfDom(editor: LexicalEditor, node: Node, offset: number): BlockPoint | null {
  if (node.nodeType !== Node.TEXT_NODE) return null;
  return editor.read(() => {
    const key = $lexicalKeyOfDom(node);
    const lexicalNode = key ? $getNodeByKey(key) : null;
    const block = lexicalNode ? $blockOf(lexicalNode) : null;
    if (!key || !block) return null;
    const segments = $blockSegments(block.getKey());
    const at = segments ? offsetInBlock(segments, key, offset) : null;
    return at === null ? null : { blockId: block.getKey(), offset: at };
  });
}
