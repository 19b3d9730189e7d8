// Dismissed findings ("Negeer hier", "Negeer in deze nota"). A dismissal remembers the rule, the
// quoted text and a little context on both sides, not offsets: offsets move with every edit
// elsewhere, the quote does not. A finding returns as soon as its own text changes.
import type { Finding } from '../../../../shared/checker/types';
import type { Dismissal, DismissalScope } from '../../../../shared/contract/checks';

export type { Dismissal, DismissalScope };

/** Characters of context kept on each side: enough to tell two uses of a word apart. */
export const CONTEXT_CHARS = 24;

const squash = (text: string) => text.replace(/\s+/gu, ' ');

export function contextOf(text: string, start: number, end: number): { quote: string; prefix: string; suffix: string } {
  return {
    quote: text.slice(start, end),
    prefix: squash(text.slice(Math.max(0, start - CONTEXT_CHARS), start)),
    suffix: squash(text.slice(end, end + CONTEXT_CHARS)),
  };
}

export function dismissalFor(finding: Finding, blockText: string, scope: DismissalScope, reason?: string): Dismissal {
  const context = contextOf(blockText, finding.start, finding.end);
  const dismissal: Dismissal = { ruleId: finding.ruleId, scope, ...context };
  if (scope === 'note') {
    dismissal.prefix = '';
    dismissal.suffix = '';
  }
  if (reason) dismissal.reason = reason;
  return dismissal;
}

/** Two dismissals are the same when they would hide the same findings (the reason aside). */
export function dismissalKey(dismissal: Dismissal): string {
  const quote = dismissal.scope === 'note' ? dismissal.quote.toLowerCase() : dismissal.quote;
  return JSON.stringify([dismissal.ruleId, dismissal.scope, quote, dismissal.prefix, dismissal.suffix]);
}

function matches(dismissal: Dismissal, finding: Finding, blockText: string): boolean {
  if (dismissal.ruleId !== finding.ruleId) return false;
  const quote = blockText.slice(finding.start, finding.end);
  if (dismissal.scope === 'note') return dismissal.quote.toLowerCase() === quote.toLowerCase();
  if (dismissal.quote !== quote) return false;
  const here = contextOf(blockText, finding.start, finding.end);
  // One intact side is enough: an edit right before the word should not undo the writer's choice.
  return here.prefix === dismissal.prefix || here.suffix === dismissal.suffix;
}

export function isDismissed(finding: Finding, blockText: string, dismissals: readonly Dismissal[]): boolean {
  for (const dismissal of dismissals) if (matches(dismissal, finding, blockText)) return true;
  return false;
}

/** Splits findings into shown and dismissed; `textOf` gives the current text of a block. */
export function applyDismissals(
  findings: readonly Finding[],
  textOf: (blockId: string) => string | undefined,
  dismissals: readonly Dismissal[],
): { shown: Finding[]; dismissed: Finding[] } {
  if (dismissals.length === 0) return { shown: [...findings], dismissed: [] };
  const byRule = new Map<string, Dismissal[]>();
  for (const dismissal of dismissals) {
    const list = byRule.get(dismissal.ruleId);
    if (list) list.push(dismissal);
    else byRule.set(dismissal.ruleId, [dismissal]);
  }
  const shown: Finding[] = [];
  const dismissed: Finding[] = [];
  for (const finding of findings) {
    const candidates = byRule.get(finding.ruleId);
    const text = textOf(finding.blockId);
    if (candidates && text !== undefined && isDismissed(finding, text, candidates)) dismissed.push(finding);
    else shown.push(finding);
  }
  return { shown, dismissed };
}
