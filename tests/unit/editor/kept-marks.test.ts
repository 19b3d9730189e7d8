// Comment marks kept aside at open (issue 13, "Fast on a long note"): a note loads without its
// mark nodes, and whatever happens next no comment may lose its words or land on others: saving
// writes every mark back on the same characters, an edit before or in marked words moves the mark
// along, undo brings a deleted mark back, and showing a block's marks makes the same marks as nodes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, $nodesOfType, $setSelection, createEditor, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { MarkNode } from '@lexical/mark';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { EDITOR_NODES } from '../../../renderer/src/editor/nodes';
import { serializeDocument } from '../../../renderer/src/editor/document-json';
import { deferredMarksOf, keepLifted, registerKeptMarkMapping } from '../../../renderer/src/editor/deferred-marks';
import { documentForEditor, documentWithMarks, inlineTextOf, liftMarks, mapRuns, withMarkNodes, wrapRuns } from '../../../renderer/src/editor/mark-json';
import { $caretSelection, $flatOffsetOfPoint, $readLiveText } from '../../../renderer/src/features/comments/editor-text';
import { $applyMarks, $blocksWithKeptMarks, $collectMarks, $showKeptMarks } from '../../../renderer/src/features/comments/marks';
import { checkDocumentReadable, toBlocks, headingNode, keepMarks, listNode, paragraphNode, rootNode, textNode, TextFormat, type SerializedUnknownNode } from '../../../shared/document';

const link = (text: string) => ({ children: [textNode(text)], direction: null, format: '', indent: 0, type: 'link', version: 1, rel: null, target: null, title: null, url: 'https://example.org' });

const plainDoc = JSON.stringify({
  root: rootNode([
    headingNode('h1', [textNode('Sociale basis')]),
    paragraphNode([textNode('Wij versterken de '), textNode('zelfregie', TextFormat.bold), textNode(' van bewoners.')]),
    paragraphNode([textNode('Lees meer '), link('op de site') as never, textNode(' van de gemeente.')]),
    listNode('bullet', [[textNode('Buurthuizen in elke wijk')], [textNode('Vrijwilligers en '), textNode('mantelzorgers', TextFormat.italic)]]),
    paragraphNode([textNode('Het college besluit in mei.')]),
  ]),
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function newEditor(): LexicalEditor {
  return createEditor({ namespace: 'test', nodes: [...EDITOR_NODES], onError: (error) => { throw error; } });
}

/** The note with marks made as nodes and saved: its marks in the table beside the text. */
function markedDocument(marks: Array<{ id: string; start: number; end: number }>): string {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(plainDoc));
  editor.update(() => $applyMarks(marks), { discrete: true });
  return serializeDocument(editor.getEditorState());
}

/** A document read as the editor reads it at open: the tree without mark nodes and the marks per block. */
function readStored(json: string) {
  const read = documentWithMarks(json);
  if (read === null || read === 'unreadable') throw new Error(`not readable: ${String(read)}`);
  return read;
}

/** The same note as an older Helder saved it: every mark a mark node in the text. */
const asMarkNodes = (json: string): string => {
  const read = readStored(json);
  return JSON.stringify({ root: withMarkNodes(read.json.root, read.blocks) });
};

/** Opens a stored note as LoadDocumentPlugin does: marks read (or lifted out) and kept aside. */
function openKept(json: string): LexicalEditor {
  const editor = newEditor();
  const read = readStored(json);
  editor.setEditorState(editor.parseEditorState(read.json as never));
  expect(keepLifted(editor, read.blocks)).toBe(true);
  return editor;
}

/** Every character of every block with the sorted ids of the marks on it (marks in either stored form). */
function idsPerCharacter(json: string): string[] {
  return idsPerCharacterOfNodes(asMarkNodes(json));
}

function idsPerCharacterOfNodes(json: string): string[] {
  const out: string[] = [];
  const inline = (nodes: SerializedUnknownNode[], ids: string[]) => {
    for (const node of nodes) {
      if (node.type === 'mark') inline(node.children ?? [], [...ids, ...(node.ids as string[])]);
      else if (node.type === 'link') inline(node.children ?? [], ids);
      else if (node.type === 'text') for (const char of String(node.text)) out.push(`${char}:${[...new Set(ids)].sort().join(',')}`);
      else if (node.type === 'linebreak' || node.type === 'tab') out.push(`${node.type}:${[...new Set(ids)].sort().join(',')}`);
    }
  };
  const walk = (node: SerializedUnknownNode) => {
    if (['paragraph', 'heading', 'listitem'].includes(node.type)) {
      out.push('|');
      inline((node.children ?? []).filter((child) => child.type !== 'list'), []);
    }
    for (const child of node.children ?? []) if (child.type === 'list' || child.type === 'listitem' || node.type === 'root') walk(child);
  };
  walk((JSON.parse(json) as { root: SerializedUnknownNode }).root);
  return out;
}

const flatText = (editor: LexicalEditor) => editor.getEditorState().read(() => $readLiveText().flat.text);
const markNodeCount = (editor: LexicalEditor) => editor.getEditorState().read(() => $nodesOfType(MarkNode).length);
const wordsOf = (editor: LexicalEditor, threadId: string) =>
  editor.getEditorState().read(() => {
    const live = $readLiveText();
    const range = $collectMarks(live, deferredMarksOf(editor)).get(threadId);
    return range ? live.flat.text.slice(range.start, range.end) : null;
  });

/** The words each thread's marks cover when the note is loaded with its marks as nodes (as before). */
function wordsWithNodes(json: string, ids: string[]): Record<string, string | null> {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(asMarkNodes(json)));
  return Object.fromEntries(ids.map((threadId) => [threadId, wordsOf(editor, threadId)]));
}

