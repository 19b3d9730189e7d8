import { describe, expect, it } from 'vitest';
import { inflectAlternative, plural, verbStem, withAdjectiveE } from '../../../shared/checker/dictionary/inflect-alternative';
import { createChecker } from '../../../shared/checker/index';

describe('writing an alternative in the form of the word it replaces', () => {
  it('adds the adjective -e', () => {
    expect(inflectAlternative('laagdrempelig', 'laagdrempelige', 'makkelijk bereikbaar')).toBe('makkelijk bereikbare');
    expect(withAdjectiveE('groot')).toBe('grote');
    expect(withAdjectiveE('lief')).toBe('lieve');
  });

  it('makes the plural', () => {
    expect(inflectAlternative('ketenpartner', 'ketenpartners', 'partner')).toBe('partners');
    expect(plural('plan')).toBe('plannen');
    expect(plural('regeling')).toBe('regelingen');
    expect(plural('proef')).toBe('proeven');
  });

  it('puts a verb in the person and tense of the text', () => {
    expect(inflectAlternative('beogen', 'beoogt', 'willen')).toBe('wil');
    expect(inflectAlternative('monitoren', 'gemonitord', 'volgen')).toBe('gevolgd');
    expect(inflectAlternative('hanteren', 'hanteert', 'gebruiken')).toBe('gebruikt');
    expect(verbStem('maken')).toBe('maak');
  });

  it('gives up on an alternative that is a clause: that needs a new sentence', () => {
    expect(inflectAlternative('naar vermogen', 'naar vermogen', 'zo goed als het kan')).toBeNull();
  });
});

describe('jargon fixes read right in the sentence', () => {
  const checker = createChecker();
  it('offers the inflected form as the one-click fix', () => {
    const [finding] = checker.checkText('Wij bouwen laagdrempelige buurthuizen.').findings.filter((f) => f.ruleId === 'jargon');
    expect(finding?.expected[0]).toBe('makkelijk bereikbare');
  });
});
