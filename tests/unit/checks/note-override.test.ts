// A note with its own check settings, in the worker's bookkeeping with the real engine: the
// note's engine is the shared settings with the note's laid over them, and changing one note's
// settings checks that note again, no other.
import { describe, expect, it } from 'vitest';
import { createChecker, type CheckerConfigInput, type CustomDictionary } from '../../../shared/checker';
import { sentencePresets } from '../../../shared/contract';
import { checkerConfigOf, noteOverrideOf, overlaySettings } from '../../../renderer/src/features/checks/checker-config';
import { CheckerSettings, type NoteOverride } from '../../../renderer/src/features/checks/protocol';
import { WorkerCore, type CheckEngine } from '../../../renderer/src/features/checks/worker-core';

// 17 words: more than "Direct Duidelijk" allows (15), fewer than B1 (20).
const SENTENCE = 'De gemeente wil samen met inwoners en ondernemers zorgen voor een schone en veilige wijk vol groen.';
const JARGON = 'Teneinde de zelfregie te versterken praten we met hen.';

const writer = (rules: Record<string, boolean> = {}): CheckerSettings =>
  CheckerSettings.parse({ config: checkerConfigOf({ preset: 'b1', warnAbove: 20, errorAbove: 30, rules, spelling: false }) });

const engineOf = (settings: CheckerSettings): CheckEngine =>
  createChecker({ config: settings.config as CheckerConfigInput, dictionaries: settings.dictionaries as CustomDictionary[] });

function coreWith(shared: CheckerSettings) {
  let current = shared;
  const built: NoteOverride[] = [];
  const core = new WorkerCore(engineOf(shared), (override) => {
    built.push(override);
    return engineOf(overlaySettings(current, override));
  });
  return {
    core,
    built,
    reconfigure(next: CheckerSettings) {
      current = next;
      return core.replaceEngine(engineOf(next));
    },
  };
}

function send(core: WorkerCore, noteId: string, text: string) {
  expect(core.receive({ type: 'check', noteId, docVersion: 1, blocks: [{ id: 'p1', hash: `h-${text.length}`, kind: 'paragraph', text }] })).toBeNull();
}

/** Rule ids of the block findings the check sends back (only blocks the editor waits for). */
function rulesIn(core: WorkerCore, noteId: string): string[] | null {
  const result = core.check(noteId);
  if (!result || result.blocks.length === 0) return null;
  return result.blocks.flatMap((block) => block.findings.map((finding) => finding.ruleId));
}

const directDuidelijk = noteOverrideOf({ preset: 'direct-duidelijk' });

