// The checker's parse (shared/checker/dutch-parse.ts) must give the very tree retext-dutch gives:
// every sentence boundary and every token the rules read comes from it. Compared on the fixture
// texts, the corpus' dev part, hand-made edge cases for each pass the parse may skip, and seeded
// random strings of the characters those passes act on.
import { readdirSync, readFileSync } from 'node:fs';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseDutch } from '../../../shared/checker/dutch-parse';
import { splitBlocks } from '../../../shared/checker/index';

const reference = unified().use(retextDutch).freeze();
const expectSameTree = (text: string): void => {
  expect(parseDutch(text), JSON.stringify(text)).toEqual(reference.parse(text));
};

function textsIn(dir: URL, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}

const fixtures = new URL('../../fixtures/', import.meta.url);

describe('the checker parses Dutch exactly as retext-dutch does', () => {
  it('on the fixture texts and the dev corpus, whole and per block', () => {
    const texts = [
      ...textsIn(new URL('checker/', fixtures), /\.(md|txt)$/),
      ...textsIn(new URL('texts/', fixtures), /\.(md|txt)$/),
      ...textsIn(new URL('corpus/dev/', fixtures), /\.md$/),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expectSameTree(text);
      for (const block of splitBlocks(text, 'markdown')) expectSameTree(block.text);
    }
  });

  it('on elisions, ampersands, hyphens, slashes, initialisms, numbers and other scripts', () => {
    const cases = [
      '',
      ' ',
      '\n\n',
      "Zo'n regeling geldt 's avonds en 's nachts, d' rest niet.",
      'Ze zei ’t al: ’s morgens zo’n tien.',
      "Rock 'n roll en de jaren '80.",
      'Bakker & Zn. en AT&T, &co en & alleen.',
      'Een woord- en zinsleer; zorg- of welzijnswerk - en meer -',
      'De km/u en m/v, en/of 24/7 of jeugdhulp/jeugdzorg.',
      'De N.V. en de B.V. betalen o.a. 3.5 procent. Dhr. Jansen en mevr. De Vries.',
      'Zie art. 2 lid 3. Hij kwam om 10.30 uur. e.e.a. is i.p.v. de U.S.A. geregeld.',
      'Wat? Echt!? Ja... Nee\u2026 Ok\u203d',
      'Regel één\r\nregel twee\r\rregel drie\n\n\nregel vier.',
      'Emoji 👍🏽 en 🇳🇱 tussen woorden, en \uD800 alleen.',
      'Grieks αβγ, Russisch Привет, Chinees 你好。 Arabisch مرحبا.',
      'a_b__c, x@y.nl, 1=2, a:b, ·punt· en \u00ADzacht\u2010streepje\u2011 en ’t\u2027.',
      '(Zie bijlage 2.) "Een citaat." ‘Nog een.’ [Haakjes.] {Accolades}.',
      '€ 3,5 mln. en $ 4.000,- of 12% — met – streepjes.',
    ];
    for (const text of cases) expectSameTree(text);
  });

  it('on random strings of the characters the skipped passes act on', () => {
    const alphabet = ["a", 'B', 'é', '1', ' ', '\n', '.', ',', "'", '’', '&', '-', '/', '?', '!', ':', '(', ')', 'o', 'z', 'd', 's', 't', '…', '👍'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expectSameTree(text);
    }
  });
});
