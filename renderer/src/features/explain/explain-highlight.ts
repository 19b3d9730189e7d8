// The calm dotted line under explained words. ::highlight() rules must name each highlight and
// names are per editor, so the rule is written at run time into a constructed style sheet of
// its own (the writer's check colours live elsewhere and are not used here).
let sheet: CSSStyleSheet | null = null;

export const explainHighlightName = (editorId: string) => `helder-explain-${editorId}`;

/** Adds the rule for one editor's highlight; the returned function removes it again. */
export function registerExplainStyle(editorId: string): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const target = sheet;
  const index = target.insertRule(
    `::highlight(${explainHighlightName(editorId)}) { text-decoration: underline dotted var(--explain-line); ` +
      'text-decoration-thickness: 2px; text-underline-offset: 0.25em; text-decoration-skip-ink: none; }',
    target.cssRules.length,
  );
  const rule = target.cssRules[index];
  return () => {
    const at = Array.prototype.indexOf.call(target.cssRules, rule) as number;
    if (at >= 0) target.deleteRule(at);
  };
}
