import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks, type Block, type DocumentResult } from '../../../shared/checker/index';
import { fixtureChecker } from './fixture-checker';

const SAMPLE = ['Het beleidskader wordt opgesteld door de Wmo-consulent.', 'Niemand hoeft niets te doen.', 'Wij helpen u z.s.m. met formulieren.', 'De uitvoering van het plan begint.', 'Het CJG betaalt.'];

function comparable(result: DocumentResult): unknown {
  return { findings: result.findings, readability: result.readability, sections: result.sections };
}

describe('checker engine', () => {
  it('maps checkText offsets, lines and columns back to the original text', () => {
    const text = '# Titel\n\nEerste alinea is kort.\n\nHet beleidskader\nwordt opgesteld.\n';
    const result = fixtureChecker().checkText(text, 'markdown');
    const jargon = result.findings.find((f) => f.ruleId === 'jargon')!;
    expect(text.slice(jargon.start, jargon.end)).toBe('beleidskader');
    expect([jargon.line, jargon.column]).toEqual([5, 5]);
    const passive = result.findings.find((f) => f.ruleId === 'passive')!;
    expect(text.slice(passive.start, passive.end)).toBe('wordt opgesteld');
    expect([passive.line, passive.column]).toEqual([6, 1]);
  });

  it('checkText keeps every field of a block finding, in the same order, only moved', () => {
    const text = '# Het beleidskader\n\nHet CJG wordt door de Wmo-consulent ingeschakeld. Niemand hoeft niets te doen i.p.v. het beleidskader.\n\n- Het beleidskader wordt opgesteld.\n';
    const checker = fixtureChecker();
    const placed = checker.checkText(text, 'markdown');
    const own = fixtureChecker().checkDocument(splitBlocks(text, 'markdown')).findings;
    expect(placed.findings.length).toBeGreaterThan(5);
    expect(placed.findings.some((f) => f.repeat) && placed.findings.some((f) => f.sentenceGroup)).toBe(true);
    placed.findings.forEach((f, i) => {
      const { repeat, sentenceGroup, ...rest } = f;
      const block = own[i]!;
      expect(Object.keys(rest)).toEqual(Object.keys(block));
      expect({ ...rest, start: block.start, end: block.end, line: block.line, column: block.column }).toEqual(block);
      expect(text.slice(f.start, f.end)).toBe(f.actual);
      expect(repeat === undefined || repeat === true).toBe(true);
      expect(sentenceGroup === undefined || sentenceGroup.startsWith(`${f.blockId}#`)).toBe(true);
    });
  });

  it('reuses cached block results and re-checks only a changed block', () => {
    const checker = fixtureChecker();
    const blocks: Block[] = SAMPLE.map((text, i) => ({ id: `p${i}`, text, kind: 'paragraph' }));
    const first = checker.checkDocument(blocks);
    const again = checker.checkDocument(blocks);
    expect(again.blocks.every((b, i) => b === first.blocks[i])).toBe(true);
    const edited = blocks.map((b, i) => (i === 2 ? { ...b, text: b.text + ' Fijn.' } : b));
    const third = checker.checkDocument(edited);
    expect(third.blocks.map((b, i) => b === first.blocks[i])).toEqual([true, true, false, true, true]);
    expect(third.blocks[2]!.hash).not.toBe(first.blocks[2]!.hash);
  });

  it('gives the same result for a block with the same text under another id', () => {
    const checker = fixtureChecker();
    const a = checker.checkBlock({ id: 'a', text: SAMPLE[0]!, kind: 'paragraph' });
    const b = checker.checkBlock({ id: 'b', text: SAMPLE[0]!, kind: 'paragraph' });
    expect(b.findings.map((f) => ({ ...f, blockId: 'a' }))).toEqual(a.findings);
    expect(b.findings.every((f) => f.blockId === 'b')).toBe(true);
  });

  it('lists abbreviations per block with offsets and whether they are explained', () => {
    const result = fixtureChecker().checkBlock({ id: 'x', text: 'De Wmo (Wet maatschappelijke ondersteuning) en het CJG.', kind: 'paragraph' });
    expect(result.abbreviations.map((a) => [a.text, a.start, a.defined])).toEqual([
      ['Wmo', 3, true],
      ['CJG', 51, false],
    ]);
  });

  it('incremental checking equals a fresh full check after random edits', () => {
    const incremental = fixtureChecker();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SAMPLE), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SAMPLE, '', 'Kort.', 'De Wmo (Wet maatschappelijke ondersteuning) helpt.')), { maxLength: 5 }),
        (texts, edits) => {
          const blocks: Block[] = texts.map((text, i) => ({ id: `b${i}`, text, kind: i === 0 ? 'heading' : 'paragraph' }));
          incremental.checkDocument(blocks);
          for (const [at, text] of edits) {
            const i = at % blocks.length;
            blocks[i] = { ...blocks[i]!, text };
            const fresh = fixtureChecker().checkDocument(blocks);
            expect(comparable(incremental.checkDocument(blocks))).toEqual(comparable(fresh));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a re-check equals a fresh check when blocks change kind, come in or go', () => {
    const incremental = fixtureChecker();
    const texts = [...SAMPLE, 'Wonen', 'De Wmo (Wet maatschappelijke ondersteuning) helpt.', 'Het CJG helpt ook.'];
    const kinds = ['paragraph', 'heading', 'listitem'] as const;
    const edit = fc.record({ op: fc.constantFrom('text', 'kind', 'insert', 'remove', 'same'), at: fc.nat(), text: fc.constantFrom(...texts), kind: fc.constantFrom(...kinds) });
    let next = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...kinds)), { minLength: 1, maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (start, edits) => {
        let blocks: Block[] = start.map(([text, kind]) => ({ id: `b${next++}`, text, kind }));
        incremental.checkDocument(blocks);
        for (const { op, at, text, kind } of edits) {
          const i = at % (blocks.length + 1);
          blocks = [...blocks];
          if (op === 'insert' || blocks.length === 0) blocks.splice(i, 0, { id: `b${next++}`, text, kind });
          else if (op === 'remove') blocks.splice(i % blocks.length, 1);
          else if (op === 'text') blocks[i % blocks.length] = { ...blocks[i % blocks.length]!, text };
          else if (op === 'kind') blocks[i % blocks.length] = { ...blocks[i % blocks.length]!, kind };
          const fresh = fixtureChecker().checkDocument(blocks);
          const again = incremental.checkDocument(blocks);
          expect(comparable(again)).toEqual(comparable(fresh));
          expect(again.blocks).toEqual(fresh.blocks);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('robustness', () => {
  const checker = fixtureChecker({ config: { 'long-paragraph': { maxWords: 50 } } });
  const inside = (text: string, result: DocumentResult): void => {
    for (const f of result.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.actual);
    }
  };

  it('never throws and keeps offsets inside the text for any string', () => {
    const odd = fc.constantFrom('🙂', '👩‍👩‍👧', 'ש', 'مرحبا', '\u202E', '\u0000', '\t', '\r\n', '\n\n', '(', ')', '.', 'Wmo', ' beleidskader', 'ë', '\uD800', '-', '#', '- ', '1. ', 'o.a.', ' ');
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), odd, fc.constantFrom(...SAMPLE));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('text' as const, 'markdown' as const), (parts, format) => {
        const text = parts.join('');
        inside(text, checker.checkText(text, format));
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB paragraph', () => {
    const sentence = 'Het beleidskader wordt opgesteld door de Wmo-consulent 🙂 en niemand hoeft niets te doen ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const result = checker.checkText(text);
    inside(text, result);
    expect(result.findings.some((f) => f.ruleId === 'long-sentence')).toBe(true);
    // A limit, not a speed target (that is in the checker bench): the check takes 3 s of CPU, and up
    // to 50 s of wall time on a 2-core machine that is running other work.
  }, 90_000);
});
