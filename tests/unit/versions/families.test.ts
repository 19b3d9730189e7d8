// The Versies view and the report count findings per family with their own small mapping (it must
// not pull the whole checker into the services that load it lazily); it must say what the rule
// registry says, or the report and the editor would disagree about a finding's kind.
import { describe, expect, it } from 'vitest';
import { familyOf, RULE_IDS } from '../../../shared/checker/rules/registry';
import { familyOfRule } from '../../../shared/versions/families';

describe('families in the Versies view and the report', () => {
  it.each(RULE_IDS.map((id) => [id]))('%s has the family the rule registry gives it', (id) => {
    expect(familyOfRule(id)).toBe(familyOf(id));
  });
});
