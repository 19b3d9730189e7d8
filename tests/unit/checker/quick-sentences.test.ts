// The checker finds the sentences of ordinary prose without a parse tree (quick-sentences.ts) and
// reads its words from the white space between them (analyse.ts). Both must give exactly what
// retext-dutch's tree gives, or a sentence limit, a passive or a finding moves. Compared on the
// fixture texts, the dev corpus, and seeded random texts of words, abbreviations, numbers, marks
// and odd Unicode.
import { readdirSync, readFileSync } from 'node:fs';
import type { Root, Sentence } from 'nlcst';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { analyseBlock, analyseTree, treeSentenceSpans } from '../../../shared/checker/analyse';
import { kindOf, WHITE_SPACE } from '../../../shared/checker/dutch-parse';
import { splitBlocks } from '../../../shared/checker/index';
import { quickSentenceSpans } from '../../../shared/checker/quick-sentences';

const reference = unified().use(retextDutch).freeze();

/** Quick spans, where the quick reader answers, equal the tree's; the analysis always does. */
function expectSameAsRetext(text: string): boolean {
  const tree = reference.parse(text) as Root;
  const quick = quickSentenceSpans(text);
  if (quick) expect(quick, JSON.stringify(text)).toEqual(treeSentenceSpans(tree));
  expect(analyseBlock(text, 'paragraph'), JSON.stringify(text)).toEqual(analyseTree(text, 'paragraph', tree));
  return quick !== null;
}

/** The analysis reads a sentence's words as the stretches between white space: its nodes must say the same. */
function expectWhiteSpaceNodesAreTheGaps(text: string): void {
  const tree = reference.parse(text) as Root;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let at = sentence.position!.start.offset!;
      for (const child of (sentence as Sentence).children) {
        expect(child.position!.start.offset, JSON.stringify(text)).toBe(at);
        const end = child.position!.end.offset!;
        let spaces = 0;
        for (let i = at; i < end; i++) if (kindOf(text.charCodeAt(i)) === WHITE_SPACE) spaces++;
        expect(spaces, JSON.stringify(text)).toBe(child.type === 'WhiteSpaceNode' ? end - at : 0);
        at = end;
      }
      expect(at, JSON.stringify(text)).toBe(sentence.position!.end.offset);
    }
  }
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const fixtures = new URL('../../fixtures/', import.meta.url);
function textsIn(dir: URL, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}

describe('sentences without a parse tree', () => {
  it('match retext-dutch on the fixture texts and the dev corpus, and cover nearly all of it', () => {
    const texts = [
      ...textsIn(new URL('checker/', fixtures), /\.(md|txt)$/),
      ...textsIn(new URL('texts/', fixtures), /\.(md|txt)$/),
      ...textsIn(new URL('corpus/dev/', fixtures), /\.md$/),
    ];
    expect(texts.length).toBeGreaterThan(20);
    let blocks = 0;
    let quick = 0;
    for (const text of texts) {
      expectSameAsRetext(text);
      expectWhiteSpaceNodesAreTheGaps(text);
      for (const block of splitBlocks(text, 'markdown')) {
        blocks++;
        if (expectSameAsRetext(block.text)) quick++;
      }
    }
    // Without a tree for the common block the check would be no faster.
    expect(quick / blocks).toBeGreaterThan(0.95);
  });

  it('match retext-dutch on abbreviations, numbers, brackets, quotes and marks', () => {
    const cases = [
      'Dit is een zin. Dit is er nog een. En een vraag? Ja! Klaar.',
      'Dhr. Jansen en mevr. De Vries komen. Zie art. 2 lid 3. Bel nr. 5 of bijv. Piet.',
      'Het CJG biedt o.a. Opvoedsteun. Het kost 3.5 procent. Om 9.00 uur. In 2024. Daarna 410.000 euro.',
      'Kerkplein 4. U kunt komen. Wijk A. Daar. Punt a. Niets. 1.1 Het plan. 1.2. Twee.',
      'Zie bijlage (pmd). Die halen wij op. Hij zei: "Kom." Toen ging hij. (Zie bijlage 2.) Daarna.',
      'Hallo ... Daarna. Wat?! Echt. einde.Begin nu. Mail j.verhoef@dalwijk.nl. Of www.dalwijk.nl/afval. Klaar',
      'Regel een.\nRegel twee\n\nRegel drie. Énig. Één. Ölie. 5 mensen. ’s Avonds. \'s Morgens.',
      'De N.V. en de B.V. betalen. U. Dan. e.e.a. is i.p.v. de U.S.A. Geregeld.',
      'Prijs € 412,50. U krijgt. 12%. Nu. Zo- en zo. Nou-. Ja. 24/7. Dag.',
    ];
    for (const text of cases) {
      expectSameAsRetext(text);
      expectWhiteSpaceNodesAreTheGaps(text);
    }
  });

  it('match retext-dutch on random texts of words, abbreviations, numbers and marks', () => {
    const words = [
      'de', 'zorg', 'Zorg', 'het', 'U', 'u', 'A', 'a', 'É', 'é', 'İstanbul', 'ß', 'Σ', 'Привет', '你好', '5', '2024', '410.000', '3,5', '9.00',
      'o.a.', 'bijv.', 'Dhr.', 'dhr.', 'nr.', 'art.', 'etc.', 'A.', 'u.', 'zorg.', 'Zorg.', 'zorg?', 'zorg!', 'zorg?!', 'zorg...', 'zorg…',
      '...', '.', '?', '!', '‽', '(pmd).', '(zie', '2.)', '"Kom."', 'zei."', '‘Nog.’', 'einde.Begin', 'x.y', 'a.b.c.', '1.1', '1.1.',
      "zo'n", "'s", '’t', 'd\'', '&', 'AT&T', 'e-mail.', 'zorg-', '-', '–', 'km/u.', 'en/of', '€', '12%.', ',', ';', ':', '(', ')', '👍', '👍🏽.',
      'zorg\u00adwerk.', 'a\u200bb', 'Ünal.', 'ÿ.', 'İ.',
    ];
    const spaces = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', ' \n ', '\t', '\u00a0', '\u2028', '\r\n', ''];
    const random = seeded(Number(process.env.QUICK_SEED ?? 11));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    let quick = 0;
    for (let n = 0; n < Number(process.env.QUICK_N ?? 1500); n++) {
      let text = random() < 0.2 ? pick(spaces) : '';
      const count = 1 + Math.floor(random() * 14);
      for (let i = 0; i < count; i++) text += (i > 0 ? pick(spaces) : '') + pick(words);
      if (random() < 0.2) text += pick(spaces);
      if (expectSameAsRetext(text)) quick++;
    }
    // The random texts must also reach the quick reader, not only the full parse.
    expect(quick).toBeGreaterThan(300);
  });

  it('match retext-dutch on random strings of single characters', () => {
    const alphabet = ['a', 'B', 'é', 'É', '1', ' ', ' ', '\n', '.', '.', ',', "'", '’', '&', '-', '/', '?', '!', ':', '(', ')', '"', 'o', 'z', 'd', 's', 't', 'u', 'U', '…', '\u00a0', '👍'];
    const random = seeded(Number(process.env.QUICK_SEED ?? 7));
    for (let n = 0; n < Number(process.env.QUICK_N ?? 1500); n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expectSameAsRetext(text);
    }
  });
});