describe('a note with its own check settings', () => {
  it('marks a 17-word sentence as long under "Direct Duidelijk", while a note on B1 does not', () => {
    const { core } = coreWith(writer());
    send(core, 'streng', SENTENCE);
    send(core, 'gewoon', SENTENCE);
    expect(rulesIn(core, 'streng')).not.toContain('long-sentence');
    expect(rulesIn(core, 'gewoon')).not.toContain('long-sentence');

    expect(core.setOverride('streng', directDuidelijk)).toBe(true);
    expect(rulesIn(core, 'streng')).toContain('long-sentence');
    // The other note was not sent again: nothing changed for it.
    expect(rulesIn(core, 'gewoon')).toBeNull();
  });

  it('goes back to the writer\'s settings when the override is removed', () => {
    const { core } = coreWith(writer());
    send(core, 'n', SENTENCE);
    core.setOverride('n', directDuidelijk);
    expect(rulesIn(core, 'n')).toContain('long-sentence');
    expect(core.setOverride('n', null)).toBe(true);
    expect(rulesIn(core, 'n')).not.toContain('long-sentence');
  });

  it('setting the same override again checks nothing again', () => {
    const { core } = coreWith(writer());
    send(core, 'n', SENTENCE);
    core.setOverride('n', directDuidelijk);
    rulesIn(core, 'n');
    expect(core.setOverride('n', noteOverrideOf({ preset: 'direct-duidelijk' }))).toBe(false);
    expect(rulesIn(core, 'n')).toBeNull();
  });

  it('applies an override that arrives before the note\'s text', () => {
    const { core } = coreWith(writer());
    expect(core.setOverride('n', directDuidelijk)).toBe(false); // nothing to check yet
    send(core, 'n', SENTENCE);
    expect(rulesIn(core, 'n')).toContain('long-sentence');
  });

  it('keeps following the writer\'s other settings: a rule switched off for everyone is off in the note too', () => {
    const setup = coreWith(writer());
    send(setup.core, 'n', `${SENTENCE} ${JARGON}`);
    setup.core.setOverride('n', directDuidelijk);
    expect(rulesIn(setup.core, 'n')).toEqual(expect.arrayContaining(['long-sentence', 'jargon']));

    expect(setup.reconfigure(writer({ jargon: false }))).toEqual(['n']);
    const rules = rulesIn(setup.core, 'n');
    expect(rules).toContain('long-sentence');
    expect(rules).not.toContain('jargon');
  });

  it('a rule the note switches on stays on when the writer switches it off', () => {
    const { core } = coreWith(writer({ jargon: false }));
    send(core, 'n', JARGON);
    expect(rulesIn(core, 'n')).not.toContain('jargon');
    core.setOverride('n', noteOverrideOf({ rules: { jargon: true } }));
    expect(rulesIn(core, 'n')).toContain('jargon');
  });

  it('notes with the same settings share one engine, built again after the writer\'s settings change', () => {
    const setup = coreWith(writer());
    send(setup.core, 'a', SENTENCE);
    send(setup.core, 'b', SENTENCE);
    setup.core.setOverride('a', directDuidelijk);
    setup.core.setOverride('b', noteOverrideOf({ preset: 'direct-duidelijk' }));
    rulesIn(setup.core, 'a');
    rulesIn(setup.core, 'b');
    expect(setup.built).toHaveLength(1);
    setup.reconfigure(writer({ passive: false }));
    rulesIn(setup.core, 'a');
    expect(setup.built).toHaveLength(2);
  });

  it('keeps the note\'s settings when its text is forgotten (the editor may come back)', () => {
    const { core } = coreWith(writer());
    core.setOverride('n', directDuidelijk);
    send(core, 'n', SENTENCE);
    core.forget('n');
    send(core, 'n', SENTENCE);
    expect(rulesIn(core, 'n')).toContain('long-sentence');
  });
});

describe('note settings to checker config', () => {
  it('turns a preset into its sentence lengths and leaves everything else out', () => {
    expect(noteOverrideOf({ preset: 'direct-duidelijk' })).toEqual({ config: { 'long-sentence': { ...sentencePresets['direct-duidelijk'] } } });
    expect(noteOverrideOf({})).toEqual({ config: {} });
  });

  it('uses the two numbers of "zelf kiezen", and B1\'s where one is missing', () => {
    expect(noteOverrideOf({ preset: 'custom', warnAbove: 12, errorAbove: 18 }).config['long-sentence']).toEqual({ warnAbove: 12, errorAbove: 18 });
    expect(noteOverrideOf({ preset: 'custom', warnAbove: 12 }).config['long-sentence']).toEqual({ warnAbove: 12, errorAbove: sentencePresets.b1.errorAbove });
  });

  it('lays a rule switch over the shared rule settings without losing its other options', () => {
    const shared = writer();
    const merged = overlaySettings(shared, noteOverrideOf({ rules: { 'long-sentence': false }, spelling: true }));
    expect(merged.config['long-sentence']).toEqual({ ...(shared.config['long-sentence'] as object), enabled: false });
    expect(merged.spelling).toBe(true);
    expect(overlaySettings(shared, { config: {} }).spelling).toBe(shared.spelling);
  });
});
