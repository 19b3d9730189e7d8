// The checker's speed work (issue 12) must not change a single finding: the findings on the dev
// corpus, the plain texts and the bench note must equal the snapshot written by
// scripts/snapshot-findings.mts from the code before that work. A rule change that alters findings
// on purpose regenerates the snapshot with that script (and says so in its commit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSnapshot, SNAPSHOT_FILE, type FindingsSnapshot } from './findings-snapshot';

const stored = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as FindingsSnapshot;

describe('findings snapshot', () => {
  const now = computeSnapshot();

  it('covers the same texts and settings as the stored snapshot', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(now).length).toBeGreaterThan(20);
  });

  for (const key of Object.keys(stored)) {
    it(`gives the same findings: ${key}`, () => {
      const current = now[key];
      expect(current, `no findings computed for ${key}`).toBeDefined();
      expect(current!.first).toEqual(stored[key]!.first);
      expect(current!.count).toBe(stored[key]!.count);
      expect(current!.sha256).toBe(stored[key]!.sha256);
    });
  }
});
