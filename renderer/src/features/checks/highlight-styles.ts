// ::highlight() rules must name each highlight, and names are per editor (several tabs can be
// open), so the rules are written at run time into one constructed style sheet. Colours come
// from the theme variables in checks.css.
import { FAMILIES, SEVERITIES, type Family } from './families';
import type { Severity } from '../../../../shared/checker/types';

let sheet: CSSStyleSheet | null = null;

function ensureSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

export const highlightName = (editorId: string, severity: Severity, family: Family) => `helder-check-${editorId}-${severity}-${family}`;
export const activeHighlightName = (editorId: string) => `helder-check-${editorId}-active`;
/** Later uses of a term the note already has a finding for: a thin dotted line, no colour fill. */
export const quietHighlightName = (editorId: string) => `helder-check-${editorId}-quiet`;

function rulesFor(editorId: string): string[] {
  const rules: string[] = [];
  for (const severity of SEVERITIES) {
    for (const family of FAMILIES) {
      const style = severity === 'info' ? 'dotted' : 'wavy';
      rules.push(
        `::highlight(${highlightName(editorId, severity, family)}) { text-decoration: underline ${style} var(--check-line-${severity}); ` +
          `text-decoration-skip-ink: none; background-color: var(--check-bg-${family}); }`,
      );
    }
  }
  rules.push(`::highlight(${activeHighlightName(editorId)}) { background-color: var(--check-bg-active); }`);
  rules.push(`::highlight(${quietHighlightName(editorId)}) { text-decoration: underline dotted var(--check-line-quiet); text-decoration-skip-ink: none; }`);
  return rules;
}

/** Adds the rules of one editor; the returned function removes them again. */
export function registerHighlightStyles(editorId: string): () => void {
  const target = ensureSheet();
  const added: CSSRule[] = [];
  for (const rule of rulesFor(editorId)) {
    const index = target.insertRule(rule, target.cssRules.length);
    const inserted = target.cssRules[index];
    if (inserted) added.push(inserted);
  }
  return () => {
    for (const rule of added) {
      const index = Array.prototype.indexOf.call(target.cssRules, rule) as number;
      if (index >= 0) target.deleteRule(index);
    }
  };
}
