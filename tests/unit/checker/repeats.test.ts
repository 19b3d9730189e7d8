import { describe, expect, it } from 'vitest';
import { createChecker, repeatsOf } from '../../../shared/checker/index';

const checker = createChecker();

describe('repeats', () => {
  const text = '# Eerste deel\n\nDe transformatie kost tijd. Ook de transformatie van de jeugdzorg.\n\n# Tweede deel\n\nDe transformatie gaat door.';

  it('marks later uses of the same term in the note as repeats, across headings too', () => {
    const jargon = checker.checkText(text, 'markdown').findings.filter((f) => f.actual === 'transformatie');
    expect(jargon.map((f) => f.repeat === true)).toEqual([false, true, true]);
  });

  it('a term in a heading does not head its group: the first use in the text is reported in full', () => {
    const findings = checker.checkText('# Wat de transformatie betekent voor de wijk\n\nDe transformatie kost tijd. De transformatie gaat door.', 'markdown').findings.filter((f) => f.actual === 'transformatie');
    expect(findings.map((f) => f.repeat === true)).toEqual([false, false, true]);
  });

  it('gives the same answer to callers that assemble the document themselves (the editor)', () => {
    const blocks = [
      { id: 'h1', kind: 'heading' as const, text: 'Eerste deel' },
      { id: 'p1', kind: 'paragraph' as const, text: 'De transformatie kost tijd. Ook de transformatie van de jeugdzorg.' },
    ];
    const result = checker.checkDocument(blocks);
    const repeats = repeatsOf(result.findings, result.blocks);
    expect(result.findings.filter((f) => repeats.has(f)).map((f) => f.actual)).toEqual(['transformatie']);
  });

  it('never groups long sentences or passives: each is its own finding', () => {
    const passives = checker.checkText('Het plan wordt gemaakt. Het plan wordt gemaakt.').findings.filter((f) => f.ruleId === 'passive');
    expect(passives.every((f) => !f.repeat)).toBe(true);
  });
});
