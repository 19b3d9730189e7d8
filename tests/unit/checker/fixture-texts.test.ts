// Precision and recall on whole texts in tests/fixtures/texts/. The *-extra-* texts were written
// after the rules were tuned, so they show how the checker does on text it has not seen.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker, type Finding } from '../../../shared/checker/index';

const dir = new URL('../../fixtures/texts/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const checker = createChecker();
const check = (name: string): Finding[] => checker.checkText(read(name), 'text').findings;

describe('plain B1 texts: few findings, none serious', () => {
  const plain = readdirSync(dir).filter((f) => f.startsWith('b1-') && f.endsWith('.txt'));

  it('has plain texts to check, including ones the rules were not tuned on', () => {
    expect(plain.filter((f) => f.startsWith('b1-extra-')).length).toBeGreaterThanOrEqual(2);
  });

  for (const name of plain) {
    // About 300 words each. Two hints leave room for one real long word or noun phrase and one
    // borderline call; more than that on a text written for residents is crying wolf.
    it(`${name}: no warnings or errors and at most 2 hints`, () => {
      const findings = check(name);
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.actual}`)).toEqual([]);
      expect(findings.length).toBeLessThanOrEqual(2);
    });
  }
});

describe('official text the rules were not tuned on (ambtelijk-extra-eenzaamheid.txt)', () => {
  const findings = check('ambtelijk-extra-eenzaamheid.txt');
  const actuals = (ruleId: string): string[] => findings.filter((f) => f.ruleId === ruleId).map((f) => f.actual.toLowerCase());

  it('finds the key officialese and jargon', () => {
    const jargon = actuals('jargon');
    for (const term of ['hetgeen', 'derhalve', 'teneinde', 'middels', 'indien', 'voorts', 'tevens', 'voorliggend veld', 'ter kennisname', 'laagdrempelig', 'ketenpartners', 'op welke wijze', 'outcome-indicatoren']) {
      expect(jargon).toContain(term);
    }
  });

  it('finds the worden-passives (12 of the 13 in the text)', () => {
    const passive = actuals('passive');
    const expected = [
      'wordt uiteengezet',
      'wordt gegeven',
      'herkend',
      'wordt geconstateerd',
      'georganiseerd',
      'wordt nauw samengewerkt',
      'wordt vroegtijdig gesignaleerd',
      'doorverwezen',
      'ontwikkeld',
      'worden gedekt',
      'worden gemonitord',
      'aangeboden',
    ];
    for (const part of expected) expect(passive.some((p) => p.endsWith(part))).toBe(true);
  });

  it('marks the 36-word opening sentence as too long', () => {
    const long = findings.filter((f) => f.ruleId === 'long-sentence');
    expect(long.some((f) => f.severity === 'error' && f.actual.startsWith('Uit de Gezondheidsmonitor'))).toBe(true);
  });

  it('asks to explain GGD at its first use', () => {
    expect(actuals('abbreviation')).toContain('ggd');
  });
});
