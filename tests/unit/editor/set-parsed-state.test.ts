// Opening a note sends only the nodes a rule could change through the node transforms. Whatever
// the file holds, the note must come out exactly as when every node went through them.
import { describe, expect, it } from 'vitest';
import { createEditor, IS_UNDERLINE, type LexicalEditor } from 'lexical';
import { registerList } from '@lexical/list';
import { EDITOR_NODES } from '../../../renderer/src/editor/nodes';
import { registerFormatGuard } from '../../../renderer/src/editor/plugins/FormatGuardPlugin';
import { setParsedState } from '../../../renderer/src/editor/plugins/set-parsed-state';
import { $applyMarks } from '../../../renderer/src/features/comments/marks';
import { $readLiveText } from '../../../renderer/src/features/comments/editor-text';
import { headingNode, listNode, paragraphNode, rootNode, textNode, TextFormat } from '../../../shared/document';

function ruledEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  registerList(editor);
  registerFormatGuard(editor);
  return editor;
}

/** The note as saved after opening it: every node through the transforms, or only those that need it. */
function opened(json: string, fast: boolean): string {
  const editor = ruledEditor();
  const state = editor.parseEditorState(json);
  if (fast) expect(setParsedState(editor, state, 'load')).toBe(true);
  else editor.setEditorState(state, { tag: 'load' });
  return JSON.stringify(editor.getEditorState().toJSON());
}

const plain = rootNode([
  headingNode('h1', [textNode('Sociale basis')]),
  paragraphNode([textNode('Wij versterken de '), textNode('zelfregie', TextFormat.bold), textNode(' van bewoners.')]),
  listNode('bullet', [[textNode('Buurthuizen in elke wijk')], [textNode('Vrijwilligers en '), textNode('mantelzorgers', TextFormat.italic)]]),
  paragraphNode([textNode('Het college besluit in mei.')]),
]);

/** The plain note with comment marks over words in every kind of block, as the editor saves it. */
function withMarks(): string {
  const editor = ruledEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify({ root: plain })));
  const text = editor.getEditorState().read(() => $readLiveText().flat.text);
  const marks = ['basis', 'versterken de zelfregie', 'zelfregie van', 'elke wijk', 'Vrijwilligers en mantel', 'college'].map((words, index) => {
    const start = text.indexOf(words);
    return { id: `00000000-0000-4000-8000-00000000000${index}`, start, end: start + words.length };
  });
  editor.update(() => $applyMarks(marks), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('opening a note with only the nodes that need it transformed', () => {
  it('gives the same note as transforming every node, for a clean note with and without comment marks', () => {
    for (const json of [JSON.stringify({ root: plain }), withMarks()]) {
      expect(opened(json, true)).toBe(opened(json, false));
      // A note the editor saved is already clean: opening it changes nothing.
      expect(JSON.parse(opened(json, true))).toEqual(JSON.parse(json));
    }
  });

  it('still cleans what a file written elsewhere may hold: styles, extra formats, split or empty text, list numbers, marks in list items', () => {
    const styled = { ...textNode('rood'), format: IS_UNDERLINE | TextFormat.bold, style: 'color: red' };
    const list = listNode('number', [[textNode('een')], [textNode('twee')], [textNode('drie')]]);
    list.children.forEach((item) => (item.value = 7));
    const markedItem = {
      ...listNode('bullet', [[]]),
    };
    markedItem.children[0]!.children = [
      { type: 'mark', ids: ['00000000-0000-4000-8000-000000000009'], children: [{ ...textNode('in de lijst'), style: 'font-weight: bold' }], direction: null, format: '', indent: 0, version: 1 } as never,
    ];
    const messy = JSON.stringify({
      root: rootNode([
        paragraphNode([textNode('Twee '), textNode('stukken'), textNode(''), styled]),
        headingNode('h2', [{ ...textNode('kop'), style: 'font-size: 40px' }]),
        list,
        markedItem,
        paragraphNode([{ type: 'mark', ids: ['00000000-0000-4000-8000-000000000008'], children: [textNode('gemarkeerd '), textNode('woord')], direction: null, format: '', indent: 0, version: 1 } as never]),
      ]),
    });
    const fast = opened(messy, true);
    expect(fast).toBe(opened(messy, false));
    const [merged, heading, numbered, , marked] = JSON.parse(fast).root.children;
    expect(merged.children).toMatchObject([{ text: 'Twee stukken', format: 0 }, { text: 'rood', format: TextFormat.bold, style: '' }]);
    expect(heading.children).toMatchObject([{ text: 'kop', style: '' }]);
    expect(numbered.children.map((item: { value: number }) => item.value)).toEqual([1, 2, 3]);
    expect(marked.children[0].children).toMatchObject([{ text: 'gemarkeerd woord' }]);
  });

  it('sets a state that was not parsed the usual way', () => {
    const editor = ruledEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify({ root: plain })));
    expect(setParsedState(editor, editor.getEditorState(), 'load')).toBe(false);
  });
});
