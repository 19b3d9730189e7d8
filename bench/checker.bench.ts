// Checker benchmark: a 20,000-word policy note built from the test fixtures and officialese
// sentences. Measures a full check against a bare retext-dutch parse of the same text in the
// same run, single-paragraph re-checks over 1,000 edits, and peak heap.
import { readFileSync } from 'node:fs';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { createChecker, splitBlocks, type Block } from '../shared/checker/index';
import type { Benchmark, BenchResult } from './types';
import { median, quantile, seededRandom } from './stats';

const fixture = (name: string): string => readFileSync(new URL(`../tests/fixtures/checker/${name}`, import.meta.url), 'utf8');

const OFFICIAL = [
  'Teneinde de participatiesamenleving te versterken, dient de gemeente middels een integraal beleidskader de zorgtrajecten van kwetsbare inwoners beter op elkaar af te stemmen.',
  'In het kader van de transformatie van het sociaal domein wordt door het college onderzocht of de uitvoering van de Wmo efficiënter kan worden georganiseerd.',
  'Het is niet ondenkbaar dat er wellicht aanvullende maatregelen nodig zijn om de wachtlijsten in de jeugdhulp terug te dringen.',
  'De stakeholders zijn op 14 maart geïnformeerd over de voortgang van het project en de evaluatie van de pilot.',
  'Een besluit over de toekenning van de subsidie wordt in het voorjaar genomen door de gemeenteraad.',
  'Het CJG (Centrum voor Jeugd en Gezin) biedt o.a. opvoedondersteuning aan ouders met jonge kinderen.',
];


/** A Markdown note of about `targetWords` words with (almost) every paragraph unique. */
export function generateNote(targetWords: number, seed = 1): string {
  const random = seededRandom(seed);
  const plain = ['plain-afval.md', 'plain-hulp.md', 'plain-park.txt']
    .flatMap((f) => fixture(f).split(/\n\s*\n/))
    .map((b) => b.trim())
    .filter((b) => b && !b.startsWith('#') && b.split(/\s+/).length > 6)
    .flatMap((b) => b.split(/(?<=[.?!])\s+/));
  const pool = [...plain, ...OFFICIAL];
  const parts: string[] = [];
  let words = 0;
  let section = 0;
  while (words < targetWords) {
    if (parts.length % 8 === 0) parts.push(`## Onderdeel ${++section}`);
    const count = 3 + Math.floor(random() * 5);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(pool[Math.floor(random() * pool.length)]!);
    sentences.push(`Dit geldt voor wijk ${Math.floor(random() * 90) + 10} in ${2020 + Math.floor(random() * 10)}.`);
    const paragraph = sentences.join(' ');
    words += paragraph.split(/\s+/).length;
    parts.push(paragraph);
  }
  return parts.join('\n\n') + '\n';
}

const percentile = (xs: number[], p: number): number => quantile(xs, p / 100);

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const benchmark: Benchmark = {
  name: 'checker',
  run(): BenchResult {
    let peakHeap = process.memoryUsage().heapUsed;
    const sample = (): void => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    };
    const text = generateNote(20_000, 1);
    const warmText = generateNote(5_000, 2);
    const words = text.split(/\s+/).filter(Boolean).length;
    const parser = unified().use(retextDutch);

    // Warm up the JIT on other text so both measurements start equal.
    parser.parse(warmText);
    createChecker().checkText(warmText, 'markdown');

    const parseTimes: number[] = [];
    const checkTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      parseTimes.push(time(() => parser.parse(text)));
      sample();
      checkTimes.push(time(() => createChecker().checkText(text, 'markdown')));
      sample();
    }
    const parseMs = median(parseTimes);
    const checkMs = median(checkTimes);
    const ratio = checkMs / parseMs;

    // Re-check after editing one paragraph, as the editor does on a keystroke.
    const checker = createChecker();
    const blocks: Block[] = splitBlocks(text, 'markdown').map(({ id, text: t, kind, level }) => (level === undefined ? { id, text: t, kind } : { id, text: t, kind, level }));
    checker.checkDocument(blocks);
    const paragraphs = blocks.map((b, i) => (b.kind === 'paragraph' ? i : -1)).filter((i) => i >= 0);
    const random = seededRandom(7);
    const docTimes: number[] = [];
    const blockTimes: number[] = [];
    const insertWords = ['nu', 'ook', 'zeker', 'weer', 'hier', 'samen'];
    for (let n = 0; n < 1000; n++) {
      const index = paragraphs[Math.floor(random() * paragraphs.length)]!;
      const block = blocks[index]!;
      const at = Math.floor(random() * block.text.length);
      const cut = block.text.lastIndexOf(' ', at);
      const pos = cut < 0 ? 0 : cut;
      const edited = `${block.text.slice(0, pos)} ${insertWords[n % insertWords.length]}${n}${block.text.slice(pos)}`;
      blocks[index] = { ...block, text: edited };
      docTimes.push(time(() => checker.checkDocument(blocks)));
      const again = { ...block, text: edited + ' ' };
      blockTimes.push(time(() => checker.checkBlock(again)));
      if (n % 100 === 0) sample();
    }
    sample();

    const mb = (b: number): number => Math.round((b / 1024 / 1024) * 10) / 10;
    const p95Doc = percentile(docTimes, 95);
    return {
      name: 'checker',
      rows: [
        { metric: 'words in note', value: words, unit: 'words' },
        { metric: 'bare retext-dutch parse', value: parseMs, unit: 'ms' },
        { metric: 'full check', value: checkMs, unit: 'ms' },
        { metric: 'full check speed', value: Math.round(words / (checkMs / 1000)), unit: 'words/s' },
        { metric: 'full check / bare parse', value: ratio, unit: '×', target: '≤ 2×', ok: ratio <= 2 },
        { metric: 'paragraph re-check p50 (checkDocument)', value: percentile(docTimes, 50), unit: 'ms' },
        { metric: 'paragraph re-check p95 (checkDocument)', value: p95Doc, unit: 'ms', target: '< 2 ms', ok: p95Doc < 2 },
        { metric: 'single block check p50 (checkBlock)', value: percentile(blockTimes, 50), unit: 'ms' },
        { metric: 'single block check p95 (checkBlock)', value: percentile(blockTimes, 95), unit: 'ms' },
        { metric: 'peak heap used', value: mb(peakHeap), unit: 'MB' },
      ],
      details: { parseTimesMs: parseTimes, checkTimesMs: checkTimes, edits: docTimes.length, blocks: blocks.length, rssMB: mb(process.memoryUsage().rss) },
    };
  },
};

export default benchmark;
