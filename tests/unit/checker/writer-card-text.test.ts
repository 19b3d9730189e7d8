// What the writer's card shows of a finding, apart from the interface text in shared/i18n (see
// tests/unit/renderer/i18n.test.ts): the checker's message and the dictionary's explanation. Both
// address the reader as "u" (as the interface does), name no internal id, and list several
// alternatives so they cannot be read as one phrase ("Kies: 'A' · 'B'").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../shared/checker/index';

const dictionaryDir = path.resolve(import.meta.dirname, '../../../dictionaries/nl');
const INFORMAL = /\b(je|jij|jou|jouw|jezelf)\b/i;
const NOTA = /\bnota('s)?\b/i;
/** The keys under which the dictionaries hold sentences a writer or resident reads. */
const PROSE_KEYS = new Set(['explanation', 'residentExplanation', 'description', 'advice']);

function proseOf(value: unknown, key: string, where: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (PROSE_KEYS.has(key)) out.push([where, value]);
  } else if (Array.isArray(value)) value.forEach((item, index) => proseOf(item, key, `${where}[${index}]`, out));
  else if (value && typeof value === 'object') for (const [child, item] of Object.entries(value)) proseOf(item, child, `${where}.${child}`, out);
}

function dictionaryProse(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of [dictionaryDir, path.join(dictionaryDir, 'word-lists')]) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) proseOf(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '', file, out);
  }
  return out;
}

const checker = createChecker();

describe('the text of a finding on the writer\'s card', () => {
  it('lists several alternatives as a choice and one as advice', () => {
    const [several] = checker.checkText('Dit is een substantieel bedrag.', 'text').findings.filter((f) => f.ruleId === 'jargon');
    expect(several?.expected.length).toBeGreaterThan(1);
    expect(several?.message).toBe(`'substantieel' is ambtelijke taal. Kies: ${several!.expected.map((word) => `'${word}'`).join(' · ')}.`);
    const [one] = checker.checkText('Het beleidskader is klaar.', 'text').findings.filter((f) => f.ruleId === 'jargon');
    expect(one?.expected).toHaveLength(1);
    expect(one?.message).toContain(`Schrijf liever '${one!.expected[0]}'.`);
    expect(one?.message).not.toContain('Kies:');
  });

  it('every explanation and piece of advice in the dictionaries says "u", never "je", and "notitie", never "nota"', () => {
    const prose = dictionaryProse();
    expect(prose.length).toBeGreaterThan(1500);
    expect(prose.filter(([, text]) => INFORMAL.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    expect(prose.filter(([, text]) => NOTA.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it('on real policy text, no message says "je" or shows an internal id or an empty place', () => {
    const corpus = path.resolve(import.meta.dirname, '../../fixtures/corpus/dev');
    const texts = readdirSync(corpus)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .slice(0, 12)
      .map((name) => readFileSync(path.join(corpus, name), 'utf8'));
    const findings = texts.flatMap((text) => checker.checkText(text, 'markdown').findings);
    expect(findings.length).toBeGreaterThan(100);
    const ids = new Set(findings.flatMap((finding) => [finding.category, finding.termId, finding.ruleId].filter((id): id is string => Boolean(id && id.includes('-')))));
    const bad = findings.filter((finding) => {
      const shown = `${finding.message} ${finding.explanation ?? ''}`;
      return INFORMAL.test(shown) || /\b(undefined|null|NaN)\b/.test(shown) || [...ids].some((id) => shown.includes(id) && !finding.actual.includes(id));
    });
    expect(bad.map((finding) => `${finding.ruleId} '${finding.actual}': ${finding.message}`)).toEqual([]);
  });
});