const TEXT = (() => {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(plainDoc));
  return flatText(editor);
})();

/** Ranges of 1–25 characters inside one block, some overlapping, some in the link. */
const rangesArb = fc.array(fc.tuple(fc.nat(TEXT.length - 2), fc.integer({ min: 1, max: 25 })), { minLength: 1, maxLength: 8 }).map((pairs) =>
  pairs
    .map(([start, length], index) => {
      const lineEnd = TEXT.indexOf('\n', start);
      const end = Math.min(start + length, lineEnd === -1 ? TEXT.length : lineEnd);
      return { id: id(index + 1), start, end };
    })
    .filter((range) => range.end > range.start && TEXT.slice(range.start, range.end).trim() !== ''),
);

describe('marks kept aside at open', () => {
  it('load without mark nodes and are saved back on exactly the same characters', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const stored = markedDocument(ranges);
        const editor = openKept(stored);
        expect(markNodeCount(editor)).toBe(0);
        expect(flatText(editor)).toBe(TEXT);
        const saved = serializeDocument(editor.getEditorState(), editor);
        expect(idsPerCharacter(saved)).toEqual(idsPerCharacter(stored));
        const ids = ranges.map((range) => range.id);
        expect(Object.fromEntries(ids.map((threadId) => [threadId, wordsOf(editor, threadId)]))).toEqual(wordsWithNodes(stored, ids));
      }),
      { numRuns: 60 },
    );
  });

  it('become the same mark nodes when their block is shown, and the note saves the same', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const stored = markedDocument(ranges);
        const editor = openKept(stored);
        const keys = editor.getEditorState().read(() => $readLiveText().blocks.map((block) => block.key));
        editor.update(() => $applyMarks([], deferredMarksOf(editor), keys), { discrete: true });
        expect(markNodeCount(editor) > 0).toBe(ranges.length > 0);
        // Nothing is kept aside any more: what is saved comes from the mark nodes alone.
        expect(idsPerCharacter(serializeDocument(editor.getEditorState()))).toEqual(idsPerCharacter(stored));
        const ids = ranges.map((range) => range.id);
        expect(Object.fromEntries(ids.map((threadId) => [threadId, wordsOf(editor, threadId)]))).toEqual(wordsWithNodes(stored, ids));
      }),
      { numRuns: 40 },
    );
  });

  it('shown block by block (only the blocks in view) are the same nodes, and a caret in such a block stays on its character', () => {
    fc.assert(
      fc.property(rangesArb, fc.nat(TEXT.length), fc.nat(4), (ranges, caretAt, firstBlock) => {
        const stored = markedDocument(ranges);
        const editor = openKept(stored);
        editor.update(() => $setSelection($caretSelection($readLiveText(), caretAt, caretAt)), { discrete: true });
        const caretOf = () => editor.getEditorState().read(() => {
          const selection = $getSelection();
          return $isRangeSelection(selection) ? $flatOffsetOfPoint($readLiveText(), selection.anchor) : null;
        });
        const before = caretOf();
        const keys = editor.getEditorState().read(() => $readLiveText().blocks.map((block) => block.key));
        // Two screens' worth: some blocks now, the rest later.
        editor.update(() => $showKeptMarks(deferredMarksOf(editor), keys.slice(firstBlock)), { discrete: true });
        expect(caretOf()).toBe(before);
        editor.update(() => $showKeptMarks(deferredMarksOf(editor), keys.slice(0, firstBlock)), { discrete: true });
        expect(caretOf()).toBe(before);
        expect(flatText(editor)).toBe(TEXT);
        // Saved without what is kept aside: the mark nodes alone carry every mark.
        expect(idsPerCharacter(serializeDocument(editor.getEditorState()))).toEqual(idsPerCharacter(stored));
        const ids = ranges.map((range) => range.id);
        expect(Object.fromEntries(ids.map((threadId) => [threadId, wordsOf(editor, threadId)]))).toEqual(wordsWithNodes(stored, ids));
      }),
      { numRuns: 60 },
    );
  });

  it('are known to be shown as they come into view without reading every block again straight after open, and read again after any change', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const editor = openKept(markedDocument(ranges));
        const kept = deferredMarksOf(editor);
        const watched = () => editor.getEditorState().read(() => $blocksWithKeptMarks(kept, kept.keys()));
        expect(kept.keysCheckedIn(editor.getEditorState())).toEqual(watched());
        expect(watched().length > 0).toBe(ranges.length > 0);
        // Any update is a new state: the blocks are read again (an edit may have changed a kept text).
        editor.update(() => $getRoot().getLastChild()?.remove(), { discrete: true });
        expect(kept.keysCheckedIn(editor.getEditorState())).toBeNull();
      }),
      { numRuns: 30 },
    );
  });

  it('move with an edit made while they are kept aside, and undo brings deleted marked words back with their mark', async () => {
    const start = TEXT.indexOf('zelfregie');
    const stored = markedDocument([{ id: id(1), start, end: start + 'zelfregie'.length }]);
    const editor = openKept(stored);
    registerKeptMarkMapping(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    const edit = (change: () => void) => editor.update(change, { discrete: true });
    // Words typed before the marked word, as a command would (the block is not shown).
    edit(() => {
      const block = $getRoot().getChildAtIndex(1);
      const first = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(first)) first.setTextContent('Wij versterken echt de ').select();
    });
    expect(wordsOf(editor, id(1))).toBe('zelfregie');
    // The marked word deleted: no mark is left, the saved note has none.
    edit(() => {
      const block = $getRoot().getChildAtIndex(1);
      if ($isElementNode(block)) {
        block.getChildAtIndex(1)!.remove();
        block.selectEnd();
      }
    });
    expect(wordsOf(editor, id(1))).toBeNull();
    expect(serializeDocument(editor.getEditorState(), editor)).not.toContain(id(1));
    // Undo: the word is back, and so is its mark, also in what is saved.
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // Undo sets the older state after the command's own update.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(flatText(editor)).toContain('echt de zelfregie');
    expect(wordsOf(editor, id(1))).toBe('zelfregie');
    expect(serializeDocument(editor.getEditorState(), editor)).toContain(id(1));
  });

  it('are not kept when the editor reads a block otherwise (the note then loads with its mark nodes)', () => {
    const start = TEXT.indexOf('college');
    const stored = markedDocument([{ id: id(1), start, end: start + 7 }]);
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(plainDoc));
    // Marks lifted from mark nodes are checked against their text, marks from the table against its length.
    const lifted = readStored(asMarkNodes(stored)).blocks;
    expect(keepLifted(editor, lifted.map((block) => ({ ...block, text: `${block.text}!` })))).toBe(false);
    const table = readStored(stored).blocks;
    expect(table[0]!.text).toBeUndefined();
    expect(keepLifted(editor, table.map((block) => ({ ...block, length: block.length + 1 })))).toBe(false);
    expect(deferredMarksOf(editor).size).toBe(0);
  });
});

