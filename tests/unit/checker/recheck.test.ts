// A re-check after an edit takes most of the note from the last check (sections, first uses of
// abbreviations, the list of findings). Whatever the edit, the writer must see exactly what a
// fresh check of the edited note gives: the same findings (first uses, repeats, sentence groups
// included), the same sections and the same reading level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker, repeatsOf, sentenceGroupsOf, type Block, type BlockKind, type BlockResult, type CheckerConfigInput, type DocumentResult, type Readability, type ReadabilityCounts } from '../../../shared/checker/index';
import { DocumentCheck } from '../../../shared/checker/document-check';
import { readabilityFromCounts } from '../../../shared/checker/readability/stats';

const NOTE: Array<[BlockKind, string]> = [
  ['paragraph', 'Het CJG helpt ouders met opvoedvragen. Teneinde de zelfregie te versterken, werken wij integraal samen.'],
  ['heading', 'Zorg in de wijk'],
  ['paragraph', 'De Wmo regelt hulp thuis. Het beleidskader wordt door de gemeente opgesteld.'],
  ['listitem', 'Een keukentafelgesprek met de Wmo-consulent.'],
  ['listitem', 'Hulp bij het huishouden via het CJG.'],
  ['paragraph', 'Wij gaan in mei met bewoners praten. Het beleidskader is klaar in juni.'],
  ['heading', 'Geld en regels'],
  ['paragraph', 'De eigen bijdrage wordt door het CAK geïnd. Dat heet de eigen bijdrage.'],
  ['paragraph', 'In het kader van de transformatie van het sociaal domein wordt door het college onderzocht of de uitvoering efficiënter kan.'],
  ['heading', 'Tot slot'],
  ['paragraph', 'Heeft u vragen? Bel ons gerust.'],
];

/** Text typed into a block: jargon that starts or ends a repeat, acronyms with and without their name, an explanation, hard and easy sentences. */
const SNIPPETS = [
  ' Het beleidskader geldt voor iedereen.',
  ' De Wmo (Wet maatschappelijke ondersteuning) helpt.',
  ' Het CJG is een centrum voor jeugd en gezin.',
  ' Het CAK stuurt de rekening.',
  ' Dat heet een beleidskader.',
  ' Middels een integraal afwegingskader dient de implementatie van de voornoemde maatregelen te worden geoptimaliseerd.',
  ' Dat is fijn.',
  ' Wij helpen u z.s.m.',
  'x',
  ' ',
];

type Edit =
  | { op: 'type'; block: number; at: number; text: string }
  | { op: 'delete'; block: number; at: number; length: number }
  | { op: 'split'; block: number; at: number }
  | { op: 'merge'; block: number }
  | { op: 'kind'; block: number; kind: BlockKind }
  | { op: 'insert'; block: number; kind: BlockKind; text: string }
  | { op: 'remove'; block: number }
  | { op: 'move'; block: number; to: number };

const kind = fc.constantFrom<BlockKind>('paragraph', 'heading', 'listitem');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('type' as const), block: fc.nat(), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
  fc.record({ op: fc.constant('delete' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant('split' as const), block: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), block: fc.nat() }),
  fc.record({ op: fc.constant('kind' as const), block: fc.nat(), kind }),
  fc.record({ op: fc.constant('insert' as const), block: fc.nat(), kind, text: fc.constantFrom(...SNIPPETS.map((s) => s.trim()), ...NOTE.map(([, t]) => t)) }),
  fc.record({ op: fc.constant('remove' as const), block: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), block: fc.nat(), to: fc.nat() }),
);

let nextId = 0;
const noteBlocks = (): Block[] => NOTE.map(([k, text]) => ({ id: `b${nextId++}`, kind: k, text }));

/** The edit applied the way the editor hands blocks over: a new list, new objects only for changed blocks. */
function applyEdit(blocks: readonly Block[], change: Edit): Block[] {
  const out = [...blocks];
  if (out.length === 0) {
    out.push({ id: `b${nextId++}`, kind: 'paragraph', text: SNIPPETS[0]!.trim() });
    return out;
  }
  const i = change.block % out.length;
  const target = out[i]!;
  const at = 'at' in change ? change.at % (target.text.length + 1) : 0;
  switch (change.op) {
    case 'type':
      out[i] = { ...target, text: target.text.slice(0, at) + change.text + target.text.slice(at) };
      break;
    case 'delete':
      out[i] = { ...target, text: target.text.slice(0, at) + target.text.slice(at + change.length) };
      break;
    case 'split':
      out.splice(i, 1, { ...target, text: target.text.slice(0, at) }, { id: `b${nextId++}`, kind: target.kind, text: target.text.slice(at) });
      break;
    case 'merge':
      if (i + 1 < out.length) out.splice(i, 2, { ...target, text: `${target.text} ${out[i + 1]!.text}` });
      break;
    case 'kind':
      out[i] = { ...target, kind: change.kind };
      break;
    case 'insert':
      out.splice(i, 0, { id: `b${nextId++}`, kind: change.kind, text: change.text });
      break;
    case 'remove':
      out.splice(i, 1);
      break;
    case 'move': {
      out.splice(i, 1);
      out.splice(change.to % (out.length + 1), 0, target);
      break;
    }
  }
  return out;
}

/** What the writer sees of a check: findings with their repeats and sentence groups, sections, blocks and the level. */
function seen(result: DocumentResult): unknown {
  const repeats = repeatsOf(result.findings, result.blocks);
  const groups = sentenceGroupsOf(result.findings, repeats);
  return {
    findings: result.findings.map((f) => ({ ...f, repeat: repeats.has(f), group: groups.get(f)?.key })),
    sections: result.sections,
    readability: result.readability,
    blocks: result.blocks,
  };
}

