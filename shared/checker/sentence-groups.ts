// Sentence groups: a writer rewrites a text sentence by sentence, not word by word. When one
// sentence has several findings, they are one entry "Deze zin: 3 punten" with the findings under
// it (each keeps its own underline, message and quick fix); a sentence with one finding is listed
// as that finding. The editor (Problems panel), checkText (CLI, bench) and panel mode all group
// through this module, so they count the same entries.
//
// Which findings join the group of their sentence, and why:
// - every finding about words or phrases in the sentence (jargon, hard word, passive, nominal
//   style, abbreviation, double negative, vague word, spelling): fixing them means rewriting that
//   sentence, so the writer handles them in one go;
// - the long-sentence finding: it is about the very sentence the group stands for, and splitting
//   the sentence is often how the other findings go away;
// - not the long-paragraph finding: it sits on the first sentence only to have a place, but its
//   advice is about the whole paragraph;
// - not the reading-level finding: it is about the whole note and only placed on its first line;
// - not repeats: a later use of a term is already listed under its first use (repeats.ts), so it
//   is no entry of its own anywhere. The first use does join its sentence's group.
import type { Finding } from './types';
import { lastStartAtOrBefore } from './sorted-search';

/** Rules whose findings stay entries of their own, even in a sentence with other findings. */
const OWN_ENTRY: ReadonlySet<string> = new Set(['long-paragraph', 'reading-level']);

export interface SentenceGroup {
  /** Stable while the block's text is the same: "<blockId>#<sentence index>". */
  key: string;
  blockId: string;
  sentence: number;
  /** The joined findings in document order (no repeats); always two or more. */
  findings: Finding[];
}

export function joinsSentence(finding: Finding): boolean {
  return finding.sentence !== undefined && !OWN_ENTRY.has(finding.ruleId);
}

/**
 * The sentence group of every finding that is in one, for the sentences with two or more joining
 * findings. `findings` in document order; `repeats` as repeatsOf gives them.
 */
export function sentenceGroupsOf(findings: readonly Finding[], repeats: ReadonlySet<Finding> = new Set()): Map<Finding, SentenceGroup> {
  const byKey = new Map<string, SentenceGroup>();
  for (const finding of findings) {
    if (repeats.has(finding) || !joinsSentence(finding)) continue;
    const key = `${finding.blockId}#${finding.sentence}`;
    const group = byKey.get(key);
    if (group) group.findings.push(finding);
    else byKey.set(key, { key, blockId: finding.blockId, sentence: finding.sentence as number, findings: [finding] });
  }
  const out = new Map<Finding, SentenceGroup>();
  for (const group of byKey.values()) {
    if (group.findings.length < 2) continue;
    for (const finding of group.findings) out.set(finding, group);
  }
  return out;
}

/** What the writer sees as separate entries: findings that are no repeat, a sentence group once. */
export function entryCount(findings: readonly Finding[], repeats: ReadonlySet<Finding>, groups: ReadonlyMap<Finding, SentenceGroup>): number {
  let count = 0;
  const seen = new Set<SentenceGroup>();
  for (const finding of findings) {
    if (repeats.has(finding)) continue;
    const group = groups.get(finding);
    if (!group) count++;
    else if (!seen.has(group)) {
      seen.add(group);
      count++;
    }
  }
  return count;
}

/** Index of the sentence that holds `offset`, given the sentences' start offsets in order. */
export function sentenceAt(starts: readonly number[], offset: number): number {
  return lastStartAtOrBefore(starts, offset);
}
