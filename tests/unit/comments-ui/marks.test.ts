// The renderer's view of the text must match the store's `toBlocks` letter for letter, or anchors
// made in the editor would point at other words after an import. Runs on a real Lexical editor
// (no DOM needed for updates and reads).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditor, $getNodeByKey, $getRoot, $nodesOfType, type LexicalEditor } from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { EDITOR_NODES } from '../../../renderer/src/editor/nodes';
import { $readLiveText } from '../../../renderer/src/features/comments/editor-text';
import { $applyMarks, $collectMarks, $removeMark } from '../../../renderer/src/features/comments/marks';
import { planAnchors } from '../../../renderer/src/features/comments/plan';
import { flatten, selectorAt } from '../../../shared/comments';
import type { Thread } from '../../../shared/contract';
import { headingNode, listNode, paragraphNode, rootNode, textNode, TextFormat, toBlocks } from '../../../shared/document';

const doc = JSON.stringify({
  root: rootNode([
    headingNode('h1', [textNode('Sociale basis')]),
    paragraphNode([textNode('Wij versterken de '), textNode('zelfregie', TextFormat.bold), textNode(' van bewoners.')]),
    headingNode('h2', [textNode('Aanpak')]),
    listNode('bullet', [[textNode('Buurthuizen in elke wijk')], [textNode('Vrijwilligers en '), textNode('mantelzorgers', TextFormat.italic)]]),
    paragraphNode([textNode('Het college besluit in mei.')]),
  ]),
});

function editorWith(json: string): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(json));
  return editor;
}

const serialized = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());
const readLive = (editor: LexicalEditor) => editor.getEditorState().read(() => $readLiveText());
const marksOf = (editor: LexicalEditor) => editor.getEditorState().read(() => $collectMarks($readLiveText()));
const mark = (editor: LexicalEditor, marks: { id: string; start: number; end: number }[]) => editor.update(() => $applyMarks(marks), { discrete: true });

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function thread(n: number, flatText: string, start: number, end: number): Thread {
  const selector = selectorAt(flatten([{ id: 'b0', text: flatText }]), start, end);
  return {
    id: id(n),
    createdAt: '2026-01-01T00:00:00.000Z',
    resolved: false,
    resolvedAt: null,
    resolvedBy: null,
    anchor: { selector: { ...selector, blockId: selector.blockId ?? 'b0' }, status: 'exact' },
    comments: [],
  };
}

describe('live editor text', () => {
  it('has the same blocks, ids and characters as toBlocks on the saved document', () => {
    const editor = editorWith(doc);
    const live = readLive(editor);
    expect(live.blocks.map(({ id: blockId, kind, text }) => ({ id: blockId, kind, text }))).toEqual(
      toBlocks(serialized(editor)).map(({ id: blockId, kind, text }) => ({ id: blockId, kind, text })),
    );
  });
});

