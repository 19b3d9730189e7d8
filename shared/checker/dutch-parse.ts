// The Dutch parse the checker reads: parse-dutch (the parser inside retext-dutch), giving the very
// same NLCST tree, with two costs of the library taken out. Profiles of the full check put the
// parser's character loop at the top (three Unicode regex tests per character), and the word-level
// passes run over every node of the block even when the text holds none of the characters they
// act on. tests/unit/checker/dutch-parse.test.ts holds the tree equal to retext-dutch's.
import { ParseDutch } from 'parse-dutch';
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';

type NodeType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
const TYPES: readonly (NodeType | null)[] = [null, 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const WHITE_SPACE = 1;
const WORD = 3;

/**
 * The node type of one UTF-16 code unit, as parse-latin's tokenizer gives it, learnt from the
 * library itself (its one-character parse) the first time the code unit is seen.
 */
const kinds = new Uint8Array(65_536);
const probe = new ParseDutch();

function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    const node = ParseDutch.prototype.tokenize.call(probe, String.fromCharCode(code))[0];
    kind = node ? TYPES.indexOf(node.type as NodeType) : 0;
    kinds[code] = kind;
  }
  return kind;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * The word-level passes of parse-dutch 7 (ParseDutch.prototype.tokenizeSentencePlugins, in order)
 * and, for those that only act on a node of one character, which characters that can be. A pass
 * whose characters do not occur in the text leaves the tree as it is, so it is skipped.
 */
const SENTENCE_PASS_TRIGGERS: readonly (RegExp | null)[] = [
  /['\u2019]/, // Dutch elisions: "'s", "zo'n"
  /&/, // initial "&"
  /-/, // final "-"
  null, // inner word symbols: "." and "-" occur nearly everywhere
  /\//, // inner slash
  null, // initialisms
  null, // positions
];

/**
 * The sentence-level passes of parse-dutch 7 (tokenizeParagraphPlugins): the eleventh breaks a
 * sentence at white space holding two line breaks, so it can only act on a text with two.
 */
const PARAGRAPH_PASS_COUNT = 13;
const IMPLICIT_BREAK_PASS = 10;
const TWO_LINE_BREAKS = /[\r\n][^]*[\r\n]/;

type Plugin<T> = (node: T) => void;
type Pass = { run: Plugin<Sentence>; trigger: RegExp | null };

class FastParseDutch extends ParseDutch {
  private readonly sentencePasses: readonly Pass[];
  private readonly paragraphPasses: readonly Plugin<Paragraph>[];
  private readonly paragraphPassesWithoutBreak: readonly Plugin<Paragraph>[];

  constructor() {
    super();
    // Another parse-dutch version may have other passes: then every pass runs.
    const sentence = this.tokenizeSentencePlugins as Plugin<Sentence>[];
    const knownSentence = sentence.length === SENTENCE_PASS_TRIGGERS.length;
    this.sentencePasses = sentence.map((run, i) => ({ run, trigger: knownSentence ? SENTENCE_PASS_TRIGGERS[i]! : null }));
    const paragraph = this.tokenizeParagraphPlugins as Plugin<Paragraph>[];
    this.paragraphPasses = paragraph;
    this.paragraphPassesWithoutBreak = paragraph.length === PARAGRAPH_PASS_COUNT ? paragraph.filter((_, i) => i !== IMPLICIT_BREAK_PASS) : paragraph;
  }

  override parse(value?: string | null): Root {
    const text = value ?? '';
    this.tokenizeSentencePlugins = this.sentencePasses.filter((pass) => !pass.trigger || pass.trigger.test(text)).map((pass) => pass.run);
    this.tokenizeParagraphPlugins = [...(TWO_LINE_BREAKS.test(text) ? this.paragraphPasses : this.paragraphPassesWithoutBreak)];
    return super.parse(value);
  }

/** parse-latin's tokenize, step for step, with the character type from the table above. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const point = { line: 1, column: 1, offset: 0 };
    let from = 0;
    // A node ends where the next starts: both read one point object. No pass changes a point in
    // place (they move whole start or end references), so sharing them halves what a parse allocates.
    let start = { ...point };
    let previousKind = 0;
    let previous = -1;
    const push = (kind: number, text: string): void => {
      const end = { ...point };
      if (kind === WORD) {
        children.push({ type: 'WordNode', children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } });
      } else {
        children.push({ type: TYPES[kind] as Exclude<NodeType, 'WordNode'>, value: text, position: { start, end } });
      }
      start = end;
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const kind = kindOf(code);
      // Words and white space run on; punctuation and symbols only while the character repeats.
      if (from < index && previousKind !== 0 && !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || code === previous || isSurrogate(code)))) {
        push(previousKind, value.slice(from, index));
        from = index;
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        point.line++;
        point.column = 1;
      } else if (code !== 10) {
        point.column++;
      }
      point.offset++;
      previousKind = kind;
      previous = code;
    }
    if (previousKind !== 0 && from < value.length) push(previousKind, value.slice(from));
    return children;
  }
}

// A parser keeps no state between texts (only its list of passes), so one serves every block.
const parser = new FastParseDutch();

/** One block parsed as retext-dutch parses it. */
export function parseDutch(text: string): Root {
  return parser.parse(text);
}
