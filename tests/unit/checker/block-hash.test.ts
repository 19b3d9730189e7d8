// The editor tags block results with BlockResult.hash to drop stale ones (check-client.ts), so the
// hash must change with the block's text, its kind and the config, and nothing else.
import { describe, expect, it } from 'vitest';
import { hashText, prefixedHasher } from '../../../shared/checker/cache';
import { createChecker } from '../../../shared/checker/index';

describe('block hash', () => {
  it('hashing a long prefix once gives the hash of prefix and text together', () => {
    const prefix = JSON.stringify({ jargon: { enabled: true }, 'hard-word': { minSyllables: 5 } }) + '\u0000';
    const hash = prefixedHasher(prefix);
    for (const text of ['', 'paragraph\u0000Teneinde de Wmo te versterken.', 'heading\u0000Onderdeel 1', 'é€✓']) {
      expect(hash(text)).toBe(hashText(prefix + text));
    }
  });

  it('changes with the text, the kind and the config, not with the block id', () => {
    const checker = createChecker();
    const a = checker.checkBlock({ id: 'b1', kind: 'paragraph', text: 'De gemeente helpt u.' });
    expect(createChecker().checkBlock({ id: 'b9', kind: 'paragraph', text: 'De gemeente helpt u.' }).hash).toBe(a.hash);
    expect(checker.checkBlock({ id: 'b1', kind: 'paragraph', text: 'De gemeente helpt jou.' }).hash).not.toBe(a.hash);
    expect(checker.checkBlock({ id: 'b1', kind: 'listitem', text: 'De gemeente helpt u.' }).hash).not.toBe(a.hash);
    const other = createChecker({ config: { 'hard-word': { minSyllables: 4 } } });
    expect(other.checkBlock({ id: 'b1', kind: 'paragraph', text: 'De gemeente helpt u.' }).hash).not.toBe(a.hash);
  });
});
