// Not a benchmark: records where a full check of the bench's 20,000-word note spends its time (CPU
// profile via node:inspector), beside the bare parse of the same blocks.
// `node --import tsx bench/profile-checker.ts [rounds]`.
import { Session } from 'node:inspector/promises';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { createChecker, splitBlocks } from '../shared/checker/index';
import { generateNote } from './checker.bench';
import { summarize, type Profile } from './profile-summary';

const rounds = Number(process.argv[2] ?? 10);
const text = generateNote(20_000, 1);
createChecker().checkText(generateNote(5_000, 2), 'markdown');
const parser = unified().use(retextDutch);
const blockTexts = splitBlocks(text, 'markdown').map((b) => b.text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
let parseMs = 0;
let checkMs = 0;
for (let i = 0; i < rounds; i++) {
  let t = performance.now();
  for (const b of blockTexts) parser.parse(b);
  parseMs += performance.now() - t;
  t = performance.now();
  createChecker().checkText(text, 'markdown');
  checkMs += performance.now() - t;
}
const { profile } = await session.post('Profiler.stop');
console.log(`parse ${(parseMs / rounds).toFixed(1)} ms, check ${(checkMs / rounds).toFixed(1)} ms per round, ratio ${(checkMs / parseMs).toFixed(2)}`);
console.log(summarize(profile as unknown as Profile, Number(process.env.TOP ?? 60)));
if (process.env.PROFILE_OUT) (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
