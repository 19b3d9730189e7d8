import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, createAnchor, intactAt, reanchor, selectorAt, flatten, type QuoteSelector, type TextBlock } from '../../../shared/comments/anchor';

const blocksOf = (...texts: string[]): TextBlock[] => texts.map((text, index) => ({ id: `b${index}`, text }));
/** Splits flat text back into blocks the way the anchor module joins them. */
const blocksFromFlat = (flat: string): TextBlock[] => blocksOf(...flat.split('\n'));
const flatOf = (blocks: TextBlock[]) => blocks.map((block) => block.text).join('\n');

function anchorOn(blocks: TextBlock[], blockIndex: number, word: string, occurrence = 0): QuoteSelector {
  const block = blocks[blockIndex]!;
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = block.text.indexOf(word, at + 1);
  const selector = createAnchor(blocks, { from: { blockId: block.id, offset: at }, to: { blockId: block.id, offset: at + word.length } });
  if (!selector) throw new Error('no anchor');
  return selector;
}

describe('quote anchors', () => {
  const doc = blocksOf(
    'Versterken van de sociale basis',
    'De gemeente wil dat inwoners elkaar helpen. De gemeente betaalt mee aan buurthuizen.',
    'Daarom geeft de gemeente geld aan vrijwilligers in de wijk.',
  );

  it('finds an unchanged quote at the same place', () => {
    const selector = anchorOn(doc, 1, 'gemeente', 1);
    const placement = reanchor(doc, selector);
    expect(placement).toMatchObject({ status: 'exact', blockId: 'b1', from: { blockId: 'b1', offset: doc[1]!.text.indexOf('De gemeente betaalt') + 3 } });
  });

  it('picks the right one of several equal words by their surroundings after text is added above', () => {
    const selector = anchorOn(doc, 1, 'gemeente', 1);
    const edited = blocksOf('Nieuwe inleiding. De gemeente zegt iets.', ...doc.map((block) => block.text));
    const placement = reanchor(edited, selector);
    expect(placement.status).toBe('exact');
    if (placement.status === 'orphaned') return;
    expect(placement.from.blockId).toBe('b2');
    expect(edited[2]!.text.slice(placement.from.offset)).toMatch(/^gemeente betaalt/);
  });

  it('reports the comment as orphaned when its words were deleted, even if the word is still used elsewhere', () => {
    const selector = anchorOn(doc, 2, 'vrijwilligers');
    const edited = blocksOf(doc[0]!.text, doc[1]!.text, 'Daarom geeft de gemeente geld aan clubs.', 'Vrijwilligers zijn welkom; vrijwilligers krijgen een bedankje.');
    const placement = reanchor(edited, selector);
    expect(placement).toEqual({ status: 'orphaned', near: { blockId: 'b2', offset: 0 } });
  });

  it('follows the words when only the text on one side changed, and says they moved', () => {
    const selector = anchorOn(doc, 2, 'geld aan vrijwilligers');
    const edited = blocksOf(doc[0]!.text, doc[1]!.text, 'Daarom geeft de gemeente geld aan vrijwilligers in heel Utrecht.');
    const placement = reanchor(edited, selector);
    expect(placement.status).toBe('moved');
    if (placement.status === 'orphaned') return;
    expect(flatOf(edited).slice(placement.start, placement.end)).toBe('geld aan vrijwilligers');
  });

  it('anchors a selection across two blocks and keeps the block break in the quote', () => {
    const selector = createAnchor(doc, { from: { blockId: 'b1', offset: 44 }, to: { blockId: 'b2', offset: 6 } });
    expect(selector?.exact).toBe(`${doc[1]!.text.slice(44)}\n${doc[2]!.text.slice(0, 6)}`);
    const placement = reanchor(doc, selector!);
    expect(placement).toMatchObject({ status: 'exact', from: { blockId: 'b1', offset: 44 }, to: { blockId: 'b2', offset: 6 } });
    // The same words joined into one paragraph are no longer the quoted text.
    const joined = blocksOf(doc[0]!.text, `${doc[1]!.text} ${doc[2]!.text}`);
    expect(reanchor(joined, selector!).status).toBe('orphaned');
  });

  it('accepts a backwards selection and refuses an empty one or an unknown block', () => {
    const forwards = createAnchor(doc, { from: { blockId: 'b0', offset: 0 }, to: { blockId: 'b0', offset: 10 } });
    const backwards = createAnchor(doc, { from: { blockId: 'b0', offset: 10 }, to: { blockId: 'b0', offset: 0 } });
    expect(backwards).toEqual(forwards);
    expect(createAnchor(doc, { from: { blockId: 'b0', offset: 3 }, to: { blockId: 'b0', offset: 3 } })).toBeNull();
    expect(createAnchor(doc, { from: { blockId: 'b9', offset: 0 }, to: { blockId: 'b9', offset: 2 } })).toBeNull();
  });

  it('keeps at most the context length on each side', () => {
    const selector = anchorOn(doc, 1, 'buurthuizen');
    expect(selector.prefix.length).toBe(CONTEXT_LENGTH);
    expect(selector.suffix).toBe('.\nDaarom geeft de gemeente geld ');
  });
});

