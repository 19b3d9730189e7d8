// Abstract compounds built from bureaucratic parts ("participatietraject", "gebiedsniveau",
// "transportcapaciteit", "installatietechnische"): judged by their parts, not by a longer list of
// whole words. A word is one when a listed head ends it or a listed modifier starts it, the other
// part is a real word, and the whole word is not an everyday word itself.
import { wordSet } from './dictionary/word-lists';
import { isFamiliar } from './familiarity';
import { memoByWordPerList } from './memo';

const byLength = (set: Set<string>): string[] => [...set].sort((a, b) => b.length - a.length);
const HEADS = byLength(new Set([...wordSet('bureaucraticParts', 'heads'), ...wordSet('bureaucraticParts', 'technical')]));
const WEAK_HEADS = byLength(wordSet('bureaucraticParts', 'weakHeads'));
const WEAK_MODIFIERS = wordSet('bureaucraticParts', 'weakModifiers');
const MODIFIERS = byLength(wordSet('bureaucraticParts', 'modifiers'));
const ABSTRACT_ENDINGS = [...wordSet('bureaucraticParts', 'abstractEndings')];
const LEVEL_PREFIXES = [...wordSet('bureaucraticParts', 'levelPrefixes')];
const LEVEL_ADJECTIVES = wordSet('bureaucraticParts', 'levelAdjectives');
const COMMON = wordSet('commonWords', 'common');
const MIN_WORD = 10;
const MIN_PART = 4;

export interface AbstractCompound {
  modifier: string;
  head: string;
}

/** A first part without its linking s/en/e first ("gebieds" → "gebied"), then as written. */
const withoutLink = (modifier: string): string[] => [modifier.replace(/s$/u, ''), modifier.replace(/en$/u, ''), modifier.replace(/e$/u, ''), modifier];

/** The modifier without a linking s/e/en, when that gives a real word ("gebieds" → "gebied"). */
function bareModifier(modifier: string, allowed: ReadonlySet<string>): string | null {
  for (const candidate of withoutLink(modifier)) {
    if (candidate.length >= MIN_PART && (isFamiliar(candidate, allowed) || MODIFIERS.includes(candidate) || WEAK_MODIFIERS.has(candidate))) return candidate;
  }
  return null;
}

/** Shortest first part that can carry an abstract ending: "bescherming", not "ring". */
const MIN_ABSTRACT_MODIFIER = 7;

/**
 * A first part that is itself an abstract noun ("beschermings" → "bescherming", "veranderings" →
 * "verandering"): a noun made from a verb or an adjective names a process or a quality, so with a
 * weak head the whole word names an abstraction too ("beschermingsregime"), whether or not the
 * first part is listed. Only after a linking s or as written: a bare stem is not such a noun.
 */
function abstractModifier(modifier: string): string | null {
  for (const candidate of [modifier.replace(/s$/u, ''), modifier]) {
    if (candidate.length >= MIN_ABSTRACT_MODIFIER && ABSTRACT_ENDINGS.some((ending) => candidate.endsWith(ending))) return candidate;
  }
  return null;
}

/** A bureaucratic first part, with or without its linking s/e/en ("gebieds" → "gebied"). */
function weakModifier(modifier: string): string | null {
  for (const candidate of withoutLink(modifier)) {
    if (WEAK_MODIFIERS.has(candidate)) return candidate;
  }
  return abstractModifier(modifier);
}

function splitUncached(lower: string, allowed: ReadonlySet<string>): AbstractCompound | null {
  if (lower.length < MIN_WORD || !/^\p{Ll}+$/u.test(lower) || COMMON.has(lower) || allowed.has(lower)) return null;
  for (const head of HEADS) {
    if (!lower.endsWith(head) || lower.length - head.length < MIN_PART) continue;
    const modifier = bareModifier(lower.slice(0, -head.length), allowed);
    if (modifier) return { modifier, head };
  }
  // "gebiedsniveau", "transportcapaciteit": abstract only with a bureaucratic first part
  // ("geluidsniveau", "parkeercapaciteit" are everyday words).
  for (const head of WEAK_HEADS) {
    if (!lower.endsWith(head) || lower.length - head.length < MIN_PART) continue;
    const modifier = weakModifier(lower.slice(0, -head.length));
    if (modifier) return { modifier, head };
  }
  for (const modifier of MODIFIERS) {
    if (!lower.startsWith(modifier)) continue;
    let rest = lower.slice(modifier.length);
    if (rest.startsWith('s') && !isFamiliar(rest, allowed)) rest = rest.slice(1);
    if (rest.length >= MIN_PART && isFamiliar(rest, allowed)) return { modifier, head: rest };
  }
  // "bovenlokaal", "intergemeentelijke", "multidisciplinair": a prefix of scale or number before an
  // adjective of government names a level of administration, not something a reader can see.
  for (const prefix of LEVEL_PREFIXES) {
    if (lower.startsWith(prefix) && LEVEL_ADJECTIVES.has(lower.slice(prefix.length))) return { modifier: prefix, head: lower.slice(prefix.length) };
  }
  return null;
}

/** The bureaucratic parts of a lower-case word, or null when it is not such a compound. */
export const abstractCompound: (lower: string, allowed: ReadonlySet<string>) => AbstractCompound | null = memoByWordPerList(splitUncached, 50_000);
