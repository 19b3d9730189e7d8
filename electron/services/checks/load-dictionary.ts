import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { HelderError } from '../../../shared/contract';
import { DictionaryError, parseCustomDictionary } from '../../../shared/checker/dictionary/loader';
import type { CustomDictionary } from '../../../shared/checker/dictionary/schema';

/** Word lists are small; a file far larger than any real list is refused before it is read. */
export const MAX_DICTIONARY_BYTES = 20 * 1024 * 1024;

/**
 * Reads an organisation word list from disk and validates it with the checker's own schema, so
 * the editor only ever receives a list the engine accepts, and a broken file is named in Dutch.
 */
export async function loadDictionaryFile(path: string): Promise<{ dictionary: CustomDictionary }> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new HelderError('note.notFound', { file });
  if (info.size > MAX_DICTIONARY_BYTES) throw new HelderError('dictionary.invalid', { file, reason: 'het bestand is te groot' });
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new HelderError('dictionary.invalid', { file, reason: 'dit is geen geldig JSON-bestand' });
  }
  try {
    return { dictionary: parseCustomDictionary(file, value) };
  } catch (error) {
    if (error instanceof DictionaryError) throw new HelderError('dictionary.invalid', { file, reason: error.problems.slice(0, 3).join('; ') });
    throw error;
  }
}