// ------------------------------------------------------------------------------- property tests

/**
 * A small alphabet makes repeated words common; texts built from a few repeated words also give
 * long stretches where quote and context repeat, the hard case for picking the right place.
 */
const textArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'd'), maxLength: 70 }),
  fc.array(fc.constantFrom('de ', 'de ', 'de ', 'wijk ', 'de wijk '), { maxLength: 25 }).map((words) => words.join('')),
);
const docArb = fc.array(textArb, { minLength: 1, maxLength: 6 }).filter((texts) => texts.join('\n').length >= 2);

interface Case {
  flat: string;
  start: number;
  end: number;
}

const caseArb: fc.Arbitrary<Case> = docArb.chain((texts) => {
  const flat = texts.join('\n');
  return fc
    .tuple(fc.nat({ max: flat.length - 1 }), fc.integer({ min: 1, max: 12 }))
    .map(([start, length]) => ({ flat, start, end: Math.min(flat.length, start + length) }));
});

const editArb = fc.record({
  insert: fc.boolean(),
  where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  size: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  text: fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'd', '\n'), minLength: 1, maxLength: 20 }),
  after: fc.boolean(),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function selectorFor(c: Case): QuoteSelector {
  const blocks = blocksFromFlat(c.flat);
  let offset = 0;
  const point = (flatOffset: number) => {
    offset = 0;
    for (const block of blocks) {
      if (flatOffset <= offset + block.text.length) return { blockId: block.id, offset: flatOffset - offset };
      offset += block.text.length + 1;
    }
    throw new Error('outside');
  };
  const selector = createAnchor(blocks, { from: point(c.start), to: point(c.end) });
  if (!selector) throw new Error('empty');
  return selector;
}

/** Applies an edit anywhere in the text. */
function applyAnywhere(text: string, edit: Edit): string {
  const at = Math.floor(edit.where * (text.length + 1));
  if (edit.insert) return text.slice(0, at) + edit.text + text.slice(at);
  const to = Math.min(text.length, at + 1 + Math.floor(edit.size * 15));
  return text.slice(0, at) + text.slice(to);
}

/**
 * Applies an edit strictly outside the protected window [ws, we] (the quote plus its stored
 * context) and returns the window's new position.
 */
function applyOutside(text: string, ws: number, we: number, edit: Edit): { text: string; ws: number; we: number } {
  if (edit.insert) {
    if (!edit.after && ws > 0) {
      const at = Math.floor(edit.where * ws);
      return { text: text.slice(0, at) + edit.text + text.slice(at), ws: ws + edit.text.length, we: we + edit.text.length };
    }
    if (edit.after && we < text.length) {
      const at = we + 1 + Math.floor(edit.where * (text.length - we));
      return { text: text.slice(0, at) + edit.text + text.slice(at), ws, we };
    }
    return { text, ws, we };
  }
  if (!edit.after && ws >= 2) {
    const from = Math.floor(edit.where * (ws - 1));
    const to = Math.min(ws - 1, from + 1 + Math.floor(edit.size * 15));
    return { text: text.slice(0, from) + text.slice(to), ws: ws - (to - from), we: we - (to - from) };
  }
  if (edit.after && text.length - we >= 2) {
    const from = we + 1 + Math.floor(edit.where * (text.length - we - 1));
    const to = Math.min(text.length, from + 1 + Math.floor(edit.size * 15));
    return { text: text.slice(0, from) + text.slice(to), ws, we };
  }
  return { text, ws, we };
}

