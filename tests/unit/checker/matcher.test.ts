import { describe, expect, it } from 'vitest';
import { buildBuiltin, createChecker } from '../../../shared/checker/index';

const base = { alternatives: ['x'], explanation: 'Uitleg.', category: 'ambtelijk', severity: 'warning' } as const;

function checkerWith(entries: Array<Record<string, unknown>>) {
  return createChecker({ builtin: buildBuiltin([{ file: 't.terms.json', value: { kind: 'terms', name: 'T', entries: entries.map((e) => ({ ...base, ...e })) } }]) });
}

const jargonIds = (checker: ReturnType<typeof createChecker>, text: string): Array<[string, string | undefined]> =>
  checker
    .checkText(text)
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => [f.actual, f.termId]);

describe('dictionary matcher', () => {
  it('lets a real term win over a form that was only generated from another entry', () => {
    // "mantelzorg" + "-er" is generated; listed first, it used to claim "mantelzorger".
    const checker = checkerWith([
      { id: 'mantelzorg', term: 'mantelzorg' },
      { id: 'mantelzorger', term: 'mantelzorger' },
    ]);
    expect(jargonIds(checker, 'De mantelzorger helpt.')).toEqual([['mantelzorger', 'mantelzorger']]);
    expect(jargonIds(checker, 'Drie mantelzorgers helpen.')).toEqual([['mantelzorgers', 'mantelzorger']]);
    expect(jargonIds(checker, 'De mantelzorg is zwaar.')).toEqual([['mantelzorg', 'mantelzorg']]);
  });

  it('matches an entry with inflect: false only as written', () => {
    const checker = checkerWith([{ id: 'indien', term: 'indien', inflect: false, compound: false }]);
    expect(jargonIds(checker, 'Indien u wilt, kunt u bellen.')).toEqual([['Indien', 'indien']]);
    expect(jargonIds(checker, 'U kunt een aanvraag indienen.')).toEqual([]);
  });

  it('skips the forms an entry lists under notForms', () => {
    const checker = checkerWith([{ id: 'behoeven', term: 'behoeven', variants: ['behoeft'], notForms: ['behoefte'] }]);
    expect(jargonIds(checker, 'U behoeft niets te doen.')).toEqual([['behoeft', 'behoeven']]);
    expect(jargonIds(checker, 'Er is behoefte aan hulp.')).toEqual([]);
  });
});

describe('built-in dictionary forms', () => {
  const checker = createChecker();
  const jargon = (text: string): string[] => jargonIds(checker, text).map(([actual, id]) => `${actual}:${id ?? ''}`);

  it('does not read common words as forms of jargon', () => {
    expect(jargon('U kunt uw aanvraag online indienen.')).toEqual([]);
    expect(jargon('Heeft u behoefte aan een gesprek?')).toEqual([]);
    expect(jargon('U betaalt 50 euro borg voor de sleutel.')).toEqual([]);
  });

  it('gives a listed term its own entry', () => {
    expect(jargon('Het gebiedsteam helpt.')).toEqual(['gebiedsteam:gebiedsteam']);
    expect(jargon('Indien nodig bellen wij u.')).toEqual(['Indien:indien']);
  });

  it('gives no finding for a listed word residents know from their own municipality', () => {
    // "mantelzorger", "wijkteam", "eigen bijdrage": listed (familiar) for their explanation, not flagged.
    expect(jargon('De mantelzorger is moe. Het wijkteam helpt. U betaalt een eigen bijdrage van 21 euro.')).toEqual([]);
    // A term that is jargon still is, next to them.
    expect(jargon('Het wijkteam bespreekt uw zelfregie.')).toEqual(['zelfregie:zelfregie']);
  });
});
