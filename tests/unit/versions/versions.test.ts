import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteStore } from '../../../electron/services/note-store';
import { ReportService, VersionService } from '../../../electron/services/versions';
import { reportHtml } from '../../../shared/report';
import { fromRichBlocks, type RichBlock } from '../../../shared/convert';
import { toBlocks } from '../../../shared/document';
import { tempFolder } from '../../fixtures/store/temp';

const h = (text: string): RichBlock => ({ kind: 'heading', level: 2, runs: [{ text }] });
const p = (text: string): RichBlock => ({ kind: 'paragraph', level: 0, runs: [{ text }] });

const hard = fromRichBlocks([
  h('Parkeren'),
  p('Teneinde de parkeerdruk in de binnenstad te verminderen, wordt door de gemeente middels een vergunningensysteem alsmede een verhoging van de tarieven getracht het aantal voertuigen te beperken.'),
  h('Kosten'),
  p('U betaalt 40 euro per jaar.'),
]);
const plain = fromRichBlocks([
  h('Parkeren'),
  p('Er staan te veel auto’s in de binnenstad. Daarom komt er een vergunning. Parkeren wordt ook duurder.'),
  h('Kosten'),
  p('U betaalt 40 euro per jaar.'),
]);

let folder: { dir: string; cleanup(): void };
let store: NoteStore;
let versions: VersionService;
let file: string;
beforeEach(() => {
  folder = tempFolder();
  store = new NoteStore();
  versions = new VersionService(store);
  file = store.createNote(folder.dir, 'Parkeren', { author: 'Kees', document: hard }).path;
});
afterEach(() => {
  store.closeAll();
  folder.cleanup();
});

function keep(document: string, name: string, author: string): number {
  const { revisionId } = store.save(file, document, { kind: 'named', name });
  versions.recordRevision(file, revisionId!, author);
  return revisionId!;
}

describe('versions', () => {
  it('lists named versions newest first with author, words, level and Flesch-Douma', async () => {
    keep(hard, 'Concept', 'Kees');
    keep(plain, 'Herschreven', 'Fatima');
    const list = await versions.list(file);
    expect(list.map((version) => [version.name, version.author])).toEqual([['Herschreven', 'Fatima'], ['Concept', 'Kees']]);
    expect(list[0]!.stats.fleschDouma).toBeGreaterThan(list[1]!.stats.fleschDouma);
    expect(list[1]!.stats.families.jargon).toBeGreaterThan(0);
    expect(list[0]!.stats.words).toBe(toBlocks(plain).reduce((sum, block) => sum + block.text.split(/\s+/).filter(Boolean).length, 0));
    // Second listing reads the cache: the same figures come back.
    expect(await versions.list(file)).toEqual(list);
  });

  it('compares two versions: word diff, section scores before and after, resolved findings', async () => {
    const from = keep(hard, 'Concept', 'Kees');
    const to = keep(plain, 'Herschreven', 'Kees');
    const comparison = await versions.compare(file, from, to);
    expect(comparison.summary.changed + comparison.summary.added).toBeGreaterThan(0);
    const parking = comparison.sections.find((section) => section.title === 'Parkeren')!;
    expect(parking.after!.fleschDouma).toBeGreaterThan(parking.before!.fleschDouma);
    const costs = comparison.sections.find((section) => section.title === 'Kosten')!;
    expect(costs.after).toEqual(costs.before);
    expect(comparison.resolved.map((finding) => finding.actual.toLowerCase())).toContain('middels');
    expect(comparison.appeared.map((finding) => finding.actual.toLowerCase())).not.toContain('middels');
  });

  it('restores a version after keeping the current text as a version, and the restore can be undone', async () => {
    const first = keep(hard, 'Concept', 'Kees');
    store.save(file, plain, { kind: 'auto' });
    const restored = await versions.restore(file, first, { keepName: 'Voor herstel', restoredName: 'Hersteld: Concept' }, 'Kees');
    expect(store.openNote(file).document).toBe(hard);
    expect(store.revisionDocument(file, restored.keptRevisionId)).toBe(plain);
    await versions.restore(file, restored.keptRevisionId, { keepName: 'Voor herstel', restoredName: 'Terug' }, 'Kees');
    expect(store.openNote(file).document).toBe(plain);
  });

  it('builds a report with sections, hardest sentences, terms, trend and the change since the last version', async () => {
    keep(hard, 'Concept', 'Kees');
    store.save(file, plain, { kind: 'auto' });
    keep(plain, 'Herschreven', 'Kees');
    store.save(file, fromRichBlocks([h('Parkeren'), p('Er staan te veel auto’s in de stad.'), h('Kosten'), p('U betaalt 40 euro per jaar.')]), { kind: 'auto' });
    const model = await new ReportService(store, versions).build(file);
    expect(model.sections.map((section) => section.title)).toEqual(['Parkeren', 'Kosten']);
    expect(model.trend.length).toBeGreaterThanOrEqual(2);
    expect(model.changes?.from.name).toBeTruthy();
    expect(model.hardest.length).toBeGreaterThan(0);
    const html = reportHtml(model);
    expect(html).toContain('Verloop over de versies');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
  });
});
