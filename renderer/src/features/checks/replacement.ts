// How an alternative is written into the text: a capital stays a capital where the original
// word had one (sentence start, title), abbreviations and proper nouns in the alternative are
// left alone. Pure, for the unit tests.

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** True when the word looks like an abbreviation or shouting: every letter upper case. */
const allCaps = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase() && text.length > 1;

export function matchCapital(original: string, alternative: string): string {
  if (!alternative) return alternative;
  if (UPPER.test(original) && !allCaps(original) && LOWER.test(alternative)) {
    return alternative.charAt(0).toUpperCase() + alternative.slice(1);
  }
  return alternative;
}

/**
 * The text after replacing [start, end) of `text` with `alternative`. An empty alternative
 * (a filler word to drop) also takes one neighbouring space, so no double space remains.
 */
export function replaceInText(text: string, start: number, end: number, alternative: string): { text: string; start: number; end: number } {
  let from = start;
  let to = end;
  if (alternative === '') {
    if (text.charAt(to) === ' ') to += 1;
    else if (text.charAt(from - 1) === ' ') from -= 1;
  }
  return { text: text.slice(0, from) + alternative + text.slice(to), start: from, end: to };
}
