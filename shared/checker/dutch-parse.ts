// The Dutch parse the checker reads: parse-dutch (the parser inside retext-dutch), giving the very
// same NLCST tree, with two costs of the library taken out. Profiles of the full check put the
// parser's character loop at the top (three Unicode regex tests per character), and the word-level
// passes run over every node of the block even when the text holds none of the characters they
// act on. tests/unit/checker/dutch-parse.test.ts holds the tree equal to retext-dutch's.
import { ParseDutch } from 'parse-dutch';
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';

type NodeType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
const TYPES: readonly (NodeType | null)[] = [null, 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
export const WHITE_SPACE = 1;
export const WORD = 3;

/**
 * The node type of one UTF-16 code unit, as parse-latin's tokenizer gives it, learnt from the
 * library itself (its one-character parse) the first time the code unit is seen.
 */
const kinds = new Uint8Array(65_536);
const probe = new ParseDutch();

export function kindOf(code: number): number {
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
 * and, for those that only act on a node of one character, which characters that can be (as bits
 * of TRIGGER_BITS). A pass whose characters do not occur in the text leaves the tree as it is, so
 * it is skipped. 0: every text needs the pass ("." and "-" are nearly everywhere).
 */
const ELISION = 1;
const AMPERSAND = 2;
const HYPHEN = 4;
const SLASH = 8;
const SENTENCE_PASS_TRIGGERS: readonly number[] = [
  ELISION, // "'s", "zo'n"
  AMPERSAND, // initial "&"
  HYPHEN, // final "-"
  0, // inner word symbols
  SLASH, // inner slash
  0, // initialisms
  0, // positions
];
const TRIGGER_BITS = new Uint8Array(65_536);
TRIGGER_BITS[0x27] = ELISION;
TRIGGER_BITS[0x2019] = ELISION;
TRIGGER_BITS[0x26] = AMPERSAND;
TRIGGER_BITS[0x2d] = HYPHEN;
TRIGGER_BITS[0x2f] = SLASH;

/**
 * The sentence-level passes of parse-dutch 7 (tokenizeParagraphPlugins): the eleventh breaks a
 * sentence at white space holding two line breaks, so it can only act on a text with two.
 */
const PARAGRAPH_PASS_COUNT = 13;
const IMPLICIT_BREAK_PASS = 10;

type Plugin<T> = (node: T) => void;

class FastParseDutch extends ParseDutch {
  private readonly sentencePasses: readonly { run: Plugin<Sentence>; trigger: number }[];
  private readonly paragraphPasses: readonly Plugin<Paragraph>[];
  private readonly paragraphPassesWithoutBreak: readonly Plugin<Paragraph>[];

  constructor() {
    super();
    // Another parse-dutch version may have other passes: then every pass runs.
    const sentence = this.tokenizeSentencePlugins as Plugin<Sentence>[];
    const knownSentence = sentence.length === SENTENCE_PASS_TRIGGERS.length;
    this.sentencePasses = sentence.map((run, i) => ({ run, trigger: knownSentence ? SENTENCE_PASS_TRIGGERS[i]! : 0 }));
    const paragraph = this.tokenizeParagraphPlugins as Plugin<Paragraph>[];
    this.paragraphPasses = paragraph;
    this.paragraphPassesWithoutBreak = paragraph.length === PARAGRAPH_PASS_COUNT ? paragraph.filter((_, i) => i !== IMPLICIT_BREAK_PASS) : paragraph;
  }

  /**
   * Chooses the passes for this text. tokenizeSentence runs its passes right after tokenize
   * returns, tokenizeParagraph after that; tokenize has read every character by then.
   */
  private choosePasses(seen: number, lineBreaks: number): void {
    this.tokenizeSentencePlugins = this.sentencePasses.filter((pass) => pass.trigger === 0 || (seen & pass.trigger) !== 0).map((pass) => pass.run);
    this.tokenizeParagraphPlugins = [...(lineBreaks >= 2 ? this.paragraphPasses : this.paragraphPassesWithoutBreak)];
  }

  /** parse-latin's tokenize, step for step, with the character type from the table above. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) {
      this.choosePasses(0xff, 2);
      return children;
    }
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    // A node ends where the next starts: both read one point object. No pass changes a point in
    // place (they move whole start or end references), so sharing them halves what a parse allocates.
    let start = { line, column, offset };
    let previousKind = 0;
    let previous = -1;
    let seen = 0;
    let lineBreaks = 0;
    const push = (kind: number, text: string): void => {
      const end = { line, column, offset };
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
      seen |= TRIGGER_BITS[code]!;
      // Words and white space run on; punctuation and symbols only while the character repeats.
      if (from < index && previousKind !== 0 && !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || code === previous || isSurrogate(code)))) {
        push(previousKind, value.slice(from, index));
        from = index;
      }
      if (code === 13 || code === 10) {
        lineBreaks++;
        if (code === 13 || previous !== 13) {
          line++;
          column = 1;
        }
      } else {
        column++;
      }
      offset++;
      previousKind = kind;
      previous = code;
    }
    if (previousKind !== 0 && from < value.length) push(previousKind, value.slice(from));
    this.choosePasses(seen, lineBreaks);
    return children;
  }
}

// A parser keeps no state between texts (only its list of passes), so one serves every block.
const parser = new FastParseDutch();

/** One block parsed as retext-dutch parses it. */
export function parseDutch(text: string): Root {
  return parser.parse(text);
}

/** Where parse-dutch ends the sentences of a short text: [start0, end0, start1, end1, ...]. */
export function referenceSentenceSpans(text: string): number[] {
  const root = ParseDutch.prototype.parse.call(probe, text);
  const spans: number[] = [];
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) if (child.type === 'SentenceNode') spans.push(child.position?.start.offset ?? -1, child.position?.end.offset ?? -1);
  }
  return spans;
}
