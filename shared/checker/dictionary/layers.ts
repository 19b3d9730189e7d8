// Layers custom dictionaries over the built-in one: built-in < organisation < personal.
// A later layer may add terms, replace a term with the same id, allow words or switch off ids.
import type { AbbreviationEntry, BuiltinDictionary, CustomDictionary, NominalisationEntry, TermEntry } from './schema';

export interface LayeredDictionary {
  terms: TermEntry[];
  abbreviations: AbbreviationEntry[];
  nominalisations: NominalisationEntry[];
  /** Long words that are common enough not to count as hard (built-in list). */
  allowedLong: string[];
  /** Words a user or organisation accepts: no jargon, hard-word or spelling finding. */
  accepted: string[];
}

/** A word residents marked as not understood says so in its explanation: the writer sees why it is flagged. */
function withPanelNote(entry: TermEntry): TermEntry {
  if (!entry.notUnderstood) return entry;
  return { ...entry, explanation: `${entry.explanation} Let op: bewoners begrepen dit niet (${entry.notUnderstood} keer).` };
}

export function layerDictionaries(builtin: BuiltinDictionary, layers: readonly CustomDictionary[]): LayeredDictionary {
  const terms = new Map<string, TermEntry>();
  for (const entry of builtin.terms) terms.set(entry.id, entry);
  const accepted: string[] = [];
  for (const layer of layers) {
    for (const id of layer.disabled ?? []) terms.delete(id);
    for (const entry of layer.terms ?? []) terms.set(entry.id, withPanelNote(entry));
    accepted.push(...(layer.allowed ?? []));
  }
  return {
    terms: [...terms.values()],
    abbreviations: builtin.abbreviations,
    nominalisations: builtin.nominalisations,
    allowedLong: builtin.allowed,
    accepted,
  };
}
