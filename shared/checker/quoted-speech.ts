// Quoted speech: the words of a resident or an alderman between quote marks ("Dit veld is door
// de buurt zelf bedacht," zei ze). The writer reports them as they were said, so their style is
// not the writer's to change. A quoted name or title ("Samen Sterk", 'Thuis in de wijk') is not
// speech: it needs at least MIN_WORDS words and a sentence sign or a reporting verb nearby.

export interface QuoteSpan {
  start: number;
  /** Exclusive: the offset of the closing mark. */
  end: number;
}

const MIN_WORDS = 4;
/** Opening mark → the marks that close it. Straight single quotes are left out: "auto's". */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '”“', '«': '»' };
const REPORTING = /^\s*(?:,\s*)?(?:zegt|zei|zeggen|zeiden|vertelt|vertelde|vertellen|vertelden|legt|legde|vindt|vond|aldus|lacht|lachte|roept|riep|vraagt|vroeg|antwoordt|antwoordde)\b/iu;

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

/** Every stretch between a double opening mark and its closing mark on the same line, in order. */
export function quotePairs(text: string): QuoteSpan[] {
  const pairs: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters open nothing: a code test before the table (a one-character string per character showed in profiles).
    const code = text.charCodeAt(i);
    const closers = code === 0x22 || code === 0x201c || code === 0x201e || code === 0xab ? CLOSERS[text[i]!] : undefined;
    if (closers === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j]!) && text[j] !== '\n') j++;
    if (j >= text.length || text[j] === '\n') {
      i++;
      continue;
    }
    pairs.push({ start: i + 1, end: j });
    i = j + 1;
  }
  return pairs;
}

/** The spans of quoted speech in a block's text, in order. */
export function quotedSpeech(text: string): QuoteSpan[] {
  return quotePairs(text).filter(({ start, end }) => {
    const inside = text.slice(start, end);
    // Speech ends like a sentence inside the marks ("...," zei ze / "... ."), or a verb of saying follows.
    const saidLikeASentence = /[.,!?…]\s*$/u.test(inside) || REPORTING.test(text.slice(end + 1, end + 30));
    return words(inside) >= MIN_WORDS && saidLikeASentence;
  });
}

/** Whether [start, end) lies inside one of the spans. */
export function insideQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
