// Abbreviations. Two parts:
// - block level: official shortcuts such as "i.p.v." and "m.b.t." are flagged every time; the
//   everyday ones every reader knows from the paper ("bijv.", "o.a.", "enz.") are left alone;
// - document level: an acronym (Wmo, CJG) must be explained at its first use, either right there
//   ("Wmo (Wet maatschappelijke ondersteuning)" or the reverse) or earlier in the document.
//   collectAbbreviations() runs per block (cached); checkFirstUses() per block that holds the
//   first use of an abbreviation (the engine keeps track of where that is, see first-uses.ts).
import type { Analysis, Token } from '../analyse';
import { abbreviationKey, type CompiledDictionary } from '../dictionary/matcher';
import type { AbbreviationEntry } from '../dictionary/schema';
import { adviceList, phraseList, wordSet } from '../dictionary/word-lists';
import type { AbbreviationUse } from '../model';
import { crossesLimit, wordCount } from '../sentence-limit';
import { defineRule } from './define';
import { tokenClasses, wordClass } from './word-classes';

/** Shortcuts that should be written out, keyed by their letters without dots. */
const WRITE_OUT = phraseList('writeOut');
/** Short forms whose written-out form changes with the sentence ("i.v.m." is "door" or "omdat ..."). */
const WRITE_OUT_ADVICE = adviceList('writeOut');

const ROMAN = /^[IVXLCDM]+$/;
const EXPLAINING_VERBS = new Set(['is', 'betekent', 'staat']);
const ARTICLES = new Set(['de', 'het', 'een', 'voor']);
/**
 * The next sentence says what the abbreviation that ends this one is: "Dat gaat via de Wmo. Dat is
 * de wet die regelt ...". Only a noun with a clause about it: "Dat is een goede zaak" explains nothing.
 */
const EXPLAINED_NEXT = /^[.!?]?\s*(?:dat|dit)\s+(?:is|zijn|betekent)\s+(?:een|de|het)\s+(?:[\p{L}-]+\s+){1,2}(?:die|dat|waar[\p{L}]*)\s/iu;
/** Short forms readers know from newspapers and folders ("bijv.", "o.a."): no need to write them out. */
const EVERYDAY_SHORT_FORMS = wordSet('abbreviations', 'everydayShortForms');
/** Capitalised words and names every reader knows: no explanation needed. */
const PLAIN_CAPITALS = wordSet('abbreviations', 'plainCapitals');

function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 6 || !/^[\p{L}\d]+$/u.test(text) || ROMAN.test(text) || PLAIN_CAPITALS.has(text)) return false;
  const capitals = text.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && /\p{L}/u.test(text);
}

