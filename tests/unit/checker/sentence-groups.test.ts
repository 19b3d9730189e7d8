import { describe, expect, it } from 'vitest';
import { createChecker, entryCount, repeatsOf, sentenceGroupsOf } from '../../../shared/checker/index';

const checker = createChecker();

const byActual = (text: string) => {
  const findings = checker.checkText(text, 'markdown').findings;
  return (actual: string, ruleId?: string) => findings.find((f) => f.actual.startsWith(actual) && (!ruleId || f.ruleId === ruleId));
};

describe('sentence groups', () => {
  it('joins the word findings of one sentence into one group, and leaves a lone finding alone', () => {
    const find = byActual('Teneinde de zelfregie te versterken, wordt het plan door het college vastgesteld. Daarna maken wij een afspraak met de gebiedsteams.');
    const group = find('Teneinde')?.sentenceGroup;
    expect(group).toBeDefined();
    expect(find('zelfregie')?.sentenceGroup).toBe(group);
    expect(find('wordt het plan', 'passive')?.sentenceGroup).toBe(group);
    // The second sentence has one finding: it is its own entry.
    expect(find('gebiedsteams')).toBeDefined();
    expect(find('gebiedsteams')?.sentenceGroup).toBeUndefined();
  });

  it('puts a long sentence in one group with the hard words inside it', () => {
    const sentence =
      'Wij gaan de zelfregie van bewoners samen met de scholen, de huisartsen, de buurthuizen en de verenigingen in alle wijken van onze gemeente de komende jaren stap voor stap verder versterken.';
    const find = byActual(sentence);
    expect(find('Wij gaan', 'long-sentence')?.sentenceGroup).toBeDefined();
    expect(find('zelfregie')?.sentenceGroup).toBe(find('Wij gaan', 'long-sentence')?.sentenceGroup);
  });

  it('keeps the long-paragraph advice apart: it is about the paragraph, not its first sentence', () => {
    const first = 'Teneinde de zelfregie te versterken, praten wij met u.';
    const rest = Array.from({ length: 8 }, (_, i) => `Dit is korte zin nummer ${i + 1} over de buurt.`).join(' ');
    const findings = checker.checkText(`${first} ${rest}`, 'markdown').findings;
    const paragraph = findings.find((f) => f.ruleId === 'long-paragraph');
    expect(paragraph).toBeDefined();
    expect(paragraph?.sentenceGroup).toBeUndefined();
    expect(findings.filter((f) => f.ruleId === 'jargon').every((f) => f.sentenceGroup !== undefined)).toBe(true);
  });

  it('leaves a repeat under its first use: it joins no sentence group', () => {
    const find = byActual('De zelfregie is belangrijk. Wij versterken de zelfregie van de gebiedsteams.');
    const findings = checker.checkText('De zelfregie is belangrijk. Wij versterken de zelfregie van de gebiedsteams.', 'markdown').findings;
    const repeat = findings.find((f) => f.repeat);
    expect(repeat?.actual).toBe('zelfregie');
    expect(repeat?.sentenceGroup).toBeUndefined();
    // With the repeat left out, the second sentence has one finding of its own: no group.
    expect(find('gebiedsteams')?.sentenceGroup).toBeUndefined();
  });

  it('the editor, which assembles the document from blocks, gets the same groups as checkText', () => {
    const blocks = [
      { id: 'h', kind: 'heading' as const, text: 'Plannen' },
      { id: 'p', kind: 'paragraph' as const, text: 'Teneinde de zelfregie te versterken, praten wij met u. Wij bellen u.' },
    ];
    const result = checker.checkDocument(blocks);
    const groups = sentenceGroupsOf(result.findings, repeatsOf(result.findings, result.blocks));
    const viaText = checker.checkText('# Plannen\n\nTeneinde de zelfregie te versterken, praten wij met u. Wij bellen u.', 'markdown').findings;
    expect(result.findings.map((f) => groups.get(f)?.key ?? null)).toEqual(viaText.map((f) => (f.sentenceGroup ? f.sentenceGroup.replace(/^[^#]+/, 'p') : null)));
    expect([...new Set(groups.values())].map((g) => g.findings.map((f) => f.actual))).toEqual([['Teneinde', 'zelfregie']]);
  });

  it('counts what the writer sees: a group once, a repeat not at all', () => {
    const text = 'Teneinde de zelfregie te versterken, praten wij met u. Ook de zelfregie telt. Dat doen wij middels een brief.';
    const result = checker.checkDocument([{ id: 'p', kind: 'paragraph', text }]);
    const repeats = repeatsOf(result.findings, result.blocks);
    const groups = sentenceGroupsOf(result.findings, repeats);
    expect(result.findings.map((f) => f.actual)).toEqual(['Teneinde', 'zelfregie', 'zelfregie', 'middels']);
    // "Teneinde + zelfregie" as one entry, the repeat under the first "zelfregie", "middels" alone.
    expect(entryCount(result.findings, repeats, groups)).toBe(2);
  });
});
