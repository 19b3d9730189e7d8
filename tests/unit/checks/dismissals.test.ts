import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checker';
import { applyDismissals, dismissalFor } from '../../../renderer/src/features/checks/dismissals';

function findingIn(text: string, word: string, blockId = 'b1', ruleId: Finding['ruleId'] = 'jargon', from = 0): Finding {
  const start = text.indexOf(word, from);
  return { ruleId, source: 'helder', severity: 'warning', blockId, start, end: start + word.length, line: 1, column: start + 1, actual: word, expected: [], message: '' };
}

const TEXT = 'Wij werken samen met partners teneinde de wijk te versterken. Ook het buurthuis doet mee.';

describe('dismissals', () => {
  const original = findingIn(TEXT, 'teneinde');
  const here = dismissalFor(original, TEXT, 'here');

  it('hide the dismissed finding', () => {
    expect(applyDismissals([original], () => TEXT, [here]).shown).toEqual([]);
  });

  it('survive edits elsewhere in the block and in other blocks', () => {
    const edited = `Inleiding. ${TEXT} En nog een zin aan het eind erbij.`;
    const moved = findingIn(edited, 'teneinde');
    expect(applyDismissals([moved], () => edited, [here]).shown).toEqual([]);
  });

  it('survive an edit right before the word (one side of the context is enough)', () => {
    const edited = TEXT.replace('met partners', 'met onze vaste partners');
    expect(applyDismissals([findingIn(edited, 'teneinde')], () => edited, [here]).shown).toEqual([]);
  });

  it('come back when the finding text itself changes', () => {
    const edited = TEXT.replace('teneinde', 'Teneinde');
    expect(applyDismissals([findingIn(edited, 'Teneinde')], () => edited, [here]).shown).toHaveLength(1);
  });

  it('come back when both sides of the context changed', () => {
    const edited = 'Heel iets anders: teneinde alles anders te doen dan eerst gepland.';
    expect(applyDismissals([findingIn(edited, 'teneinde')], () => edited, [here]).shown).toHaveLength(1);
  });

  it('"here" hides only that occurrence; "note" hides every occurrence, any capitals', () => {
    const text = `${TEXT} Teneinde dat te doen, praten we.`;
    const first = findingIn(text, 'teneinde');
    const second = findingIn(text, 'Teneinde');
    expect(applyDismissals([first, second], () => text, [here]).shown).toEqual([second]);
    const note = dismissalFor(first, text, 'note');
    expect(applyDismissals([first, second], () => text, [note]).shown).toEqual([]);
  });

  it('do not hide findings of another rule on the same words', () => {
    const passive = findingIn(TEXT, 'teneinde', 'b1', 'hard-word');
    expect(applyDismissals([passive], () => TEXT, [here]).shown).toEqual([passive]);
  });
});
