import { describe, expect, it } from 'vitest';
import { diffBlocks, diffWordsOf, sideOf, type DiffBlock } from '../../../shared/diff';

const p = (text: string): DiffBlock => ({ kind: 'paragraph', text });
const h = (text: string, level = 2): DiffBlock => ({ kind: 'heading', level, text });

describe('word diff', () => {
  it('marks the inserted and deleted words and rebuilds both sides exactly', () => {
    const before = 'De gemeente verleent een vergunning aan u.';
    const after = 'De gemeente geeft u een vergunning.';
    const parts = diffWordsOf(before, after);
    expect(sideOf(parts, 'before')).toBe(before);
    expect(sideOf(parts, 'after')).toBe(after);
    expect(parts.filter((part) => part.op === 'removed').map((part) => part.text.trim())).toContain('verleent');
    expect(parts.filter((part) => part.op === 'added').map((part) => part.text.trim())).toContain('geeft');
  });

  it('gives one unchanged part for equal text', () => {
    expect(diffWordsOf('Zelfde tekst.', 'Zelfde tekst.')).toEqual([{ op: 'same', text: 'Zelfde tekst.' }]);
  });
});

describe('block diff', () => {
  it('keeps equal blocks, and reports added and removed blocks', () => {
    const diff = diffBlocks([h('Inleiding'), p('Eerste alinea.'), p('Weg ermee.')], [h('Inleiding'), p('Eerste alinea.'), p('Helemaal nieuw stuk over afval.')]);
    expect(diff.changes.map((change) => change.type)).toEqual(['same', 'same', 'removed', 'added']);
    expect(diff.summary).toMatchObject({ added: 1, removed: 1, changed: 0, moved: 0 });
  });

  it('shows an edited paragraph as one change with a word diff', () => {
    const diff = diffBlocks([p('U kunt de aanvraag indienen bij de balie van het stadhuis.')], [p('U kunt de aanvraag doen bij de balie in het stadhuis.')]);
    expect(diff.changes).toHaveLength(1);
    const change = diff.changes[0]!;
    expect(change.type).toBe('changed');
    expect(sideOf(change.parts!, 'before')).toBe('U kunt de aanvraag indienen bij de balie van het stadhuis.');
    expect(sideOf(change.parts!, 'after')).toBe('U kunt de aanvraag doen bij de balie in het stadhuis.');
    expect(diff.summary.wordsAdded).toBe(2);
    expect(diff.summary.wordsRemoved).toBe(2);
  });

  it('recognises a moved paragraph instead of a deletion and an insertion', () => {
    const a = p('Alinea over parkeren in de wijk.');
    const b = p('Alinea over afval en containers.');
    const c = p('Alinea over groen in de straat.');
    const diff = diffBlocks([a, b, c], [b, c, a]);
    const types = diff.changes.map((change) => change.type);
    expect(types).toContain('moved-away');
    expect(types).toContain('moved-here');
    expect(types).not.toContain('added');
    expect(types).not.toContain('removed');
    const away = diff.changes.find((change) => change.type === 'moved-away')!;
    const here = diff.changes.find((change) => change.type === 'moved-here')!;
    expect(away.moveId).toBe(here.moveId);
    expect(away.text).toBe(a.text);
    expect(away.oldIndex).toBe(0);
    expect(here.newIndex).toBe(2);
    expect(diff.summary.moved).toBe(1);
  });

  it('sees a heading that became a paragraph as a change of block, not the same block', () => {
    const diff = diffBlocks([h('Kosten')], [p('Kosten')]);
    expect(diff.changes.map((change) => change.type)).toEqual(['removed', 'added']);
  });
});
