// How a drawn finding looks. The marks are boxes in a layer under the text (mark-layer.ts); each
// carries a look (severity-family, quiet or active) and the rules for the looks are written at run
// time into one constructed style sheet, so focus mode rewrites rules and never touches a mark.
// Colours come from the theme variables in checks.css, the line shapes (wavy, dotted) too.
//
// How a finding looks: words get an underline (how serious) over a tint (which kind); a long or
// very long sentence gets only a shade, light or strong, as readers know it from Hemingway, so a
// paragraph of long sentences is not a block of wavy lines (the margin marker in
// sentence-markers.ts says the same without colour). In focus mode only errors are drawn.
import { FAMILIES, SEVERITIES, severityRank, type Family } from './families';
import type { Severity } from '../../../../shared/checker/types';

let sheet: CSSStyleSheet | null = null;

function ensureSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

/** The look of a finding's marks: how serious and which kind. */
export const lookOf = (severity: Severity, family: Family) => `${severity}-${family}`;
/** The extra tint over the finding the hover card points at. */
export const ACTIVE_LOOK = 'active';
/** Later uses of a term the note already has a finding for: a thin dotted line, no colour fill. */
export const QUIET_LOOK = 'quiet';

export interface HighlightDisplay {
  /** Focus mode: warnings and tips are not drawn, errors are. */
  errorsOnly: boolean;
}

let display: HighlightDisplay = { errorsOnly: false };

/** Sentence findings are shaded; the long-paragraph tip (same family, severity info) keeps its dotted line. */
export const isShadedSentence = (severity: Severity, family: Family) => family === 'long-sentence' && severity !== 'info';

/**
 * The declarations of one look, or null when it is not drawn in this display. A mark's own
 * background is the tint or shade; its line (checks.css: the mark's ::after) takes its colour from
 * --mark-line and its shape from --mark-underline.
 */
export function styleOf(severity: Severity, family: Family, shown: HighlightDisplay): string | null {
  if (shown.errorsOnly && severity !== 'error') return null;
  if (isShadedSentence(severity, family)) return `background-color: var(--check-shade-${severity === 'error' ? 'very-long' : 'long'});`;
  const line = severity === 'info' ? 'dotted' : 'wavy';
  return `--mark-underline: var(--check-underline-${line}); --mark-line: var(--check-line-${severity}); background-color: var(--check-bg-${family});`;
}

const rule = (look: string, style: string, layer: number) => `.check-marks > [data-look='${look}'] { ${style} z-index: ${layer}; }`;

function rules(): string[] {
  const out: string[] = [];
  for (const severity of SEVERITIES) {
    for (const family of FAMILIES) {
      const style = styleOf(severity, family, display);
      // A mark without a rule draws nothing; the more serious one lies on top where two overlap.
      if (style) out.push(rule(lookOf(severity, family), style, severityRank(severity) + 1));
    }
  }
  out.push(rule(ACTIVE_LOOK, 'background-color: var(--check-bg-active);', 10));
  // Repeats of a term are reminders, not errors: focus mode leaves them out too.
  if (!display.errorsOnly) out.push(rule(QUIET_LOOK, '--mark-underline: var(--check-underline-dotted); --mark-line: var(--check-line-quiet);', 1));
  return out;
}

/** Editors that draw marks; the rules stay while there is one. */
let users = 0;

function writeRules() {
  const target = ensureSheet();
  while (target.cssRules.length > 0) target.deleteRule(0);
  for (const text of rules()) target.insertRule(text, target.cssRules.length);
}

/** Adds the rules for the looks (once for all editors); the returned function gives them up again. */
export function registerHighlightStyles(): () => void {
  users += 1;
  if (users === 1) writeRules();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    users -= 1;
    if (users === 0) ensureSheet().replaceSync('');
  };
}

/** Switches every editor's marks to another display: only style rules change, no mark is touched. */
export function setHighlightDisplay(next: HighlightDisplay): void {
  if (next.errorsOnly === display.errorsOnly) return;
  display = { ...next };
  if (users > 0) writeRules();
}
