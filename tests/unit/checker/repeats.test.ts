import { describe, expect, it } from 'vitest';
import { createChecker, repeatsOf } from '../../../shared/checker/index';

const checker = createChecker();

describe('repeats', () => {
  const text = '# Eerste deel\n\nDe transformatie kost tijd. Ook de transformatie van de jeugdzorg.\n\n# Tweede deel\n\nDe transformatie gaat door.';

  it('marks later uses of the same term in the note as repeats, across headings too', () => {
    const jargon = checker.checkText(text, 'markdown').findings.filter((f) => f.actual === 'transformatie');
    expect(jargon.map((f) => f.repeat === true)).toEqual([false, true, true]);
  });

  it('a term in a heading does not head its group: the first use in the text is reported in full, the heading listed under it', () => {
    const findings = checker.checkText('# Wat de transformatie betekent voor de wijk\n\nDe transformatie kost tijd. De transformatie gaat door.', 'markdown').findings.filter((f) => f.actual === 'transformatie');
    expect(findings.map((f) => f.repeat === true)).toEqual([true, false, true]);
    // Only in a heading: the finding stays there.
    const onlyHeading = checker.checkText('# Wat de transformatie betekent voor de wijk\n\nHet werk kost tijd.', 'markdown').findings.filter((f) => f.actual === 'transformatie');
    expect(onlyHeading.map((f) => f.repeat === true)).toEqual([false]);
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

  it('takes a term the text named or explained as known: later uses, in any paragraph, are repeats', () => {
    const text = 'Wilt u de zorg zelf inkopen? Dat heet het persoonsgebonden budget.\n\nHet persoonsgebonden budget is per jaar.\n\nWij sturen de brief over het persoonsgebonden budget.';
    const uses = checker.checkText(text).findings.filter((f) => f.actual.toLowerCase() === 'persoonsgebonden budget');
    expect(uses.map((f) => f.repeat === true)).toEqual([true, true]);
  });

  it('still reports a use before the explanation, and does not take a short name in brackets for one', () => {
    const before = checker.checkText('Het persoonsgebonden budget is per jaar.\n\nDat geld heet het persoonsgebonden budget.').findings.filter((f) => f.actual.toLowerCase() === 'persoonsgebonden budget');
    expect(before.map((f) => f.repeat === true)).toEqual([false]);
    // "(EB)" gives the short name: no finding there (the term is introduced with its name), but no explanation either.
    const shortName = checker.checkText('U krijgt een persoonsgebonden budget (PGB) van het zorgkantoor.\n\nHet persoonsgebonden budget is per jaar.').findings.filter((f) => f.actual.toLowerCase() === 'persoonsgebonden budget');
    expect(shortName.map((f) => f.repeat === true)).toEqual([false]);
  });
});

