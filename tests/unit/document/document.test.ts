import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { countDocumentWords, countWords, toBlocks } from '../../../shared/document/blocks';
import { emptyDocument } from '../../../shared/document/empty-document';
import { headingNode, listNode, paragraphNode, rootNode, textNode, TextFormat } from '../../../shared/document/lexical-json';
import { sampleNoteJson, sampleNoteTitle } from '../../../shared/document/sample-note';

/** A real Lexical editor with the node set Helder registers: the judge of whether our JSON is valid. */
function roundTrip(json: string): unknown {
  const editor = createEditor({
    nodes: [HeadingNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  // Through JSON text, as it is stored: keys Lexical sets to undefined vanish there too.
  return JSON.parse(JSON.stringify(editor.parseEditorState(json).toJSON()));
}

describe('sample note', () => {
  it('is editor state that Lexical loads and writes back unchanged', () => {
    const json = sampleNoteJson();
    expect(roundTrip(json)).toEqual(JSON.parse(json));
  });

  it('has the title as H1, sections, both list kinds, bold and italic', () => {
    const blocks = toBlocks(sampleNoteJson());
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: sampleNoteTitle });
    expect(blocks.filter((block) => block.kind === 'heading' && block.level === 2).length).toBeGreaterThanOrEqual(3);
    const json = sampleNoteJson();
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"listType":"number"');
    expect(json).toContain(`"format":${TextFormat.bold}`);
    expect(json).toContain(`"format":${TextFormat.italic}`);
  });

  it('is about 500 words of official Dutch', () => {
    const words = countDocumentWords(sampleNoteJson());
    expect(words).toBeGreaterThan(420);
    expect(words).toBeLessThan(620);
    const text = toBlocks(sampleNoteJson()).map((block) => block.text).join(' ');
    for (const term of ['sociaal domein', 'zelfregie', 'integraal werken', 'Wmo', 'basisinfrastructuur', 'teneinde', 'middels']) {
      expect(text.toLowerCase()).toContain(term.toLowerCase());
    }
  });
});

describe('emptyDocument', () => {
  it('loads in Lexical and has one empty paragraph', () => {
    expect(roundTrip(emptyDocument())).toEqual(JSON.parse(emptyDocument()));
    expect(toBlocks(emptyDocument())).toEqual([{ id: 'b0', kind: 'paragraph', text: '' }]);
  });
});

describe('toBlocks', () => {
  const doc = (...children: Parameters<typeof rootNode>[0]) => JSON.stringify({ root: rootNode(children) });

  it('gives plain text per block, joining formatted runs and link text', () => {
    const paragraph = paragraphNode([textNode('Lees '), textNode('dit', TextFormat.bold), { type: 'linebreak', version: 1 }]);
    paragraph.children.push({
      type: 'link', url: 'https://example.nl', rel: null, target: null, title: null,
      direction: null, format: '', indent: 0, version: 1, children: [textNode('hier')],
    });
    const blocks = toBlocks(doc(headingNode('h3', [textNode('Kop')]), paragraph));
    expect(blocks).toEqual([
      { id: 'b0', kind: 'heading', level: 3, text: 'Kop' },
      { id: 'b1', kind: 'paragraph', text: 'Lees dit\nhier' },
    ]);
  });

  it('gives each list item its own block, and nested items a deeper level', () => {
    const outer = listNode('bullet', [[textNode('een')], [textNode('twee')]]);
    const inner = listNode('number', [[textNode('twee a')]]);
    outer.children.push({ type: 'listitem', value: 3, direction: null, format: '', indent: 0, version: 1, children: [inner] });
    const blocks = toBlocks(doc(outer));
    expect(blocks).toEqual([
      { id: 'b0.0', kind: 'listitem', level: 1, text: 'een' },
      { id: 'b0.1', kind: 'listitem', level: 1, text: 'twee' },
      { id: 'b0.2.0.0', kind: 'listitem', level: 2, text: 'twee a' },
    ]);
  });

  it('keeps block ids when the text inside a block changes', () => {
    const before = toBlocks(doc(paragraphNode([textNode('oud')]), paragraphNode([textNode('ander')])));
    const after = toBlocks(doc(paragraphNode([textNode('nieuw en langer')]), paragraphNode([textNode('ander')])));
    expect(after.map((block) => block.id)).toEqual(before.map((block) => block.id));
  });

  it('skips block types it does not know instead of failing', () => {
    const json = JSON.stringify({ root: { type: 'root', children: [{ type: 'horizontalrule', version: 1 }, paragraphNode([textNode('tekst')])] } });
    expect(toBlocks(json)).toEqual([{ id: 'b1', kind: 'paragraph', text: 'tekst' }]);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['De raad besluit.', 3],
    ['Wmo-consulent en  zorgaanbieder', 3],
    ['tekst — met een streep', 4],
    ['in 2026 en 2027', 4],
    ['regel\nnieuwe\tregel', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
