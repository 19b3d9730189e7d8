import { describe, expect, it } from 'vitest';
import { countText } from '../../../renderer/src/editor/text-stats';

describe('countText', () => {
  it('counts hyphenated and apostrophe words as one word', () => {
    expect(countText("De zelf-regie van bewoners en hun auto's.").words).toBe(7);
  });

  it('counts characters including spaces but not the breaks between blocks', () => {
    expect(countText('Kop\n\nTwee woorden')).toEqual({ words: 3, characters: 15 });
  });

  it('counts nothing in an empty note', () => {
    expect(countText('')).toEqual({ words: 0, characters: 0 });
    expect(countText('\n\n \n')).toEqual({ words: 0, characters: 1 });
  });
});
