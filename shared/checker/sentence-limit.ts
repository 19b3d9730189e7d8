// The long-sentence limit as the other rules see it: a one-click fix or a written-out name must not
// turn a sentence that was within the limit into a long one (the fix would create a new finding).

export const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Whether `added` words push a sentence of `words` words over the long-sentence limit. */
export function crossesLimit(words: number, added: number, limit: number | null): boolean {
  return limit !== null && words <= limit && words + added > limit;
}
