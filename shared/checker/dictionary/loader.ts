// Validates dictionary JSON (already parsed) and turns zod issues into one clear Dutch error
// that names the file, the entry (index and id when known) and the reason.
import { z } from 'zod';
import {
  customDictionarySchema,
  dictionaryFileSchema,
  type BuiltinDictionary,
  type CustomDictionary,
  type DictionaryFile,
} from './schema';

// Dutch zod messages for this parse only; the global zod config is left alone.
const dutch = { error: z.locales.nl().localeError };

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Woordenlijst ${file} klopt niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DictionaryError';
  }
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const path = issue.path;
  const where: string[] = [];
  const listKey = path[0];
  if ((listKey === 'entries' || listKey === 'terms' || listKey === 'words' || listKey === 'allowed' || listKey === 'disabled') && typeof path[1] === 'number') {
    const index = path[1];
    const list = (value as Record<string, unknown> | null)?.[listKey];
    const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const id = entry && typeof entry === 'object' ? (entry.id ?? entry.abbr ?? entry.noun) : undefined;
    where.push(`regel ${index + 1} in "${String(listKey)}"${typeof id === 'string' ? ` (${id})` : ''}`);
    const field = path.slice(2).join('.');
    if (field) where.push(`veld "${field}"`);
  } else if (path.length > 0) {
    where.push(`veld "${path.join('.')}"`);
  }
  return `${where.length ? where.join(', ') + ': ' : ''}${issue.message}`;
}

function duplicateIds(file: DictionaryFile): string[] {
  const list = file.kind === 'terms' ? file.entries : file.kind === 'custom' ? (file.terms ?? []) : [];
  const seen = new Set<string>();
  const problems: string[] = [];
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) problems.push(`regel ${index + 1} (${entry.id}): deze id komt al eerder voor`);
    seen.add(entry.id);
  });
  return problems;
}

/** Validate one parsed dictionary file. Throws DictionaryError naming `file`. */
export function parseDictionaryFile(file: string, value: unknown): DictionaryFile {
  const result = dictionaryFileSchema.safeParse(value, dutch);
  if (!result.success) throw new DictionaryError(file, result.error.issues.map((i) => describeIssue(i, value)));
  const dupes = duplicateIds(result.data);
  if (dupes.length) throw new DictionaryError(file, dupes);
  return result.data;
}

/** Validate a custom (organisation or personal) dictionary. */
export function parseCustomDictionary(file: string, value: unknown): CustomDictionary {
  const result = customDictionarySchema.safeParse(value, dutch);
  if (!result.success) throw new DictionaryError(file, result.error.issues.map((i) => describeIssue(i, value)));
  const dupes = duplicateIds(result.data);
  if (dupes.length) throw new DictionaryError(file, dupes);
  return result.data;
}

/** Combine validated built-in files into one layer; ids must be unique across files. */
export function buildBuiltin(files: ReadonlyArray<{ file: string; value: unknown }>): BuiltinDictionary {
  const builtin: BuiltinDictionary = { terms: [], abbreviations: [], allowed: [], nominalisations: [] };
  const idOwner = new Map<string, string>();
  for (const { file, value } of files) {
    const parsed = parseDictionaryFile(file, value);
    switch (parsed.kind) {
      case 'terms': {
        const problems: string[] = [];
        parsed.entries.forEach((entry, index) => {
          const owner = idOwner.get(entry.id);
          if (owner) problems.push(`regel ${index + 1} (${entry.id}): deze id staat ook in ${owner}`);
          idOwner.set(entry.id, file);
        });
        if (problems.length) throw new DictionaryError(file, problems);
        builtin.terms.push(...parsed.entries);
        break;
      }
      case 'abbreviations':
        builtin.abbreviations.push(...parsed.entries);
        break;
      case 'allowed':
        builtin.allowed.push(...parsed.words);
        break;
      case 'nominalisations':
        builtin.nominalisations.push(...parsed.entries);
        break;
      case 'custom':
        throw new DictionaryError(file, ['een eigen woordenlijst (kind "custom") hoort niet bij de ingebouwde lijsten']);
    }
  }
  return builtin;
}