function writeOutKey(token: Token): string | null {
  const dotted = token.text.includes('.') || token.after.startsWith('.');
  if (!dotted) return null;
  const key = token.lower.replace(/\./g, '');
  return WRITE_OUT.has(key) ? key : null;
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

/** "(hierna: Wmo)", "(hierna te noemen: CAK)", "(verder: BO)": a short name defined on the spot. */
const DEFINED_HERE = /\(\s*(?:hierna(?:\s+te\s+noemen)?|verder|afgekort|kortweg)\s*:?\s*["'‘“]?$/iu;

/** A letterhead or a heading in capitals ("RAADSVOORSTEL NR. 12"): capitals there are not acronyms. */
function isCapsLine(text: string): boolean {
  // Almost every block has a small letter: answer that first, without splitting the text.
  if (LOWER_CASE.test(text)) return false;
  let words = 0;
  for (const word of text.split(/\s+/u)) if (LETTER.test(word) && ++words >= 2) return true;
  return false;
}
const LOWER_CASE = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** A Dutch postcode's letters: "4871 AD", "4871AD". Two capitals after four digits are an address, not an acronym. */
const POSTCODE_JOINED = /^\d{4}[A-Z]{2}$/;
function isPostcodeLetters(analysis: Analysis, i: number): boolean {
  const token = analysis.tokens[i]!;
  if (POSTCODE_JOINED.test(token.text)) return true;
  const previous = analysis.tokens[i - 1];
  return /^[A-Z]{2}$/.test(token.text) && previous !== undefined && /^[1-9]\d{3}$/.test(previous.text) && previous.after === '' && token.before === '';
}

/**
 * A reference or case number ("OV-2026-0412", "Z/24/118-B", "BRV-12345"): letters joined to a
 * run of three or more digits name a file, not a thing to explain.
 */
function isReferenceCode(token: Token): boolean {
  return /[-/]\d{3,}|\d{3,}[-/]/.test(token.text) || LICENCE_PLATE.test(token.text);
}

/** A Dutch licence plate ("12-ABC-3", "AB-123-C", "XX-99-XX"): three groups of capitals and digits, digits in one of them. */
const LICENCE_PLATE = /^(?=[A-Z\d-]*\d)[A-Z\d]{1,3}-[A-Z\d]{1,3}-[A-Z\d]{1,3}$/;

interface AbbreviationPart {
  key: string;
  known: AbbreviationEntry | undefined;
}

/** Per dictionary, per word part: the part as an abbreviation, or null. Text repeats its words. */
const partMemo = new WeakMap<CompiledDictionary, Map<string, AbbreviationPart | null>>();

function partMemoOf(dictionary: CompiledDictionary): Map<string, AbbreviationPart | null> {
  let memo = partMemo.get(dictionary);
  if (!memo) {
    memo = new Map();
    partMemo.set(dictionary, memo);
  }
  return memo;
}

function abbreviationPart(part: string, dictionary: CompiledDictionary, memo = partMemoOf(dictionary)): AbbreviationPart | null {
  let found = memo.get(part);
  if (found === undefined) {
    const key = abbreviationKey(part);
    const known = dictionary.abbreviations.get(key);
    const isKnown = known !== undefined && (part === known.abbr || part === key);
    // A short name every resident knows (AOW, UWV) needs no explanation, listed with its expansion or not.
    found = part.length > 0 && !PLAIN_CAPITALS.has(part) && (isKnown || isAcronym(part)) ? { key, known } : null;
    if (memo.size >= 50_000) memo.clear();
    memo.set(part, found);
  }
  return found;
}

const NAME_GOES_ON = /^ (?:\d|\p{Lu})/u;

/**
 * A word in small letters that is an abbreviation of the dictionary ("pgb", "ggz"). Most words
 * are in small letters and none of these: the word class answers that without the memo of parts.
 */
const C_SMALL_ABBREVIATION = wordClass((lower, dictionary) => abbreviationPart(lower, dictionary) !== null);

export function collectAbbreviations(analysis: Analysis, dictionary: CompiledDictionary): AbbreviationUse[] {
  const uses: AbbreviationUse[] = [];
  if (isCapsLine(analysis.text)) return uses;
  const { tokens } = analysis;
  const classes = tokenClasses(analysis, dictionary);
  const memo = partMemoOf(dictionary);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.hasLetter || writeOutKey(token)) continue;
    const hyphenated = token.text.includes('-');
    // A word in small letters is its own lower-case form: its class tells (see C_SMALL_ABBREVIATION).
    if (!hyphenated && (classes[i]! & C_SMALL_ABBREVIATION) === 0 && token.text === token.lower) continue;
    let offset = 0;
    // Most words hold no hyphen: no array for their one part.
    for (const part of hyphenated ? token.text.split('-') : [token.text]) {
      const abbreviation = abbreviationPart(part, dictionary, memo);
      if (abbreviation && !isPostcodeLetters(analysis, i) && !isReferenceCode(token)) {
        const { key, known } = abbreviation;
        const whole = part.length === token.text.length;
        const inBracketsAfterWords =
          whole && ((token.before.endsWith('(') && token.after.startsWith(')') && i > 0) || DEFINED_HERE.test(analysis.text.slice(Math.max(0, token.start - 40), token.start)));
        const explainedAfter = whole ? bracketAfter(analysis, i) : null;
        // "Het CAK is de organisatie die ...": explained in the sentence itself.
        const next = analysis.tokens[i + 1];
        const article = analysis.tokens[i + 2];
        const sentenceStart = analysis.sentences[token.sentence]?.firstToken ?? 0;
        const explainedInSentence =
          whole && token.after === '' && i - sentenceStart <= 1 && next !== undefined && next.sentence === token.sentence && EXPLAINING_VERBS.has(next.lower) &&
          article !== undefined && ARTICLES.has(article.lower);
        const explainedNext = whole && i === (analysis.sentences[token.sentence]?.endToken ?? 0) - 1 && EXPLAINED_NEXT.test(analysis.text.slice(token.end));
        const use: AbbreviationUse = {
          key,
          text: part,
          start: token.start + offset,
          end: token.start + offset + part.length,
          defined: inBracketsAfterWords || explainedAfter !== null || explainedInSentence || explainedNext,
        };
        if (known) {
          use.expansion = known.expansion;
          use.explanation = known.explanation;
          const sentence = analysis.sentences[token.sentence];
          if (sentence) use.sentenceWords = sentence.endToken - sentence.firstToken;
        }
        uses.push(use);
      }
      offset += part.length + 1;
    }
  }
  return uses;
}

export const abbreviationRule = defineRule({
  id: 'abbreviation',
  family: 'abbreviation',
  defaults: { enabled: true },
  userToggle: true,
  labelKey: 'checks.rule.abbreviation',
  groupsRepeats: true,
  check(context) {
    for (const token of context.analysis.tokens) {
      const key = writeOutKey(token);
      if (!key || EVERYDAY_SHORT_FORMS.has(key)) continue;
      const end = token.after.startsWith('.') ? token.end + 1 : token.end;
      const shown = context.analysis.text.slice(token.start, end);
      const sentence = context.analysis.sentences[token.sentence];
      const sentenceWords = sentence ? sentence.endToken - sentence.firstToken : 0;
      const plain = WRITE_OUT.get(key) ?? '';
      // "i.p.v." → "in plaats van" adds words: not when that makes the sentence too long.
      const written = plain && !crossesLimit(sentenceWords, wordCount(plain) - 1, context.sentenceLimit) ? plain : '';
      const advice = WRITE_OUT_ADVICE.get(key);
      context.report({
        start: token.start,
        end,
        severity: context.settings.severity ?? 'warning',
        message: written
          ? `Schrijf '${shown}' voluit.`
          : plain
            ? `Schrijf '${shown}' voluit ('${plain}') en maak de zin korter.`
            : `Schrijf '${shown}' niet afgekort: ${advice ?? 'zeg in gewone woorden wat u bedoelt'}.`,
        expected: written ? [written] : [],
        explanation: 'Afkortingen lezen lastig. Voluit geschreven is het meteen duidelijk.',
      });
    }
  },
  // Acronyms: the first use in the note must be explained (headings do not count as a use).
  checkFirstUses(context) {
    const { block } = context;
    const done = new Set<string>();
    for (const use of block.abbreviations) {
      if (done.has(use.key) || !context.isFirstUse(use.key)) continue;
      done.add(use.key);
      if (use.defined) continue;
      // Explained a sentence later in the same paragraph ("Het CAK stuurt de rekening. Het CAK
      // is ...") counts too.
      if (block.abbreviations.some((other) => other.key === use.key && other.defined)) continue;
      // In a compound ("WW-uitkering") the written-out name cannot be swapped in: advice only.
      const inCompound = block.text[use.start - 1] === '-' || block.text[use.end] === '-';
      // The name written out in front lengthens the sentence; past the limit, explain it apart.
      const tooLong = use.expansion !== undefined && crossesLimit(use.sentenceWords ?? 0, wordCount(use.expansion), context.sentenceLimit);
      // "Wmo 2015", "GGD Hollands Noorden": the acronym is part of a longer name; the name in
      // brackets would split it.
      const partOfName = NAME_GOES_ON.test(block.text.slice(use.end));
      context.report({
        start: use.start,
        end: use.end,
        severity: context.settings.severity ?? 'warning',
        expected: use.expansion && !inCompound && !tooLong && !partOfName ? [`${use.expansion} (${use.text})`] : [],
        message: use.expansion
          ? `Leg '${use.text}' uit als u de afkorting voor het eerst gebruikt: ${use.expansion} (${use.text}).`
          : `Leg '${use.text}' uit als u de afkorting voor het eerst gebruikt. Schrijf de volledige naam erbij.`,
        ...(use.explanation ? { explanation: use.explanation } : {}),
        // A resident in panel mode still reads what it stands for when no fix is offered.
        ...(use.expansion ? { meaning: use.expansion } : {}),
      });
    }
  },
});
