import { describe, expect, it } from 'vitest';
import { createChecker, splitBlocks } from '../../../shared/checker/index';

const LIST = 'U kunt hulp krijgen als:\n- u 18 jaar of ouder bent;\n- u in onze gemeente woont;\n- u te weinig geld hebt om van te leven;\n- u niet veel spaargeld hebt.\n';

describe('plain-text lists', () => {
  it('splits dash and numbered items into list-item blocks that map back to the text', () => {
    const blocks = splitBlocks(LIST + '\n1. U belt ons.\n2. Wij komen langs.\n', 'text');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'listitem', 'listitem', 'listitem', 'listitem', 'listitem', 'listitem']);
    for (const b of blocks) expect(LIST.concat('\n1. U belt ons.\n2. Wij komen langs.\n').slice(b.base, b.base + b.text.length)).toBe(b.text);
    expect(blocks[1]!.text).toBe('u 18 jaar of ouder bent;');
  });

  it('does not count a list as one long sentence', () => {
    const findings = createChecker().checkText(LIST, 'text').findings;
    expect(findings.filter((f) => f.ruleId === 'long-sentence' || f.ruleId === 'long-paragraph')).toEqual([]);
  });
});