describe('marks on the screen a note opens with', () => {
  /** Opens a stored note as LoadDocumentPlugin does, on a screen of `lines` lines of 20 characters. */
  function openOn(json: string, lines: number): LexicalEditor {
    const editor = newEditor();
    const read = documentForEditor(json, { lines, charactersPerLine: 20 });
    if (read === null || read === 'unreadable') throw new Error(`not readable: ${String(read)}`);
    editor.setEditorState(editor.parseEditorState(read.json as never));
    if (read.blocks.length > 0) expect(keepLifted(editor, read.blocks)).toBe(true);
    return editor;
  }
  /** Per block (in order): whether it has mark nodes, and whether marks are kept aside for it. */
  const blockStates = (editor: LexicalEditor) =>
    editor.getEditorState().read(() => {
      const kept = deferredMarksOf(editor);
      return $readLiveText().blocks.map((block) => ({ nodes: block.marks.length > 0, kept: (kept.runsFor(block.key, block.text)?.length ?? 0) > 0 }));
    });
  // Block lengths of plainDoc: 13, 41, 37 (its link read through), 24, 30 and 27 characters.
  const linesOfBlocks = [1, 3, 2, 2, 2, 2];

  it('are mark nodes straight away, the rest kept aside; every thread keeps its words and the note saves the same', () => {
    fc.assert(
      fc.property(rangesArb, fc.nat(14), (ranges, lines) => {
        const stored = markedDocument(ranges);
        const editor = openOn(stored, lines);
        const withMarks = new Set(readStored(stored).blocks.map((block) => block.order));
        // The blocks that fit on the screen (from the top, each at least one line) are the opening screen.
        let used = 0;
        const onScreen = linesOfBlocks.map((blockLines) => {
          const fits = used < lines;
          used += blockLines;
          return fits;
        });
        expect(blockStates(editor)).toEqual(onScreen.map((shown, order) => ({ nodes: shown && withMarks.has(order), kept: !shown && withMarks.has(order) })));
        expect(flatText(editor)).toBe(TEXT);
        const ids = ranges.map((range) => range.id);
        expect(Object.fromEntries(ids.map((threadId) => [threadId, wordsOf(editor, threadId)]))).toEqual(wordsWithNodes(stored, ids));
        expect(idsPerCharacter(serializeDocument(editor.getEditorState(), editor))).toEqual(idsPerCharacter(stored));
      }),
      { numRuns: 60 },
    );
  });

  it('of an older note (mark nodes) are its own marks, the same as when its block is shown later', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const older = asMarkNodes(markedDocument(ranges));
        const opened = openOn(older, 100);
        const later = openKept(older);
        const keys = later.getEditorState().read(() => $readLiveText().blocks.map((block) => block.key));
        later.update(() => $showKeptMarks(deferredMarksOf(later), keys), { discrete: true });
        expect(JSON.stringify(opened.getEditorState().toJSON())).toBe(JSON.stringify(later.getEditorState().toJSON()));
      }),
      { numRuns: 40 },
    );
  });
});

