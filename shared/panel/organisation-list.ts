import type { CustomDictionary, TermEntry } from '../checker/dictionary/schema';
import type { OrganisationWord } from '../contract/not-understood';
import { wordKey } from './not-understood';

/*
 * The organisation word list is a custom dictionary file the team shares. Adding a word that
 * residents did not understand is one entry in it; two colleagues adding words at once must both
 * keep theirs, so a change is applied to whatever the file holds at the moment of writing, entry
 * by entry, never as a whole file from earlier.
 */

/** An id the dictionary schema accepts (a slug), the same for every spelling of the word. */
export function organisationTermId(word: string): string {
  const slug = wordKey(word)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `bewoners-${slug || 'woord'}`;
}

export function organisationTerm(entry: OrganisationWord): TermEntry {
  return {
    id: organisationTermId(entry.word),
    term: entry.word.trim(),
    alternatives: [entry.alternative.trim()],
    explanation: entry.explanation.trim(),
    category: 'ambtelijk',
    severity: 'warning',
    ...(entry.notUnderstood > 0 ? { notUnderstood: entry.notUnderstood } : {}),
  };
}

export const emptyOrganisationList = (): CustomDictionary => ({ kind: 'custom', name: 'Woordenlijst van de organisatie', terms: [] });

/**
 * `list` with `entry` added (or, for a word already in it, updated: the new alternative first,
 * earlier ones kept, the higher count). Every other entry, and every other field, stays as the
 * file has it now. The same word is never switched off by the list itself.
 */
export function withOrganisationWord(list: CustomDictionary, entry: OrganisationWord): CustomDictionary {
  const term = organisationTerm(entry);
  const terms = [...(list.terms ?? [])];
  const at = terms.findIndex((existing) => existing.id === term.id);
  const existing = terms[at];
  if (existing) {
    const alternatives = [...new Set([...term.alternatives, ...existing.alternatives])];
    const notUnderstood = Math.max(existing.notUnderstood ?? 0, term.notUnderstood ?? 0);
    terms[at] = { ...existing, term: term.term, alternatives, explanation: term.explanation, ...(notUnderstood > 0 ? { notUnderstood } : {}) };
  } else {
    terms.push(term);
  }
  const disabled = list.disabled?.filter((id) => id !== term.id);
  const allowed = list.allowed?.filter((word) => wordKey(word) !== wordKey(term.term));
  return { ...list, terms, ...(disabled ? { disabled } : {}), ...(allowed ? { allowed } : {}) };
}
