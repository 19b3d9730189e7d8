// Helpers for the one-click fix tests: a finding on a word, and the sentence its first fix writes.
import type { Checker, Finding } from '../../../shared/checker/index';

export function findingOn(checker: Checker, text: string, actual: string): Finding {
  const found = checker.checkText(text).findings.find((f) => f.actual === actual);
  if (!found) throw new Error(`geen melding voor '${actual}' in: ${text}`);
  return found;
}

/** The sentence after the first one-click fix on `actual`; null when the finding gives advice only. */
export function fixedOn(checker: Checker, text: string, actual: string): string | null {
  const f = findingOn(checker, text, actual);
  const replacement = f.expected[0];
  return replacement === undefined ? null : text.slice(0, f.start) + replacement + text.slice(f.end);
}