describe('paragraph re-check', () => {
  // A note at about B2, so that edits take it over and under the writer's target level.
  const harder = (): Block[] => noteBlocks().map((b) => (b.kind === 'paragraph' ? { ...b, text: b.text + SNIPPETS[5]! } : b));
  const configs: Array<[string, CheckerConfigInput, () => Block[]]> = [
    ['default settings', {}, noteBlocks],
    // The whole-note rule (reading level) reports on the first paragraph, wherever the edit is.
    ['with the reading level on', { 'reading-level': { enabled: true }, targetLevel: 'B1' }, harder],
  ];
  for (const [name, config, start] of configs) {
    it(`gives exactly what a fresh check gives, after any run of edits (${name})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const incremental = createChecker({ config });
          let blocks = start();
          incremental.checkDocument(blocks);
          for (const change of edits) {
            blocks = applyEdit(blocks, change);
            const again = incremental.checkDocument(blocks);
            const fresh = createChecker({ config }).checkDocument(blocks);
            expect(seen(again)).toEqual(seen(fresh));
          }
        }),
        { numRuns: 50, seed: 13 },
      );
    });
  }

  it('leaves the results it gave before as they were (a version compare reads both checks of one checker)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const checker = createChecker();
        let blocks = noteBlocks();
        const given: Array<[DocumentResult, string]> = [];
        const keep = (result: DocumentResult): void => {
          given.push([result, JSON.stringify(seen(result))]);
        };
        keep(checker.checkDocument(blocks));
        for (const change of edits) {
          blocks = applyEdit(blocks, change);
          keep(checker.checkDocument(blocks));
        }
        for (const [result, asGiven] of given) expect(JSON.stringify(seen(result))).toBe(asGiven);
      }),
      { numRuns: 50, seed: 29 },
    );
  });

  it('after a check that failed halfway, the next one still gives what a fresh check gives', () => {
    const checker = createChecker();
    // A block result the note-wide part cannot read (no abbreviation list): it fails after the run was taken in.
    const broken = (block: Block): BlockResult => (block.text.startsWith('KAPOT') ? { ...checker.checkBlock(block), abbreviations: null as unknown as BlockResult['abbreviations'] } : checker.checkBlock(block));
    const readability = (counts: ReadabilityCounts): Readability => readabilityFromCounts(counts);
    const document = new DocumentCheck(checker.config, broken, readability);
    let blocks = noteBlocks();
    document.check(blocks);
    blocks = blocks.map((b, i) => (i === 2 ? { ...b, text: `KAPOT ${b.text}` } : b));
    expect(() => document.check(blocks)).toThrow();
    blocks = blocks.map((b, i) => (i === 2 ? { ...b, text: 'Het CJG en de Wmo helpen u thuis.' } : b));
    expect(seen(document.check(blocks))).toEqual(seen(new DocumentCheck(checker.config, broken, readability).check(blocks)));
  });

  it('the reading-level finding stays on the first paragraph when a paragraph comes in before it', () => {
    const config: CheckerConfigInput = { 'reading-level': { enabled: true }, targetLevel: 'B1' };
    const checker = createChecker({ config });
    let blocks = harder();
    const onFirst = (result: DocumentResult): string[] => result.findings.filter((f) => f.ruleId === 'reading-level').map((f) => f.blockId);
    expect(onFirst(checker.checkDocument(blocks))).toEqual([blocks[0]!.id]);
    blocks = [{ id: 'new', kind: 'paragraph', text: 'Wij doen mee.' }, ...blocks];
    expect(onFirst(checker.checkDocument(blocks))).toEqual(['new']);
    blocks = blocks.slice(1);
    expect(onFirst(checker.checkDocument(blocks))).toEqual([blocks[0]!.id]);
  });

  it('moves the first-use finding of an abbreviation when its first use is edited away, and back', () => {
    const checker = createChecker();
    let blocks = noteBlocks();
    const firstUse = (result: DocumentResult): string | undefined => result.findings.find((f) => f.ruleId === 'abbreviation' && f.actual === 'CJG')?.blockId;
    expect(firstUse(checker.checkDocument(blocks))).toBe(blocks[0]!.id);
    const before = blocks[0]!;
    blocks = [{ ...before, text: 'Wij helpen ouders met opvoedvragen.' }, ...blocks.slice(1)];
    const moved = checker.checkDocument(blocks);
    // The list item "Hulp bij het huishouden via het CJG." is now the first use.
    expect(firstUse(moved)).toBe(blocks[4]!.id);
    expect(seen(moved)).toEqual(seen(createChecker().checkDocument(blocks)));
    blocks = [before, ...blocks.slice(1)];
    expect(firstUse(checker.checkDocument(blocks))).toBe(before.id);
  });

  it('a heading typed into a paragraph splits its section, and the note level follows the edit', () => {
    const checker = createChecker();
    let blocks = noteBlocks();
    const first = checker.checkDocument(blocks);
    blocks = blocks.map((b, i) => (i === 5 ? { ...b, kind: 'heading' as const } : b));
    const split = checker.checkDocument(blocks);
    expect(split.sections.length).toBe(first.sections.length + 1);
    expect(split.sections.map((s) => s.blockIds)).toEqual(createChecker().checkDocument(blocks).sections.map((s) => s.blockIds));
    blocks = blocks.map((b, i) => (i === 10 ? { ...b, text: `${b.text}${SNIPPETS[5]!.repeat(4)}` } : b));
    const harder = checker.checkDocument(blocks);
    expect(harder.readability.words).toBeGreaterThan(split.readability.words);
    expect(harder.sections.at(-1)!.readability).not.toEqual(split.sections.at(-1)!.readability);
    expect(seen(harder)).toEqual(seen(createChecker().checkDocument(blocks)));
  });
});