describe('comment marks', () => {
  it('mark exactly the chosen words, are saved in the document, and leave the text unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 40 }), (rawStart, rawLength) => {
        const editor = editorWith(doc);
        const flat = readLive(editor).flat;
        const start = rawStart % (flat.text.length - 1);
        const end = Math.min(flat.text.length, start + rawLength);
        if (flat.text.slice(start, end).trim() === '') return;
        mark(editor, [{ id: id(1), start, end }]);
        const after = readLive(editor).flat;
        expect(after.text).toBe(flat.text);
        const range = marksOf(editor).get(id(1));
        expect(range).toBeDefined();
        // Block breaks carry no mark; the marked range spans exactly the chosen words.
        expect(after.text.slice(range!.start, range!.end).replace(/^\n+|\n+$/g, '')).toBe(flat.text.slice(start, end).replace(/^\n+|\n+$/g, ''));
        expect(toBlocks(serialized(editor)).map((block) => block.text).join('\n')).toBe(flat.text);
        expect(serialized(editor)).toContain(id(1));
      }),
      { numRuns: 60 },
    );
  });

  it('many marks made in one update land exactly as when made one at a time (overlapping and across blocks)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 })), { minLength: 2, maxLength: 12 }), (raw) => {
        const text = readLive(editorWith(doc)).flat.text;
        const marks = raw
          .map(([rawStart, length], index) => {
            const start = rawStart % (text.length - 1);
            return { id: id(index + 1), start, end: Math.min(text.length, start + length) };
          })
          .filter((item) => text.slice(item.start, item.end).trim() !== '');
        const batched = editorWith(doc);
        mark(batched, marks);
        const oneByOne = editorWith(doc);
        for (const item of marks) mark(oneByOne, [item]);
        expect(serialized(batched)).toBe(serialized(oneByOne));
        expect(readLive(batched).flat.text).toBe(text);
      }),
      { numRuns: 80 },
    );
  });

  it('overlap: two comments on overlapping words each keep their own range', () => {
    const editor = editorWith(doc);
    const text = readLive(editor).flat.text;
    const a = text.indexOf('versterken de zelfregie');
    const b = text.indexOf('zelfregie van bewoners');
    mark(editor, [{ id: id(1), start: a, end: a + 'versterken de zelfregie'.length }]);
    mark(editor, [{ id: id(2), start: b, end: b + 'zelfregie van bewoners'.length }]);
    const marks = marksOf(editor);
    expect(text.slice(marks.get(id(1))!.start, marks.get(id(1))!.end)).toBe('versterken de zelfregie');
    expect(text.slice(marks.get(id(2))!.start, marks.get(id(2))!.end)).toBe('zelfregie van bewoners');
    editor.update(() => $removeMark(id(1)), { discrete: true });
    expect(marksOf(editor).has(id(1))).toBe(false);
    expect(marksOf(editor).has(id(2))).toBe(true);
    expect(readLive(editor).flat.text).toBe(text);
  });

  it('many overlapping comments: each covers exactly its words, with one mark per run of words (none inside another)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 30 })), { minLength: 2, maxLength: 40 }), (raw) => {
        const editor = editorWith(doc);
        const text = readLive(editor).flat.text;
        const marks = raw
          .map(([rawStart, length], index) => {
            const start = rawStart % (text.length - 1);
            return { id: id(index + 1), start, end: Math.min(text.length, start + length) };
          })
          .filter((item) => !text.slice(item.start, item.end).includes('\n') && text.slice(item.start, item.end).trim() !== '');
        mark(editor, marks);
        const placed = marksOf(editor);
        for (const item of marks) expect(text.slice(placed.get(item.id)!.start, placed.get(item.id)!.end)).toBe(text.slice(item.start, item.end));
        const nested = editor.getEditorState().read(() => $nodesOfType(MarkNode).filter((node) => node.getParents().some($isMarkNode)));
        expect(nested).toEqual([]);
        // Words under two comments: the comment on fewer words is named first (as the innermost was).
        for (const ids of editor.getEditorState().read(() => $nodesOfType(MarkNode).map((node) => node.getIDs()))) {
          const widths = ids.map((markId) => placed.get(markId)!.end - placed.get(markId)!.start);
          expect(widths).toEqual([...widths].sort((a, b) => a - b));
        }
        expect(readLive(editor).flat.text).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it('a comment over several blocks knows its marks in text order (jumping to it goes to its first words)', () => {
    const editor = editorWith(doc);
    const live = readLive(editor);
    const start = live.flat.text.indexOf('zelfregie');
    const end = live.flat.text.indexOf('Het college') + 'Het college'.length;
    mark(editor, [{ id: id(1), start, end }]);
    const range = marksOf(editor).get(id(1))!;
    expect(range.keys.length).toBeGreaterThan(2);
    const texts = editor.getEditorState().read(() => range.keys.map((key) => $getNodeByKey(key)!.getTextContent()));
    expect(texts).toEqual(['zelfregie van bewoners.', 'Aanpak', 'Buurthuizen in elke wijk', 'Vrijwilligers en mantelzorgers', 'Het college']);
  });
});