/** Every place where quote and both stored context sides stand exactly as recorded (the oracle). */
function fullContextPlaces(text: string, selector: QuoteSelector): number[] {
  const places: number[] = [];
  for (let at = 0; at + selector.exact.length <= text.length; at += 1) {
    if (text.slice(at, at + selector.exact.length) !== selector.exact) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + selector.exact.length);
    const prefixOk = selector.prefix.length === CONTEXT_LENGTH ? before.endsWith(selector.prefix) : before === selector.prefix;
    const suffixOk = selector.suffix.length === CONTEXT_LENGTH ? after.startsWith(selector.suffix) : after === selector.suffix;
    if (prefixOk && suffixOk) places.push(at);
  }
  return places;
}

describe('re-anchoring after random edits (property)', () => {
  it('returns either a range holding exactly the quoted text, or orphaned; never other words', () => {
    fc.assert(
      fc.property(caseArb, fc.array(editArb, { maxLength: 8 }), (c, edits) => {
        const selector = selectorFor(c);
        const text = edits.reduce(applyAnywhere, c.flat);
        const placement = reanchor(blocksFromFlat(text), selector);
        if (placement.status === 'orphaned') return;
        expect(text.slice(placement.start, placement.end)).toBe(selector.exact);
        // The block points describe the same range as the flat offsets.
        const blocks = blocksFromFlat(text);
        const startOfBlock = (id: string) => blocks.slice(0, blocks.findIndex((b) => b.id === id)).reduce((n, b) => n + b.text.length + 1, 0);
        expect(startOfBlock(placement.from.blockId) + placement.from.offset).toBe(placement.start);
        expect(startOfBlock(placement.to.blockId) + placement.to.offset).toBe(placement.end);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the original words when edits leave them and their context untouched', () => {
    fc.assert(
      fc.property(caseArb, fc.array(editArb, { maxLength: 8 }), (c, edits) => {
        const selector = selectorFor(c);
        let state = { text: c.flat, ws: Math.max(0, c.start - CONTEXT_LENGTH), we: Math.min(c.flat.length, c.end + CONTEXT_LENGTH) };
        for (const edit of edits) state = applyOutside(state.text, state.ws, state.we, edit);
        const originalStart = state.ws + (c.start - Math.max(0, c.start - CONTEXT_LENGTH));
        const placement = reanchor(blocksFromFlat(state.text), selector);
        const places = fullContextPlaces(state.text, selector);
        expect(places).toContain(originalStart);
        expect(placement.status).toBe('exact');
        if (placement.status === 'orphaned') return;
        // Where quote and full context occur more than once the places are indistinguishable;
        // with one such place it must be the original.
        if (places.length === 1) expect(placement.start).toBe(originalStart);
        else expect(places).toContain(placement.start);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('a quote still where it was placed (intactAt)', () => {
  /** The rule as the anchor module states it, with copies of the text: each side ends (or starts) as stored, and a side shorter than CONTEXT_LENGTH only where the text ends. */
  const byCopies = (text: string, selector: QuoteSelector, start: number) => {
    if (selector.exact === '' || text.slice(start, start + selector.exact.length) !== selector.exact) return false;
    const end = start + selector.exact.length;
    const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
    const after = text.slice(end, end + CONTEXT_LENGTH);
    const prefixIntact = before.endsWith(selector.prefix) && (selector.prefix.length === CONTEXT_LENGTH || before.length === selector.prefix.length);
    const suffixIntact = after.startsWith(selector.suffix) && (selector.suffix.length === CONTEXT_LENGTH || after.length === selector.suffix.length);
    return prefixIntact && suffixIntact;
  };

  it('agrees with the rule on quotes near either end of the text, after edits around them', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), minLength: 1, maxLength: 90 }), fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 4 }), fc.nat(), fc.integer({ min: -3, max: 3 }), (text, a, b, insert, where, shift) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const selector = selectorAt(flatten(blocksFromFlat(text)), start, end);
        const at = (where % (text.length + 1));
        const edited = text.slice(0, at) + insert + text.slice(at);
        const probe = Math.max(0, start + shift);
        expect(intactAt(edited, selector, probe)).toBe(byCopies(edited, selector, probe));
        expect(intactAt(text, selector, start)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