describe('marks as the note stores them', () => {
  /** The ids per character as Lexical's own mark nodes hold them (not read through the stored form). */
  function marksAsNodes(marks: Array<{ id: string; start: number; end: number }>): string {
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(plainDoc));
    editor.update(() => $applyMarks(marks), { discrete: true });
    return JSON.stringify(editor.getEditorState().toJSON());
  }

  const textNodeCount = (node: SerializedUnknownNode): number => (node.type === 'text' ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + textNodeCount(child), 0);
  const plainAsSaved = (() => {
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(plainDoc));
    return JSON.parse(serializeDocument(editor.getEditorState(), editor)) as { root: SerializedUnknownNode };
  })();

  it('are a table beside the text, with no mark nodes, on exactly the characters the mark nodes covered', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const stored = markedDocument(ranges);
        const parsed = JSON.parse(stored) as { root: SerializedUnknownNode; commentMarks?: unknown[] };
        expect(stored).not.toContain('"mark"');
        expect((parsed.commentMarks?.length ?? 0) > 0).toBe(ranges.length > 0);
        expect(checkDocumentReadable(stored)).toEqual({ ok: true });
        expect(idsPerCharacter(stored)).toEqual(idsPerCharacterOfNodes(marksAsNodes(ranges)));
        // The text is stored as without marks, not split where a mark starts or ends.
        expect(toBlocks(stored)).toEqual(toBlocks(plainDoc));
        expect(textNodeCount(parsed.root)).toBe(textNodeCount(plainAsSaved.root));
      }),
      { numRuns: 60 },
    );
  });

  it('in an older note (mark nodes) open kept aside, and its next save writes the table on the same characters', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const older = marksAsNodes(ranges);
        const editor = openKept(older);
        expect(markNodeCount(editor)).toBe(0);
        const saved = serializeDocument(editor.getEditorState(), editor);
        expect(saved).not.toContain('"mark"');
        expect(idsPerCharacter(saved)).toEqual(idsPerCharacterOfNodes(older));
        // One run per thread (each has one stretch of words), not one per piece between mark edges.
        const written = (JSON.parse(saved) as { commentMarks?: Array<{ runs: unknown[][] }> }).commentMarks ?? [];
        const idsWritten = written.flatMap((block) => block.runs.flatMap((run) => run.slice(2)));
        expect(idsWritten.sort()).toEqual([...new Set(ranges.map((range) => range.id))].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('a table that does not fit the text makes the note unreadable (read-only, nothing lost), and a review copy keeps only shared threads', () => {
    const start = TEXT.indexOf('zelfregie');
    const stored = JSON.parse(markedDocument([{ id: id(1), start, end: start + 9 }, { id: id(2), start, end: start + 4 }])) as { root: SerializedUnknownNode; commentMarks: Array<{ block: number; length: number; runs: unknown[][] }> };
    const variant = (change: (table: typeof stored.commentMarks) => unknown) => JSON.stringify({ ...stored, commentMarks: change(structuredClone(stored.commentMarks)) });
    const entry = stored.commentMarks[0]!;
    for (const damaged of [
      variant((table) => table.map((block) => ({ ...block, length: block.length + 1 }))),
      variant((table) => table.map((block) => ({ ...block, block: 99 }))),
      variant((table) => table.map((block) => ({ ...block, runs: [[0, block.length + 1, id(1)]] }))),
      variant((table) => table.map((block) => ({ ...block, runs: [[3, 3, id(1)]] }))),
      variant((table) => table.map((block) => ({ ...block, runs: [[0, 2]] }))),
      variant(() => ({ version: 2 })),
      variant((table) => [...table, ...table]),
    ]) {
      const readable = checkDocumentReadable(damaged);
      expect(readable.ok).toBe(false);
      // What a read-only note shows still holds all its words.
      if (!readable.ok) expect(readable.display).toContain('zelfregie');
      expect(documentWithMarks(damaged) === 'unreadable' || !readable.ok).toBe(true);
    }
    expect(entry.runs.length).toBeGreaterThan(0);
    const shared = JSON.parse(keepMarks(JSON.stringify(stored), new Set([id(2)]))) as typeof stored;
    expect(JSON.stringify(shared.commentMarks)).not.toContain(id(1));
    expect(JSON.stringify(shared.commentMarks)).toContain(id(2));
    expect(checkDocumentReadable(JSON.stringify(shared))).toEqual({ ok: true });
    expect(JSON.parse(keepMarks(JSON.stringify(stored), new Set())).commentMarks).toEqual([]);
  });
});

