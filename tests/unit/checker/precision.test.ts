// Plain B1 texts written for this test must give (almost) no findings with the real built-in
// dictionaries: a checker that cries wolf on good text is not used.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker/index';

const checker = createChecker();
const texts = ['plain-afval.md', 'plain-hulp.md', 'plain-park.txt'];

describe('precision on plain B1 texts', () => {
  for (const name of texts) {
    it(`${name}: no warnings or errors, at most one hint per 50 words, level B1`, () => {
      const text = readFileSync(new URL(`../../fixtures/checker/${name}`, import.meta.url), 'utf8');
      const result = checker.checkText(text, name.endsWith('.md') ? 'markdown' : 'text');
      const serious = result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.actual}`);
      expect(serious).toEqual([]);
      expect(result.findings.length).toBeLessThanOrEqual(Math.ceil(result.readability.words / 50));
      expect(result.readability.level).toBe('B1');
    });
  }
});
