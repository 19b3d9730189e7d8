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

/**
 * memoByWord with one memo per word list: a checker with its own list (an organisation's
 * dictionary) gets its own answers, and a list no checker holds any more lets its memo go.
 */
export function memoByWordPerList<T>(compute: (word: string, list: ReadonlySet<string>) => T, limit: number): (word: string, list: ReadonlySet<string>) => T {
  const memos = new WeakMap<ReadonlySet<string>, (word: string) => T>();
  return (word, list) => {
    let memo = memos.get(list);
    if (!memo) {
      memo = memoByWord((w: string) => compute(w, list), limit);
      memos.set(list, memo);
    }
    return memo(word);
  };
}

/**
 * Remembers a pure function's answer per object (a dictionary, an entry, a list of phrases):
 * worked out once, and let go with the object.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
