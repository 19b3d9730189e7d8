import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checker/types';
import { flattenGroups, moveAmongFindings, rowWindow, scrollToShow, type ProblemRow } from '../../../renderer/src/features/checks/problems/problem-rows';
import { groupBySection, groupWithRepeats, type FindingGroup } from '../../../renderer/src/features/checks/problems/group-findings';
import { createChecker, sentenceGroupsOf, splitBlocks } from '../../../shared/checker';

const finding = (blockId: string, start: number): Finding =>
  ({ ruleId: 'jargon', severity: 'warning', blockId, start, end: start + 4, actual: 'woord', message: 'Moeilijk woord', suggestions: [] }) as unknown as Finding;

/** Sections of `sizes[i]` findings each. */
function groups(sizes: number[]): FindingGroup[] {
  return sizes.map((size, index) => ({ key: `s${index}`, title: `Deel ${index}`, findings: Array.from({ length: size }, (_, at) => finding(`b${index}`, at * 10)) }));
}

const kinds = (rows: ProblemRow[]) => rows.map((row) => (row.kind === 'group' ? 'G' : 'f')).join('');

describe('Problems panel rows', () => {
  it('lists every finding under its title, in order', () => {
    const rows = flattenGroups(groups([2, 0, 3]));
    expect(kinds(rows)).toBe('GffGGfff');
    expect(rows.filter((row) => row.kind === 'finding')).toHaveLength(5);
    expect(rows[0]).toMatchObject({ kind: 'group', title: 'Deel 0', count: 2 });
  });

  it('draws only the rows in view of a list of 1,100 findings, wherever it is scrolled', () => {
    const rows = flattenGroups(groups(Array.from({ length: 11 }, () => 100)));
    expect(rows).toHaveLength(1111);
    const [first, end] = rowWindow(rows.length, 24, 0, 240, 5);
    expect([first, end]).toEqual([0, 15]);
    const [lastFirst, lastEnd] = rowWindow(rows.length, 24, 1111 * 24 - 240, 240, 5);
    expect(lastEnd).toBe(1111);
    expect(lastEnd - lastFirst).toBeLessThanOrEqual(16);
    expect(rowWindow(0, 24, 0, 240, 5)).toEqual([0, 0]);
  });

  it('moves by keyboard over every finding, skipping titles, and stops at both ends', () => {
    const rows = flattenGroups(groups([2, 1]));
    // rows: 0 G, 1 f, 2 f, 3 G, 4 f
    const visited = [1];
    for (let step = 0; step < 4; step++) visited.push(moveAmongFindings(rows, visited[visited.length - 1] as number, 1));
    expect(visited).toEqual([1, 2, 4, 4, 4]);
    expect(moveAmongFindings(rows, 4, -1)).toBe(2);
    expect(moveAmongFindings(rows, 2, -1)).toBe(1);
    expect(moveAmongFindings(rows, 1, -1)).toBe(1);
    expect(moveAmongFindings(rows, 2, Infinity)).toBe(4);
    expect(moveAmongFindings(rows, 4, -Infinity)).toBe(1);
    // From a title: the next finding is one step down, the previous one step up.
    expect(moveAmongFindings(rows, 3, 1)).toBe(4);
    expect(moveAmongFindings(rows, 3, -1)).toBe(2);
    // Staying put (step 0) from a title lands on the finding after it.
    expect(moveAmongFindings(rows, 0, 0)).toBe(1);
    expect(moveAmongFindings(flattenGroups(groups([0])), 0, 1)).toBe(-1);
  });

  it('scrolls only as far as needed to show a row', () => {
    expect(scrollToShow(3, 24, 0, 240)).toBe(0);
    expect(scrollToShow(20, 24, 0, 240)).toBe(21 * 24 - 240);
    expect(scrollToShow(2, 24, 200, 240)).toBe(48);
  });
});

