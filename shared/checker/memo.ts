/**
 * Remembers a pure function's answers per word. The checker sees the same words over and over
 * while a note is typed; the limit keeps a pasted book from growing the map without end (the map
 * is simply emptied when full, which is cheap and good enough for word-level work).
 */
export function memoByWord<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    // One lookup on a hit (the common case); has() only when the answer may be undefined itself.
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known as T;
    const value = compute(word);
    if (memo.size >= limit) memo.clear();
    memo.set(word, value);
    return value;
  };
}
