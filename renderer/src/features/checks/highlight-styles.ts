// ::highlight() rules must name each highlight, and names are per editor (several tabs can be
// open), so the rules are written at run time into one constructed style sheet. Colours come
// from the theme variables in checks.css.
//
// How a finding looks: words get an underline (how serious) over a tint (which kind); a long or
// very long sentence gets only a shade, light or strong, as readers know it from Hemingway, so a
// paragraph of long sentences is not a block of wavy lines (the margin marker in
// sentence-markers.ts says the same without colour). In focus mode only errors are drawn.
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

export interface HighlightDisplay {
  /** Focus mode: warnings and tips are not drawn, errors are. */
  errorsOnly: boolean;
}

let display: HighlightDisplay = { errorsOnly: false };

/** Sentence findings are shaded; the long-paragraph tip (same family, severity info) keeps its dotted line. */
export const isShadedSentence = (severity: Severity, family: Family) => family === 'long-sentence' && severity !== 'info';

/** The declarations of one highlight, or null when it is not drawn in this display. */
export function styleOf(severity: Severity, family: Family, shown: HighlightDisplay): string | null {
  if (shown.errorsOnly && severity !== 'error') return null;
  if (isShadedSentence(severity, family)) return `background-color: var(--check-shade-${severity === 'error' ? 'very-long' : 'long'});`;
  const style = severity === 'info' ? 'dotted' : 'wavy';
  return `text-decoration: underline ${style} var(--check-line-${severity}); text-decoration-skip-ink: none; background-color: var(--check-bg-${family});`;
}

function rulesFor(editorId: string): string[] {
  const rules: string[] = [];
  for (const severity of SEVERITIES) {
    for (const family of FAMILIES) {
      const style = styleOf(severity, family, display);
      // A registered highlight without a rule draws nothing.
      if (style) rules.push(`::highlight(${highlightName(editorId, severity, family)}) { ${style} }`);
    }
  }
  rules.push(`::highlight(${activeHighlightName(editorId)}) { background-color: var(--check-bg-active); }`);
  // Repeats of a term are reminders, not errors: focus mode leaves them out too.
  if (!display.errorsOnly) rules.push(`::highlight(${quietHighlightName(editorId)}) { text-decoration: underline dotted var(--check-line-quiet); text-decoration-skip-ink: none; }`);
  return rules;
}

/** The rules in the sheet per editor, so a change of display rewrites them in place. */
const added = new Map<string, CSSRule[]>();

function insertRules(editorId: string) {
  const target = ensureSheet();
  const rules: CSSRule[] = [];
  for (const rule of rulesFor(editorId)) {
    const index = target.insertRule(rule, target.cssRules.length);
    const inserted = target.cssRules[index];
    if (inserted) rules.push(inserted);
  }
  added.set(editorId, rules);
}

function removeRules(editorId: string) {
  const target = ensureSheet();
  for (const rule of added.get(editorId) ?? []) {
    const index = Array.prototype.indexOf.call(target.cssRules, rule) as number;
    if (index >= 0) target.deleteRule(index);
  }
  added.delete(editorId);
}

/** Adds the rules of one editor; the returned function removes them again. */
export function registerHighlightStyles(editorId: string): () => void {
  insertRules(editorId);
  return () => removeRules(editorId);
}

/** Switches every editor's highlights to another display: only style rules change, no range is touched. */
export function setHighlightDisplay(next: HighlightDisplay): void {
  if (next.errorsOnly === display.errorsOnly) return;
  display = { ...next };
  for (const editorId of [...added.keys()]) {
    removeRules(editorId);
    insertRules(editorId);
  }
}
