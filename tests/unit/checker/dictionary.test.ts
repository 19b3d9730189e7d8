import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FILES, builtinDictionary } from '../../../shared/checker/dictionary/builtin';
import { buildBuiltin, DictionaryError, parseCustomDictionary, parseDictionaryFile } from '../../../shared/checker/index';

const entry = { id: 'middels', term: 'middels', alternatives: ['met'], explanation: 'Middels betekent: met.', category: 'ambtelijk', severity: 'warning' };

function errorOf(fn: () => unknown): DictionaryError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DictionaryError) return error;
    throw error;
  }
  throw new Error('expected a DictionaryError');
}

describe('dictionary validation', () => {
  it('accepts a well-formed terms file', () => {
    expect(parseDictionaryFile('a.terms.json', { kind: 'terms', name: 'A', entries: [entry] }).kind).toBe('terms');
  });

  it('names the file, the entry index and id, and the reason', () => {
    const error = errorOf(() => parseDictionaryFile('b.terms.json', { kind: 'terms', name: 'B', entries: [entry, { ...entry, id: 'tevens', category: 'onbekend' }] }));
    expect(error.message).toContain('b.terms.json');
    expect(error.message).toContain('regel 2');
    expect(error.message).toContain('tevens');
    expect(error.message).toContain('category');
  });

  it('rejects duplicate ids, within and across files', () => {
    expect(errorOf(() => parseDictionaryFile('c.json', { kind: 'terms', name: 'C', entries: [entry, entry] })).message).toContain('al eerder');
    const across = errorOf(() =>
      buildBuiltin([
        { file: 'x.terms.json', value: { kind: 'terms', name: 'X', entries: [entry] } },
        { file: 'y.terms.json', value: { kind: 'terms', name: 'Y', entries: [entry] } },
      ]),
    );
    expect(across.message).toContain('y.terms.json');
    expect(across.message).toContain('x.terms.json');
  });

  it('validates custom dictionaries with the same rules', () => {
    expect(parseCustomDictionary('mijn.json', { kind: 'custom', allowed: ['keukentafelgesprek'], disabled: ['middels'] }).allowed).toEqual(['keukentafelgesprek']);
    expect(errorOf(() => parseCustomDictionary('mijn.json', { kind: 'custom', terms: [{ ...entry, alternatives: 'met' }] })).message).toContain('alternatives');
  });
});

describe('built-in dictionaries', () => {
  const dir = new URL('../../../dictionaries/nl/', import.meta.url);
  const onDisk = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

  it('imports every JSON file in dictionaries/nl/ (add new files to shared/checker/dictionary/builtin.ts)', () => {
    expect(BUILTIN_FILES.map((f) => f.file.replace('dictionaries/nl/', '')).sort()).toEqual(onDisk);
  });

  it('are all valid', () => {
    const fromDisk = onDisk.map((file) => ({ file, value: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown }));
    expect(() => buildBuiltin(fromDisk)).not.toThrow();
    expect(builtinDictionary().terms.length).toBeGreaterThan(0);
  });
});
