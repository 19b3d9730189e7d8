// Words a resident may not know although the writer is not told about them: dictionary entries
// marked familiar (wijkteam, mantelzorger, eigen bijdrage), short names every letter uses (AOW,
// UWV, BSN, WOZ) and everyday short forms (bijv., o.a.). The checker leaves them alone on purpose,
// so panel mode cannot learn them from findings; this lookup finds them in the text itself, with
// the resident's explanation from the dictionaries. Pure: data in, places out.
import { compileDictionary, normaliseWord, type CompiledDictionary } from '../checker/dictionary/matcher';
import type { AbbreviationEntry, TermEntry } from '../checker/dictionary/schema';
import type { Finding } from '../checker/types';
import { byBlockId, byStart, explainedTerms, forResidents, overlaps, withLaterAbbreviations, type ExplainedTerm, type TermExplanation } from './term-explanation';

export interface ResidentWordSources {
  /** Dictionary terms; only those marked `familiar` are looked for (the others make findings). */
  terms: readonly TermEntry[];
  abbreviations: readonly AbbreviationEntry[];
  /** Short names the checker treats as known (AOW, UWV, ...); those with a dictionary entry are explained. */
  knownShortNames: ReadonlySet<string>;
  /** Everyday short forms without their dots ("oa") and their plain words ("onder andere"). */
  shortForms: ReadonlyMap<string, string>;
}

export interface ResidentWords {
  /** The words of one block the lookup explains, in text order, each once per place. */
  inBlock(block: { id: string; text: string }): ExplainedTerm[];
}

/** A word with dots inside or after it ("o.a.", "bijv."), joined parts ("AOW-leeftijd"); a trailing dot comes along. */
const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;

interface Word {
  start: number;
  /** The word without a trailing dot. */
  text: string;
  lower: string;
  /** With its trailing dot, if any. */
  written: string;
}

export function residentWords(sources: ResidentWordSources): ResidentWords {
  const familiar = sources.terms.filter((entry) => entry.familiar === true);
  const compiled: CompiledDictionary = compileDictionary({ terms: familiar, abbreviations: [], nominalisations: [], allowedLong: [], accepted: [] });
  const shortNames = new Map<string, AbbreviationEntry>();
  for (const entry of sources.abbreviations) {
    if (sources.knownShortNames.has(entry.abbr)) shortNames.set(entry.abbr, entry);
  }
  const termExplanation = (entry: TermEntry, term: string): TermExplanation => ({ term, explanation: entry.residentExplanation ?? forResidents(entry.explanation) });

  function find(text: string): Found[] {
    const words: Word[] = [];
    for (const match of text.matchAll(WORD)) {
      const written = match[0];
      const bare = written.endsWith('.') ? written.slice(0, -1) : written;
      words.push({ start: match.index ?? 0, text: bare, lower: normaliseWord(bare), written });
    }
    const out: Found[] = [];
    const add = (start: number, end: number, explanation: TermExplanation) => out.push({ start, end, explanation });
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as Word;
      const phrase = phraseAt(compiled, text, words, i);
      if (phrase) {
        const last = words[i + phrase.length - 1] as Word;
        const end = last.start + last.text.length;
        add(word.start, end, termExplanation(phrase.entry, text.slice(word.start, end)));
        i += phrase.length - 1;
        continue;
      }
      const plain = word.written.includes('.') ? sources.shortForms.get(word.written.replace(/\./g, '').toLowerCase()) : undefined;
      if (plain) {
        add(word.start, word.start + word.written.length, { term: word.written, meaning: plain });
        continue;
      }
      // "AOW-leeftijd", "wijkteam-overleg": a known part of a joined word is explained on its own.
      let offset = word.start;
      for (const part of word.text.split('-')) {
        const shortName = shortNames.get(part);
        const match = shortName ? null : part.length > 0 ? compiled.matchWord(normaliseWord(part)) : null;
        if (shortName) add(offset, offset + part.length, { term: part, meaning: shortName.expansion, explanation: forResidents(shortName.explanation) });
        else if (match && !match.inCompound) add(offset, offset + part.length, termExplanation(match.entry, part));
        offset += part.length + 1;
      }
    }
    return out;
  }

  // Panel mode asks again with every new check result; the text of most blocks has not changed.
  const byText = new Map<string, Found[]>();
  return {
    inBlock(block) {
      let found = byText.get(block.text);
      if (!found) {
        found = find(block.text);
        if (byText.size >= MEMO_LIMIT) byText.clear();
        byText.set(block.text, found);
      }
      return found.map(({ start, end, explanation }) => ({ place: { blockId: block.id, start, end }, explanation, abbreviation: explanation.meaning !== undefined }));
    },
  };
}

/** A word found in a block's text, before it is given the block's id. */
interface Found {
  start: number;
  end: number;
  explanation: TermExplanation;
}

const MEMO_LIMIT = 20_000;

/** A familiar term of several words ("eigen bijdrage") starting at word i, longest first; words apart by spaces only. */
function phraseAt(compiled: CompiledDictionary, text: string, words: readonly Word[], i: number): { entry: TermEntry; length: number } | null {
  const first = words[i] as Word;
  const second = words[i + 1];
  if (!second || !spaceBetween(text, first, second)) return null;
  const candidates = compiled.multiWordByPair.get(first.lower)?.get(second.lower);
  for (const candidate of candidates ?? []) {
    const length = candidate.words.length;
    let fits = i + length <= words.length;
    for (let k = 2; fits && k < length; k++) {
      const word = words[i + k] as Word;
      fits = (candidate.words[k] as Set<string>).has(word.lower) && spaceBetween(text, words[i + k - 1] as Word, word);
    }
    if (fits) return { entry: candidate.entry, length };
  }
  return null;
}

function spaceBetween(text: string, a: Word, b: Word): boolean {
  return a.written === a.text && /^\s+$/u.test(text.slice(a.start + a.text.length, b.start));
}

/**
 * Everything a resident gets explained in a note, in document order: the words the checker's
 * findings explain, every later use of an explained abbreviation, and the words the checker
 * leaves alone on purpose but residents may not know (residentWords above). Where both explain
 * the same words, the finding's explanation is kept.
 */
export function termsForResidents(findings: readonly Finding[], blocks: ReadonlyArray<{ id: string; text: string }>, words: ResidentWords | null): ExplainedTerm[] {
  const fromFindings = withLaterAbbreviations(explainedTerms(findings), blocks);
  if (!words) return fromFindings;
  const byBlock = byBlockId(fromFindings);
  const out: ExplainedTerm[] = [];
  for (const block of blocks) {
    const own = byBlock.get(block.id) ?? [];
    const added = words.inBlock(block).filter(({ place }) => !own.some((term) => overlaps(term.place, place.start, place.end)));
    out.push(...(added.length === 0 ? own : [...own, ...added].sort(byStart)));
  }
  return out;
}
