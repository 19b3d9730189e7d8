// The panel's "niet begrepen" marks, per section: what the panel summary and the writer's list read.
import { describe, expect, it } from 'vitest';
import { flatten, selectorAt } from '../../../shared/comments';
import type { NotUnderstoodMark } from '../../../shared/contract/not-understood';
import { marksBySection, wordKey, type SectionBlock } from '../../../shared/panel/not-understood';

const blocks: SectionBlock[] = [
  { id: 'b0', kind: 'paragraph', text: 'De gemeente wil de Wmo beter uitvoeren.' },
  { id: 'b1', kind: 'heading', text: 'Wat gaan we doen' },
  { id: 'b2', kind: 'paragraph', text: 'Wij zetten in op zelfregie en een integrale aanpak.' },
  { id: 'b3', kind: 'listitem', text: 'Meer zelfregie voor bewoners.' },
  { id: 'b4', kind: 'heading', text: 'Wat kost het' },
  { id: 'b5', kind: 'paragraph', text: 'De kosten zijn structureel.' },
];

let counter = 0;
function markOn(words: string, origin: string, occurrence = 0, meaning: string | null = null): NotUnderstoodMark {
  const flat = flatten(blocks);
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = flat.text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`"${words}" is not in the text`);
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    anchor: { selector: selectorAt(flat, at, at + words.length), status: 'exact' },
    meaning,
    author: 'Bewoner',
    createdAt: '2026-11-01T10:00:00.000Z',
    editedAt: null,
    origin,
  };
}

describe('marksBySection', () => {
  it('groups marks under the heading above their words, sections in document order', () => {
    const marks = [markOn('structureel', 'review:a'), markOn('zelfregie', 'review:a', 1), markOn('Wmo', 'review:b'), markOn('zelfregie', 'review:b')];
    const sections = marksBySection(marks, blocks);
    expect(sections.map((section) => section.heading)).toEqual(['', 'Wat gaan we doen', 'Wat kost het']);
    expect(sections[0]!.marks.map((item) => item.mark.anchor.selector.exact)).toEqual(['Wmo']);
    // Document order inside a section: the paragraph before the list item.
    expect(sections[1]!.marks.map((item) => item.blockIndex)).toEqual([2, 3]);
    expect(sections[1]!.words).toEqual([{ word: 'zelfregie', key: 'zelfregie', residents: 2, marks: 2 }]);
    expect(sections[2]!.marks[0]!.found).toBe(true);
  });

  it('counts one resident once per word, however often they marked it', () => {
    const sections = marksBySection([markOn('zelfregie', 'review:a'), markOn('zelfregie', 'review:a', 1), markOn('integrale aanpak', 'review:b')], blocks);
    expect(sections[0]!.words).toEqual([
      { word: 'zelfregie', key: 'zelfregie', residents: 1, marks: 2 },
      { word: 'integrale aanpak', key: 'integrale aanpak', residents: 1, marks: 1 },
    ]);
  });

  it('keeps a mark whose words left the text in the section where they stood, marked as not found', () => {
    const mark = markOn('structureel', 'review:a');
    const edited = blocks.map((block) => (block.id === 'b5' ? { ...block, text: 'De kosten blijven elk jaar terugkomen.' } : block));
    const [section] = marksBySection([mark], edited);
    expect(section).toMatchObject({ heading: 'Wat kost het', headingIndex: 4 });
    expect(section!.marks[0]).toMatchObject({ found: false, blockIndex: 5 });
  });

  it('lists nothing for a note without marks, and places marks in an empty note before any heading', () => {
    expect(marksBySection([], blocks)).toEqual([]);
    const [section] = marksBySection([markOn('Wmo', 'review:a')], []);
    expect(section).toMatchObject({ heading: '', headingIndex: -1 });
    expect(section!.marks[0]).toMatchObject({ found: false, blockIndex: -1 });
  });
});

describe('wordKey', () => {
  it('counts spellings that differ only in case and spaces as one word', () => {
    expect(wordKey(' Integrale\n aanpak ')).toBe(wordKey('integrale aanpak'));
    expect(wordKey('WMO')).toBe('wmo');
    expect(wordKey('Wmo')).not.toBe(wordKey('Wet'));
  });
});
