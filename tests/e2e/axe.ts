// axe-core in the page: the WCAG 2.0/2.1/2.2 A and AA rules, run on what is on screen now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// Evaluated over the DevTools protocol: the page's CSP (script-src 'self') stays as in the app.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  screen: string;
  id: string;
  impact: string;
  targets: string[];
}

/** The critical and serious violations on the page as it is now, named by `screen`. */
export async function seriousViolations(page: Page, screen: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)) }));
  });
  return results.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious').map((violation) => ({ screen, ...violation }));
}