describe('anchor plan', () => {
  const text = 'De kosten van individuele voorzieningen zijn gestegen. Derhalve is een kanteling nodig.';
  const single = JSON.stringify({ root: rootNode([paragraphNode([textNode(text)])]) });
  const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

  it('re-creates a lost mark on the same words and keeps a present mark where it is', () => {
    const editor = editorWith(single);
    const [s1, e1] = at('kanteling');
    const [s2, e2] = at('individuele voorzieningen');
    mark(editor, [{ id: id(2), start: s2, end: e2 }]);
    const live = readLive(editor);
    const plan = planAnchors(live.flat, marksOf(editor), [thread(1, text, s1, e1), thread(2, text, s2, e2)]);
    expect(plan.marks).toEqual([{ id: id(1), start: s1, end: e1 }]);
    expect(plan.places.get(id(2))?.status).toBe('exact');
    expect(plan.updates).toEqual([]);
  });

  it('reports "tekst gewijzigd" when the words are deleted, and makes no mark elsewhere', () => {
    const [s, e] = at('kanteling');
    const edited = text.replace('een kanteling ', '');
    const editor = editorWith(JSON.stringify({ root: rootNode([paragraphNode([textNode(edited)])]) }));
    const plan = planAnchors(readLive(editor).flat, new Map(), [thread(1, text, s, e)]);
    expect(plan.marks).toEqual([]);
    expect(plan.places.get(id(1))?.status).toBe('orphaned');
    expect(plan.updates).toEqual([{ threadId: id(1), anchor: expect.objectContaining({ status: 'orphaned' }) }]);
  });

  it('a thread standing where it was placed, but under a stale block hint or status, gets its anchor written again', () => {
    const [s, e] = at('kanteling');
    const editor = editorWith(single);
    mark(editor, [{ id: id(2), start: s, end: e }]);
    const stale = (n: number) => {
      const made = thread(n, text, s, e);
      return { ...made, anchor: { selector: { ...made.anchor.selector, blockIndex: 3, blockId: 'b3' }, status: 'moved' as const } };
    };
    const plan = planAnchors(readLive(editor).flat, marksOf(editor), [stale(1), stale(2)]);
    // Without a mark the words get one; with one they keep it. Both stand exactly where they were.
    expect(plan.marks).toEqual([{ id: id(1), start: s, end: e }]);
    for (const n of [1, 2]) {
      expect(plan.places.get(id(n))).toEqual({ order: s, blockIndex: 0, status: 'exact' });
      expect(plan.updates).toContainEqual({ threadId: id(n), anchor: { selector: expect.objectContaining({ blockIndex: 0, blockId: 'b0', start: s, end: e }), status: 'exact' } });
    }
  });

  it('a mark the writer widened is the truth: the thread counts as moved and its anchor follows the mark', () => {
    const [s, e] = at('kanteling');
    const editor = editorWith(single);
    mark(editor, [{ id: id(1), start: s - 4, end: e }]);
    const plan = planAnchors(readLive(editor).flat, marksOf(editor), [thread(1, text, s, e)]);
    expect(plan.marks).toEqual([]);
    expect(plan.places.get(id(1))).toEqual({ order: s - 4, blockIndex: 0, status: 'moved' });
    expect(plan.updates).toEqual([{ threadId: id(1), anchor: { selector: expect.objectContaining({ start: s - 4, end: e }), status: 'moved' } }]);
  });

  it('never puts a comment on the same word elsewhere when its own place is gone', () => {
    const base = 'Eerst komt de wijk. Daarna lange tekst over iets heel anders dan dit. Tot slot de wijk opnieuw.';
    const [s, e] = [base.indexOf('wijk'), base.indexOf('wijk') + 4];
    // The first sentence is rewritten: "wijk" still occurs, but only in other surroundings.
    const edited = base.replace('Eerst komt de wijk.', 'Eerst iets nieuws.');
    const editor = editorWith(JSON.stringify({ root: rootNode([paragraphNode([textNode(edited)])]) }));
    const plan = planAnchors(readLive(editor).flat, new Map(), [thread(1, base, s, e)]);
    expect(plan.marks).toEqual([]);
    expect(plan.places.get(id(1))?.status).toBe('orphaned');
  });
});

it('reads an empty note without blocks failing', () => {
  const editor = createEditor({ namespace: 'empty', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
  editor.update(() => $getRoot().clear(), { discrete: true });
  expect(readLive(editor).blocks).toEqual([]);
});
