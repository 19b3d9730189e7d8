/**
 * Subsequence match as in VS Code's quick open: "nwnot" finds "Nieuwe notitie". Lower scores rank
 * higher; consecutive letters and word starts are rewarded. Returns null when it does not match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const needle = plain(query.trim());
  if (!needle) return 0;
  const haystack = plain(text);
  const direct = haystack.indexOf(needle);
  if (direct >= 0) return direct;
  let score = 100;
  let from = 0;
  let previous = -2;
  for (const char of needle) {
    if (char === ' ') continue;
    const index = haystack.indexOf(char, from);
    if (index < 0) return null;
    const wordStart = index === 0 || /[\s:/\\-]/.test(haystack[index - 1] ?? '');
    score += index === previous + 1 ? 0 : wordStart ? 2 : 5;
    previous = index;
    from = index + 1;
  }
  return score;
}

/**
 * Lower case without accents, so "cafe" finds "café" and "een" finds "één". Decomposing keeps one
 * letter per letter (the accent is a separate mark that is dropped), so positions still match.
 */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

export function fuzzyFilter<T>(items: T[], query: string, label: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, score: fuzzyScore(query, label(item)) }))
    .filter((entry): entry is { item: T; score: number } => entry.score !== null)
    .sort((a, b) => a.score - b.score)
    .map((entry) => entry.item);
}
