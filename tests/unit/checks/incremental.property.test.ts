// Random edit sequences typed into a note, checked the way the editor does it (only changed
// blocks sent, results arriving late and out of step with the edits), must end with exactly
// the findings and readability of a full re-check of the final text by a fresh checker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker';
import type { StateBlock } from '../../../renderer/src/features/checks/check-state';
import { block, makeHarness } from './harness';

const SNIPPETS = [
  'Teneinde de zelfregie te versterken',
  ' wordt het beleid door de gemeente aangepast',
  '. ',
  'De Wmo (Wet maatschappelijke ondersteuning) helpt inwoners',
  ' middels een keukentafelgesprek',
  ', alsmede de mantelzorgondersteuning',
  'We gaan in mei met bewoners praten.',
  ' Het WMO-loket is open',
  ' derhalve dienen wij',
  'x',
  ' ',
];

/** Text that adds or removes uses of terms the note already has (jargon with later uses). */
const TERMS = [' zelfregie', ' middels', ' teneinde', ' participatie', 'x', ' de ', ' ondersteuning'];

type Edit =
  | { kind: 'insert'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'split'; block: number; at: number }
  | { kind: 'paste'; block: number; texts: string[] }
  | { kind: 'heading'; block: number }
  | { kind: 'undo' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: fc.nat(), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('delete' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('split' as const), block: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('paste' as const), block: fc.nat(), texts: fc.array(fc.constantFrom(...SNIPPETS), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('heading' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const) }),
);

/** A step also says whether the worker gets to run and whether its replies arrive now. */
const step = fc.record({ edit, flush: fc.boolean(), work: fc.boolean(), deliver: fc.boolean() });

let nextId = 100;
function applyEdit(blocks: StateBlock[], change: Edit, history: StateBlock[][]): StateBlock[] {
  if (change.kind === 'undo') return history.pop() ?? blocks;
  history.push(blocks);
  const out = [...blocks];
  const index = change.block % out.length;
  const target = out[index] as StateBlock;
  const at = change.kind === 'heading' || change.kind === 'paste' ? 0 : change.at % (target.text.length + 1);
  switch (change.kind) {
    case 'insert':
      out[index] = block(target.id, target.text.slice(0, at) + change.text + target.text.slice(at), target.kind, target.level);
      break;
    case 'delete':
      out[index] = block(target.id, target.text.slice(0, at) + target.text.slice(at + change.length), target.kind, target.level);
      break;
    case 'split':
      out.splice(index, 1, block(target.id, target.text.slice(0, at), target.kind, target.level), block(String(nextId++), target.text.slice(at)));
      break;
    case 'paste':
      out.splice(index + 1, 0, ...change.texts.map((text) => block(String(nextId++), text)));
      break;
    case 'heading':
      out[index] = target.kind === 'heading' ? block(target.id, target.text) : block(target.id, target.text, 'heading', 2);
      break;
  }
  return out;
}

const simplify = (f: { ruleId: string; blockId: string; start: number; end: number; severity: string; message: string; expected: string[] }) =>
  [f.ruleId, f.blockId, f.start, f.end, f.severity, f.message, f.expected.join('|')].join(' ');

describe('incremental checking', () => {
  it('ends with the same findings as a full re-check of the final text', () => {
    const engine = createChecker(); // shared across runs: its cache must never leak stale results
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const h = makeHarness(engine);
        let blocks = [block('1', 'Beleidsnotitie', 'heading', 1), block('2', SNIPPETS[0] as string), block('3', SNIPPETS[6] as string)];
        h.client.setBlocks(blocks);
        const history: StateBlock[][] = [];
        for (const { edit: change, flush, work, deliver } of steps) {
          blocks = applyEdit(blocks, change, history);
          h.client.setBlocks(blocks);
          if (flush) h.tick();
          if (work) h.runWorker();
          if (deliver) {
            h.deliverAll();
            // The repeats the marks are drawn with (after a result often worked out for the changed
            // blocks alone) must be those of the whole note's findings once every block is checked.
            const drawn = h.client.drawnRepeats();
            const now = h.client.getSnapshot();
            if (now.fresh) expect(now.findings.filter((f) => drawn.has(f))).toEqual(now.findings.filter((f) => now.repeats.has(f)));
          }
          // Whatever is shown at any moment must describe the current text.
          for (const finding of h.client.getSnapshot().findings) {
            const text = blocks.find((b) => b.id === finding.blockId)?.text;
            expect(text?.slice(finding.start, finding.end)).toBe(finding.actual);
          }
        }
        h.tick();
        h.runWorker();
        h.deliverAll();
        const full = createChecker().checkDocument(blocks.map(({ id, kind, level, text }) => (level === undefined ? { id, kind, text } : { id, kind, level, text })));
        const snapshot = h.client.getSnapshot();
        expect(snapshot.fresh).toBe(true);
        expect(snapshot.findings.map(simplify)).toEqual(full.findings.map(simplify));
        expect(snapshot.readability).toEqual(full.readability);
        // Sections come as changes to the last reply's list; they must add up to the whole note's.
        expect(snapshot.sections).toEqual(full.sections);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('draws the later uses of a term as repeats exactly as a walk over the whole note would, while the writer types in paragraphs', () => {
    const engine = createChecker();
    const typing = fc.record({
      edit: fc.oneof(
        fc.record({ kind: fc.constant('insert' as const), block: fc.nat(), at: fc.nat(), text: fc.constantFrom(...TERMS) }),
        fc.record({ kind: fc.constant('delete' as const), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
      ),
      flush: fc.boolean(),
      work: fc.boolean(),
      deliver: fc.boolean(),
    });
    let quickRuns = 0;
    fc.assert(
      fc.property(fc.array(typing, { minLength: 1, maxLength: 30 }), (steps) => {
        const h = makeHarness(engine);
        let blocks = [
          block('1', 'Zelfregie en participatie', 'heading', 2),
          block('2', 'Teneinde de zelfregie te versterken, gaan we middels een brief met bewoners praten.'),
          block('3', 'De zelfregie van inwoners is belangrijk. Wij gaan praten.'),
          block('4', 'Middels een gesprek en teneinde de participatie te vergroten komen we langs.'),
        ];
        const history: StateBlock[][] = [];
        const settle = () => {
          h.tick();
          h.runWorker();
          h.deliverAll();
        };
        h.client.setBlocks(blocks);
        settle();
        h.client.drawnRepeats();
        for (const { edit: change, flush, work, deliver } of steps) {
          blocks = applyEdit(blocks, change, history);
          h.client.setBlocks(blocks);
          if (flush) h.tick();
          if (work) h.runWorker();
          if (!deliver) continue;
          h.deliverAll();
          const drawn = h.client.drawnRepeats();
          const now = h.client.getSnapshot();
          if (!now.fresh) continue;
          quickRuns += 1;
          expect(now.findings.filter((f) => drawn.has(f))).toEqual(now.findings.filter((f) => now.repeats.has(f)));
        }
        settle();
        const drawn = h.client.drawnRepeats();
        const now = h.client.getSnapshot();
        expect(now.findings.filter((f) => drawn.has(f))).toEqual(now.findings.filter((f) => now.repeats.has(f)));
      }),
      { numRuns: 80, seed: 11 },
    );
    expect(quickRuns).toBeGreaterThan(50); // the comparison above really ran, on fresh results
  });
});
