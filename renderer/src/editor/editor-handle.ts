// The imperative surface the workbench's commands drive (menus, palette, shortcuts, outline).
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $createTextNode,
  $findMatchingParent,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { linkUrlFromUserInput } from './link-url';
import { serializeDocument } from './document-json';
import { readOutline, type OutlineHeading } from './plugins/OutlinePlugin';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number';

export interface EditorHandle {
  focus(): void;
  undo(): void;
  redo(): void;
  toggleBold(): void;
  toggleItalic(): void;
  /** Sets (not toggles) the block type of the selected blocks; 'paragraph' also takes blocks out of a list. */
  setBlock(kind: BlockKind): void;
  /**
   * Links the selection to `url` (what the user typed: "www.x.nl" becomes https, "a@b.nl" mailto),
   * or removes the link with null. With a bare caret the URL itself is inserted as a link.
   * Returns false when the URL is not an allowed web or mail link; nothing changes then.
   */
  toggleLink(url: string | null): boolean;
  /** Scrolls to an outline heading and puts the caret at its start. */
  revealHeading(key: string): void;
  /** The current document as Lexical JSON (always up to date, also between change reports). */
  getDocument(): string;
  getText(): string;
  /** The current headings, e.g. to refresh the outline when this editor's tab becomes active. */
  getOutline(): OutlineHeading[];
  editor: LexicalEditor;
}

export function createEditorHandle(editor: LexicalEditor): EditorHandle {
  return {
    editor,
    focus: () => editor.focus(),
    undo: () => void editor.dispatchCommand(UNDO_COMMAND, undefined),
    redo: () => void editor.dispatchCommand(REDO_COMMAND, undefined),
    toggleBold: () => void editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
    toggleItalic: () => void editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
    setBlock: (kind) => setBlock(editor, kind),
    toggleLink: (url) => toggleLink(editor, url),
    revealHeading: (key) => revealHeading(editor, key),
    getDocument: () => serializeDocument(editor.getEditorState(), editor),
    getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    getOutline: () => readOutline(editor.getEditorState()),
  };
}

function setBlock(editor: LexicalEditor, kind: BlockKind): void {
  if (!editor.isEditable()) return;
  if (kind === 'bullet') {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (kind === 'number') {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, () => (kind === 'paragraph' ? $createParagraphNode() : $createHeadingNode(kind)));
  });
}

function toggleLink(editor: LexicalEditor, rawUrl: string | null): boolean {
  if (!editor.isEditable()) return false;
  if (rawUrl === null) {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    return true;
  }
  const url = linkUrlFromUserInput(rawUrl);
  if (url === null) return false;
  let handled = false;
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
      if ($findMatchingParent(selection.anchor.getNode(), $isLinkNode)) return; // caret in a link: retarget it below
      // Nothing selected to turn into a link: insert the address itself as the link text.
      const shown = url.startsWith('mailto:') ? url.slice('mailto:'.length) : rawUrl.trim();
      const link = $createLinkNode(url);
      link.append($createTextNode(shown));
      selection.insertNodes([link]);
      handled = true;
    },
    { discrete: true },
  );
  if (!handled) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
  return true;
}

function revealHeading(editor: LexicalEditor, key: string): void {
  editor.focus();
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if ($isHeadingNode(node)) node.selectStart();
    },
    {
      onUpdate: () => editor.getElementByKey(key)?.scrollIntoView({ block: 'start' }),
    },
  );
}
