import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, createChecker } from '../../../shared/checker/index';
import { frameListSchema, phraseListSchema, WORD_LIST_FILES, wordSetsSchema } from '../../../shared/checker/dictionary/word-lists';
import { FAMILIES, familyOf, RULES, USER_TOGGLED_RULES } from '../../../shared/checker/rules/registry';

const nl = JSON.parse(readFileSync('shared/i18n/nl.json', 'utf8')) as { checks: { rule: Record<string, string>; family: Record<string, string> } };
const en = JSON.parse(readFileSync('shared/i18n/en.json', 'utf8')) as typeof nl;

describe('rule registry', () => {
  it('gives every rule a label in Dutch and English and every family a name', () => {
    for (const rule of RULES) {
      const key = rule.labelKey.replace('checks.rule.', '');
      expect(nl.checks.rule[key], rule.id).toBeTruthy();
      expect(en.checks.rule[key], rule.id).toBeTruthy();
    }
    for (const family of FAMILIES) expect(nl.checks.family[family], family).toBeTruthy();
  });

  it('derives the default config from the rules themselves', () => {
    const config = defaultConfig();
    expect(config['long-sentence']).toMatchObject({ enabled: true, warnAbove: 20, errorAbove: 30 });
    expect(config['reading-level'].enabled).toBe(false);
    expect(Object.keys(config).filter((k) => k !== 'targetLevel').sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('lists the switchable rules without spelling (own switch) or the reading level (status bar)', () => {
    expect(USER_TOGGLED_RULES).toContain('passive');
    expect(USER_TOGGLED_RULES).not.toContain('spelling');
    expect(USER_TOGGLED_RULES).not.toContain('reading-level');
  });

  it('puts long paragraphs with long sentences and unknown ids under other', () => {
    expect(familyOf('long-paragraph')).toBe('long-sentence');
    expect(familyOf('no-such-rule')).toBe('other');
    expect(FAMILIES.at(-1)).toBe('other');
  });

  it('runs the document rules: a harder text than the target gets a reading-level finding', () => {
    const checker = createChecker({ config: { 'reading-level': { enabled: true } } });
    const hard =
      'De implementatie van het geïntegreerde beleidsinstrumentarium ten behoeve van de maatschappelijke ondersteuningsstructuur vereist een zorgvuldige afstemming tussen verantwoordelijke organisatieonderdelen, ketenpartners en belanghebbende uitvoeringsinstanties binnen de gemeentelijke organisatie.';
    const result = checker.checkText(hard);
    expect(result.findings.some((f) => f.ruleId === 'reading-level' && f.message.includes('het doel is B1'))).toBe(true);
  });
});

describe('word lists as data', () => {
  it('validates every file in dictionaries/nl/word-lists and registers each one', () => {
    const onDisk = readdirSync('dictionaries/nl/word-lists').filter((f) => f.endsWith('.json')).sort();
    expect(Object.values(WORD_LIST_FILES).map((f) => f.file.replace('dictionaries/nl/word-lists/', '')).sort()).toEqual(onDisk);
    for (const { file, value } of Object.values(WORD_LIST_FILES)) {
      const kind = (value as { kind: string }).kind;
      const result = (kind === 'phrase-list' ? phraseListSchema : kind === 'frame-list' ? frameListSchema : wordSetsSchema).safeParse(value);
      expect(result.success, file).toBe(true);
    }
  });

  it('rejects a phrase list entry without a phrase', () => {
    expect(phraseListSchema.safeParse({ kind: 'phrase-list', name: 'x', description: 'y', entries: [{ phrase: ' ', plain: '' }] }).success).toBe(false);
  });
});