describe('Problems panel: repeats of a term', () => {
  // "transformatie" in three sections: the first use is the finding, the later ones are repeats.
  const text = '# Een\n\nDe transformatie kost tijd.\n\n# Twee\n\nDe transformatie gaat door.\n\n# Drie\n\nOok hier de transformatie en de zelfregie.';
  const result = createChecker().checkText(text, 'markdown');
  const repeats = new Set(result.findings.filter((f) => f.repeat));
  const sections = splitBlocks(text, 'markdown').reduce<Array<{ headingId: string | null; title: string; blockIds: string[] }>>((list, b) => {
    if (b.kind === 'heading') list.push({ headingId: b.id, title: b.text, blockIds: [b.id] });
    else list.at(-1)?.blockIds.push(b.id);
    return list;
  }, []);

  it('lists the repeats under the first use, quietly, and counts them with it', () => {
    const grouped = groupWithRepeats(result.findings, repeats, (findings) => groupBySection(findings, sections));
    const rows = flattenGroups(grouped, repeats);
    const findingRows = rows.filter((row) => row.kind === 'finding');
    const transformatie = findingRows.filter((row) => row.finding.actual === 'transformatie');
    expect(transformatie.map((row) => row.repeat)).toEqual([false, true, true]);
    // All three sit together, right after each other, in the first section.
    const at = rows.findIndex((row) => row.kind === 'finding' && row.finding.actual === 'transformatie');
    expect(rows.slice(at, at + 3).every((row) => row.kind === 'finding' && row.finding.actual === 'transformatie')).toBe(true);
    expect(transformatie[0]).toMatchObject({ repeats: 2 });
    // The third section keeps its own finding ("zelfregie"); its title counts only that one.
    const third = rows.find((row) => row.kind === 'group' && row.title === 'Drie');
    expect(third).toMatchObject({ count: 1 });
    // The second section has nothing of its own left: no title for it.
    expect(rows.some((row) => row.kind === 'group' && row.title === 'Twee')).toBe(false);
  });

  it('keeps a repeat in its own place when its first use is filtered out', () => {
    const onlyLater = result.findings.filter((f) => f.actual === 'transformatie').slice(1);
    const grouped = groupWithRepeats(onlyLater, repeats, (findings) => groupBySection(findings, sections));
    expect(grouped.flatMap((g) => g.findings)).toHaveLength(2);
  });
});

describe('Problems panel: a sentence with several findings is one entry', () => {
  // First paragraph: one sentence with two findings ("Teneinde", "zelfregie") and one with one
  // ("middels"). Second paragraph: "zelfregie" again (a repeat) beside "gebiedsteams".
  const text = 'Teneinde de zelfregie te versterken, praten wij met u. Dat doen wij middels een brief.\n\nOok de zelfregie van de gebiedsteams telt.';
  const result = createChecker().checkText(text);
  const repeats = new Set(result.findings.filter((f) => f.repeat));
  const sections = [{ headingId: null, title: '', blockIds: [...new Set(result.findings.map((f) => f.blockId))] }];
  const sentences = sentenceGroupsOf(result.findings, repeats);
  const rowsFor = (expanded: ReadonlySet<string>) => flattenGroups(groupWithRepeats(result.findings, repeats, (f) => groupBySection(f, sections)), repeats, sentences, expanded);
  const describeRow = (row: ProblemRow) =>
    row.kind === 'group' ? 'G' : row.kind === 'sentence' ? `S${row.members.length}${row.expanded ? '+' : ''}` : `${row.finding.actual}${row.repeat ? '(r)' : ''}${row.sentence >= 0 ? '@' + row.sentence : ''}`;

  it('closed: one row for the sentence, lone findings as they are; the title still counts findings', () => {
    const rows = rowsFor(new Set());
    expect(rows.map(describeRow)).toEqual(['G', 'S2', 'middels', 'gebiedsteams']);
    expect(rows[0]).toMatchObject({ count: 4 });
  });

  it('open: the findings follow under the sentence, the first "zelfregie" with its repeat', () => {
    const key = [...new Set(sentences.values())][0]!.key;
    const rows = rowsFor(new Set([key]));
    expect(rows.map(describeRow)).toEqual(['G', 'S2+', 'Teneinde@1', 'zelfregie@1', 'zelfregie(r)@1', 'middels', 'gebiedsteams']);
    expect(rows.find((row) => row.kind === 'finding' && row.finding.actual === 'zelfregie' && !row.repeat)).toMatchObject({ repeats: 1 });
    // The keyboard stops on the sentence entry and on each finding under it, never on the title.
    expect(moveAmongFindings(rows, 0, 0)).toBe(1);
    expect(moveAmongFindings(rows, 1, 1)).toBe(2);
    expect(moveAmongFindings(rows, 6, -Infinity)).toBe(1);
  });

  it('takes the worst severity of its findings', () => {
    const at = (start: number, severity: Finding['severity']): Finding => ({ ...finding('b0', start), severity, sentence: 0 }) as Finding;
    const own = [at(0, 'info'), at(10, 'error'), at(20, 'warning')];
    const rows = flattenGroups([{ key: 's', title: null, findings: own }], new Set(), sentenceGroupsOf(own));
    expect(rows.map((row) => row.kind)).toEqual(['group', 'sentence']);
    expect(rows[1]).toMatchObject({ severity: 'error' });
  });
});
