// The editor feeds the checker only the blocks Lexical marked dirty, and for plain typing reads
// just those blocks without walking the note. Whatever the edits (typing, formatting, splitting,
// headings, lists, nesting, deleting, replacing the state), the blocks the checker holds must equal
// a fresh read of the whole note.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type ElementNode, type LexicalNode, type TextNode } from 'lexical';
import { attachEditor } from '../../../renderer/src/features/checks/attach-editor';
import { CheckClient } from '../../../renderer/src/features/checks/check-client';
import { EditorBlockReader } from '../../../renderer/src/features/checks/editor-blocks';

type Edit =
  | { kind: 'type' | 'erase' | 'bold'; pick: number; at: number }
  | { kind: 'paragraph' | 'heading' | 'retag' | 'list' | 'nest' | 'unnest' | 'move' | 'remove' | 'replace'; pick: number; at: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('type', 'type', 'type', 'erase', 'bold', 'paragraph', 'heading', 'retag', 'list', 'nest', 'unnest', 'move', 'move', 'remove', 'replace'),
  pick: fc.nat(),
  at: fc.nat(),
});

const WORDS = ['teneinde ', 'de zelfregie ', 'wordt ', 'versterkt. ', 'x'];

function $all<T extends LexicalNode>(test: (node: LexicalNode) => node is T): T[] {
  const out: T[] = [];
  const walk = (node: LexicalNode) => {
    if (test(node)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  walk($getRoot());
  return out;
}

const pickFrom = <T,>(list: T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);

function $apply(change: Edit): void {
  const texts = $all($isTextNode);
  const text = pickFrom(texts, change.pick);
  const blocks = $getRoot().getChildren();
  const top = pickFrom(blocks, change.pick) as ElementNode | undefined;
  const word = WORDS[change.at % WORDS.length] as string;
  switch (change.kind) {
    case 'type':
      if (text) text.spliceText(change.at % (text.getTextContentSize() + 1), 0, word);
      break;
    case 'erase':
      if (text && text.getTextContentSize() > 0) text.spliceText(change.at % text.getTextContentSize(), 1, '');
      break;
    case 'bold': {
      const size = text?.getTextContentSize() ?? 0;
      if (text && size > 1) {
        const parts = text.splitText(1 + (change.at % (size - 1)));
        (parts[1] as TextNode | undefined)?.toggleFormat('bold');
      }
      break;
    }
    case 'paragraph':
      top?.insertAfter($createParagraphNode().append($createTextNode(word)));
      break;
    case 'heading':
      if (top && !$isListNode(top)) top.replace($createHeadingNode('h2'), true);
      break;
    case 'retag': {
      const heading = pickFrom($all($isHeadingNode), change.pick);
      heading?.setTag(heading.getTag() === 'h2' ? 'h3' : 'h2');
      break;
    }
    case 'list':
      top?.insertAfter($createListNode('bullet').append($createListItemNode().append($createTextNode(word)), $createListItemNode().append($createTextNode('tweede'))));
      break;
    case 'nest': {
      const item = pickFrom($all($isListItemNode), change.pick);
      item?.append($createListNode('number').append($createListItemNode().append($createTextNode(word))));
      break;
    }
    case 'unnest': {
      const nested = pickFrom($all((node): node is ListNode => $isListNode(node) && $isListItemNode(node.getParent())), change.pick);
      nested?.remove();
      break;
    }
    case 'move': {
      const other = pickFrom(blocks, change.at);
      if (top && other && other !== top) other.insertAfter(top);
      break;
    }
    case 'remove':
      if (blocks.length > 1) top?.remove();
      break;
    case 'replace':
      break; // handled outside an update: setEditorState
  }
}

const noTransport = { post() {}, listen: () => () => {} };

describe('editor blocks fed to the checker', () => {
  it('equal a full read of the note after any edit sequence', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        const editor = createEditor({ nodes: [HeadingNode, ListNode, ListItemNode], onError: (error) => { throw error; } });
        editor.update(
          () => {
            $getRoot().append(
              $createParagraphNode().append($createTextNode('Teneinde de zelfregie te versterken.')),
              $createHeadingNode('h2').append($createTextNode('Kop')),
              $createParagraphNode().append($createTextNode('Het besluit wordt genomen.')),
            );
          },
          { discrete: true },
        );
        const client = new CheckClient('note', noTransport, { timers: { set: () => 0, clear() {} } });
        const detach = attachEditor(editor, client);
        for (const change of edits) {
          if (change.kind === 'replace') editor.setEditorState(editor.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
          else editor.update(() => $apply(change), { discrete: true });
          const full = new EditorBlockReader().read(editor.getEditorState(), 'all');
          expect(client.state.getBlocks()).toEqual(full);
        }
        detach();
        client.dispose();
      }),
      { numRuns: 150 },
    );
  });
});
