import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HelderError } from '../../../shared/contract';
import { loadDictionaryFile } from '../../../electron/services/checks/load-dictionary';

const folder = mkdtempSync(join(tmpdir(), 'helder-dict-'));
const write = (name: string, content: string) => {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
};

describe('organisation word list', () => {
  it('returns a valid list for the checker', async () => {
    const file = write('gemeente.json', JSON.stringify({ kind: 'custom', name: 'Gemeente Oost', allowed: ['Oosterpark'], disabled: ['wijkteam'] }));
    const { dictionary } = await loadDictionaryFile(file);
    expect(dictionary).toMatchObject({ kind: 'custom', allowed: ['Oosterpark'] });
  });

  it('names the file and the reason when the list is broken', async () => {
    const file = write('kapot.json', JSON.stringify({ kind: 'custom', terms: [{ id: 'x', term: 'x' }] }));
    const error = await loadDictionaryFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HelderError);
    expect((error as HelderError).code).toBe('dictionary.invalid');
    expect((error as HelderError).params.file).toBe('kapot.json');
    expect((error as HelderError).params.reason).not.toBe('');
  });

  it('refuses a file that is not JSON, and a missing file', async () => {
    const notJson = await loadDictionaryFile(write('lijst.json', 'woord1, woord2')).catch((caught: unknown) => caught);
    expect((notJson as HelderError).code).toBe('dictionary.invalid');
    const missing = await loadDictionaryFile(join(folder, 'weg.json')).catch((caught: unknown) => caught);
    expect((missing as HelderError).code).toBe('note.notFound');
  });
});