describe('mark runs in stored JSON', () => {
  it('wrapping lifted runs gives back the text and the ids on every character', () => {
    fc.assert(
      fc.property(rangesArb, (ranges) => {
        const stored = JSON.parse(asMarkNodes(markedDocument(ranges))) as { root: SerializedUnknownNode };
        const lifted = liftMarks(stored.root);
        const blocks: SerializedUnknownNode[] = [];
        const collect = (node: SerializedUnknownNode) => {
          if (['paragraph', 'heading', 'listitem'].includes(node.type)) blocks.push(node);
          for (const child of node.children ?? []) if (child.type === 'list' || child.type === 'listitem' || node.type === 'root') collect(child);
        };
        collect(lifted.root);
        for (const block of lifted.blocks) {
          const node = blocks[block.order]!;
          expect(inlineTextOf(node.children ?? [])).toBe(block.text);
          node.children = wrapRuns(node.children ?? [], block.runs);
        }
        expect(idsPerCharacter(JSON.stringify({ root: lifted.root }))).toEqual(idsPerCharacter(JSON.stringify(stored)));
      }),
      { numRuns: 60 },
    );
  });

  it('an edit moves runs after it, keeps runs before it and drops a run whose characters all went', () => {
    const runs = [
      { ids: ['a'], start: 0, end: 3 },
      { ids: ['b'], start: 9, end: 14 },
      { ids: ['c'], start: 4, end: 8 },
    ];
    // "Wij gaan samen verder" → "Wij samen verder": "gaan " deleted; "samen" moves, "gaan" goes.
    expect(mapRuns(runs, 'Wij gaan samen verder', 'Wij samen verder')).toEqual([
      { ids: ['a'], start: 0, end: 3 },
      { ids: ['b'], start: 4, end: 9 },
    ]);
    // Typing right after a marked word does not stretch its mark.
    expect(mapRuns([{ ids: ['a'], start: 0, end: 3 }], 'Wij gaan', 'Wijs gaan')).toEqual([{ ids: ['a'], start: 0, end: 3 }]);
  });
});
