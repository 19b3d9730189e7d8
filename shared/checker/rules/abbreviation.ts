// Abbreviations. Two parts:
// - block level: written-language shortcuts such as "o.a." and "i.p.v." are flagged every time;
// - document level: an acronym (Wmo, CJG) must be explained at its first use, either right there
//   ("Wmo (Wet maatschappelijke ondersteuning)" or the reverse) or earlier in the document.
//   collectAbbreviations() runs per block (cached); firstUseFindings() runs per document.
import type { Analysis, Token } from '../analyse';
import { abbreviationKey, type CompiledDictionary } from '../dictionary/matcher';
import { createLineIndex } from '../location';
import type { AbbreviationUse, BlockResult, Finding, Severity } from '../types';
import { createRetextPlugin } from './plugin';
import type { Rule } from './types';

/** Shortcuts that should be written out, keyed by their letters without dots. */
const WRITE_OUT: Record<string, string> = {
  oa: 'onder andere',
  ipv: 'in plaats van',
  mbt: 'over',
  dwz: 'dat wil zeggen',
  ed: 'en dergelijke',
  bijv: 'bijvoorbeeld',
  bv: 'bijvoorbeeld',
  tav: 'over',
  tzt: 'later',
  ivm: 'omdat',
  evt: 'misschien',
  cq: 'of',
  nav: 'na',
  zsm: 'zo snel mogelijk',
  ca: 'ongeveer',
  resp: 'en',
  iom: 'samen met',
  eea: 'dit',
  ihkv: 'voor',
  mn: 'vooral',
  incl: 'met',
  excl: 'zonder',
};

const ROMAN = /^[IVXLCDM]+$/;
/** Capitalised words and names every reader knows: no explanation needed. */
const PLAIN_CAPITALS = new Set([
  'OK', 'TV', 'PC', 'WC', 'DigiD', 'iDEAL', 'WhatsApp', 'YouTube', 'LinkedIn', 'TikTok', 'PostNL', 'WiFi', 'QR', 'SMS', 'USB',
  'DVD', 'GPS', 'ID',
]);

function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 6 || !/^[\p{L}\d]+$/u.test(text) || ROMAN.test(text) || PLAIN_CAPITALS.has(text)) return false;
  const capitals = text.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && /\p{L}/u.test(text);
}

function writeOutKey(token: Token): string | null {
  const dotted = token.text.includes('.') || token.after.startsWith('.');
  if (!dotted) return null;
  const key = token.lower.replace(/\./g, '');
  return key in WRITE_OUT ? key : null;
}

/** Text inside the brackets that directly follow token i, if any. */
function bracketAfter(analysis: Analysis, i: number): string | null {
  const token = analysis.tokens[i]!;
  const next = analysis.tokens[i + 1];
  if (token.after !== '' || !next || !next.before.startsWith('(')) return null;
  for (let k = i + 1; k < analysis.tokens.length && k < i + 12; k++) {
    const t = analysis.tokens[k]!;
    if (t.after.startsWith(')')) return k > i + 1 ? analysis.text.slice(next.start, t.end) : null;
  }
  return null;
}

export function collectAbbreviations(analysis: Analysis, dictionary: CompiledDictionary): AbbreviationUse[] {
  const uses: AbbreviationUse[] = [];
  analysis.tokens.forEach((token, i) => {
    if (!token.hasLetter || writeOutKey(token)) return;
    let offset = 0;
    for (const part of token.text.split('-')) {
      const key = abbreviationKey(part);
      const known = dictionary.abbreviations.get(key);
      const isKnown = known !== undefined && (part === known.abbr || part === key);
      if (part.length > 0 && (isKnown || isAcronym(part))) {
        const whole = part.length === token.text.length;
        const inBracketsAfterWords = whole && token.before.endsWith('(') && token.after.startsWith(')') && i > 0;
        const explainedAfter = whole ? bracketAfter(analysis, i) : null;
        const use: AbbreviationUse = {
          key,
          text: part,
          start: token.start + offset,
          end: token.start + offset + part.length,
          defined: inBracketsAfterWords || explainedAfter !== null,
        };
        if (known) {
          use.expansion = known.expansion;
          use.explanation = known.explanation;
        }
        uses.push(use);
      }
      offset += part.length + 1;
    }
  });
  return uses;
}

export const abbreviationRule: Rule = {
  id: 'abbreviation',
  check(context) {
    for (const token of context.analysis.tokens) {
      const key = writeOutKey(token);
      if (!key) continue;
      const end = token.after.startsWith('.') ? token.end + 1 : token.end;
      const written = WRITE_OUT[key]!;
      context.report('abbreviation', {
        start: token.start,
        end,
        severity: context.config.abbreviation.severity ?? 'warning',
        message: `Schrijf '${context.analysis.text.slice(token.start, end)}' voluit.`,
        expected: [written],
        explanation: 'Afkortingen lezen lastig. Voluit geschreven is het meteen duidelijk.',
      });
    }
  },
};

/** Findings for acronyms whose first use in the document is not explained. */
export function firstUseFindings(blocks: readonly BlockResult[], texts: readonly string[], severity: Severity): Map<number, Finding[]> {
  const seen = new Set<string>();
  const out = new Map<number, Finding[]>();
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') return;
    let lineOf: ReturnType<typeof createLineIndex> | null = null;
    for (const use of block.abbreviations) {
      if (seen.has(use.key)) continue;
      seen.add(use.key);
      if (use.defined) continue;
      lineOf ??= createLineIndex(texts[b] ?? '');
      const { line, column } = lineOf(use.start);
      const finding: Finding = {
        ruleId: 'abbreviation',
        source: 'helder',
        severity,
        blockId: block.blockId,
        start: use.start,
        end: use.end,
        line,
        column,
        actual: use.text,
        expected: use.expansion ? [`${use.expansion} (${use.text})`] : [],
        message: use.expansion
          ? `Leg '${use.text}' uit als u de afkorting voor het eerst gebruikt: ${use.expansion} (${use.text}).`
          : `Leg '${use.text}' uit als u de afkorting voor het eerst gebruikt. Schrijf de volledige naam erbij.`,
      };
      if (use.explanation) finding.explanation = use.explanation;
      const list = out.get(b) ?? [];
      list.push(finding);
      out.set(b, list);
    }
  });
  return out;
}

export const retextHelderAbbreviation = createRetextPlugin(abbreviationRule);
