// The werkmap list counted per word: residents are review copies, notes are files, the checker is
// asked once for all words, and each word shows where it stood.
import { describe, expect, it } from 'vitest';
import { flatten, selectorAt } from '../../../shared/comments';
import { notUnderstoodWords, sentenceAround, type ListedMark, type NoteMarks } from '../../../shared/panel/word-list';

function note(path: string, text: string, marks: Array<[words: string, origin: string, meaning?: string]>): NoteMarks {
  const blocks = [{ id: 'b0', text }];
  const flat = flatten(blocks);
  const listed = marks.map(([words, origin, meaning]): ListedMark => {
    const at = flat.text.indexOf(words);
    return { words, origin, meaning: meaning ?? null, selector: () => (at === -1 ? null : selectorAt(flat, at, at + words.length)) };
  });
  return { path, title: path, marks: listed, blocks: () => blocks };
}

describe('notUnderstoodWords', () => {
  it('counts residents per note copy, notes per file, most residents first', () => {
    const asked: string[][] = [];
    const words = notUnderstoodWords(
      [
        note('/a.helder', 'Het buurtteam helpt. De kanteling komt.', [['buurtteam', 'r1', 'een team'], ['Buurtteam', 'r2'], ['kanteling', 'r1'], ['buurtteam', 'r1']]),
        note('/b.helder', 'Ook hier een buurtteam.', [['buurtteam', 'r1']]),
      ],
      (list) => {
        asked.push([...list]);
        return list.map((word) => (word === 'kanteling' ? 'jargon' : null));
      },
    );
    // The same copy id in another note is another resident's copy of another note.
    expect(words.map((word) => [word.word, word.residents, word.notes, word.marks, word.flaggedBy])).toEqual([
      ['buurtteam', 3, 2, 4, null],
      ['kanteling', 1, 1, 1, 'jargon'],
    ]);
    expect(asked).toHaveLength(1);
    expect(words[0]!.contexts[0]).toEqual({ path: '/a.helder', title: '/a.helder', text: 'Het buurtteam helpt.', meaning: 'een team' });
    expect(words[0]!.contexts).toHaveLength(3);
  });

  it('shows the words alone when their place cannot be read', () => {
    const broken: NoteMarks = { path: '/c.helder', title: 'C', marks: [{ words: 'wijkteam', origin: 'r', meaning: null, selector: () => null }], blocks: () => [] };
    expect(notUnderstoodWords([broken], (list) => list.map(() => null))[0]!.contexts[0]!.text).toBe('wijkteam');
  });
});

describe('sentenceAround', () => {
  it('gives the sentence holding the words, cut around them when it is long', () => {
    const text = 'Eerste zin. Het netwerk rond u helpt! Laatste zin.';
    const at = text.indexOf('netwerk');
    expect(sentenceAround(text, at, at + 7)).toBe('Het netwerk rond u helpt!');
    const long = `${'woord '.repeat(80)}netwerk ${'woord '.repeat(80)}.`;
    const cut = sentenceAround(long, long.indexOf('netwerk'), long.indexOf('netwerk') + 7);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('netwerk');
    expect(cut.length).toBeLessThanOrEqual(202);
  });
});
