// Issue 11: the editor, panel mode and the command line give the same findings. The sample note
// is checked three ways: in the editor (status bar and the Problems panel's counts), by the real
// `helder check` on the same text written as Markdown, and in panel mode (the words explained to
// residents come from the same findings).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { familyOf } from '../../shared/checker/rules/registry';
import { toBlocks } from '../../shared/document/blocks';
import { sampleNoteJson } from '../../shared/document/sample-note';
import { test, expect, openReviewCopy, runCommand, madeReviewCopyPath } from './fixtures';

interface CliReport {
  readability: { words: number; fleschDouma: number; level: string };
  findings: Array<{ ruleId: string; severity: string; actual: string; explanation?: string }>;
}

/** The sample note as a writer would save it as Markdown: headings, list items and paragraphs. */
function sampleAsMarkdown(): string {
  return toBlocks(sampleNoteJson())
    .map((block) => (block.kind === 'heading' ? `${'#'.repeat(block.level ?? 1)} ${block.text}` : block.kind === 'listitem' ? `${'  '.repeat((block.level ?? 1) - 1)}- ${block.text}` : block.text))
    .join('\n\n');
}

function helderCheck(markdown: string): CliReport {
  const dir = mkdtempSync(join(tmpdir(), 'helder-same-'));
  try {
    const file = join(dir, 'voorbeeld.md');
    writeFileSync(file, markdown);
    const bin = join(import.meta.dirname, '../../bin/helder.mjs');
    const run = spawnSync(process.execPath, [bin, 'check', file, '--format', 'json'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as CliReport[])[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const countBy = <T,>(items: readonly T[], key: (item: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

/** The words panel mode underlines for residents, lower case, from the highlight registry. */
const explainedWords = (page: Page) =>
  page.evaluate(() => {
    const words: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('helder-explain-')) continue;
      for (const item of highlight) {
        // The registry may hold static ranges, which have no text of their own.
        const range = document.createRange();
        range.setStart(item.startContainer, item.startOffset);
        range.setEnd(item.endContainer, item.endOffset);
        words.push(range.toString().toLowerCase());
      }
    }
    return words;
  });

test('the editor, panel mode and helder check find the same in the sample note', async ({ page, app }) => {
  test.setTimeout(180_000);
  const cli = helderCheck(sampleAsMarkdown());
  expect(cli.findings.length).toBeGreaterThan(20);

  await app.openApp();
  const status = page.getByTestId('status-readability');
  await expect(status).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByTestId('problems-panel');
  await expect(panel.getByText('Bezig met controleren…')).toHaveCount(0, { timeout: 30_000 });

  // The same level, score and word count as the command line (every block kind counted alike).
  const severities = countBy(cli.findings, (finding) => finding.severity);
  await expect(status).toHaveText(
    `Leesniveau ${cli.readability.level} · Flesch-Douma ${Math.round(cli.readability.fleschDouma)} · ${severities.error ?? 0} fouten · ${severities.warning ?? 0} waarschuwingen`,
  );
  await expect(page.locator('.status-bar').getByText(`${cli.readability.words} woorden`, { exact: true })).toBeVisible();
  // The same findings of each kind.
  const editorCounts = Object.fromEntries(
    await panel.locator('.problems-counts li[data-family]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-family')!, Number(/(\d+)$/.exec(item.textContent ?? '')![1])])),
  );
  expect(editorCounts).toEqual(countBy(cli.findings, (finding) => familyOf(finding.ruleId)));

  // Panel mode: every dictionary word and abbreviation the command line explains is explained to
  // residents too (panel mode adds familiar words such as "wijkteam" on top).
  await runCommand(page, 'Maak reviewkopie');
  await madeReviewCopyPath(page);
  await openReviewCopy(page);
  const explained = cli.findings.filter((finding) => (finding.ruleId === 'jargon' || finding.ruleId === 'abbreviation') && finding.explanation).map((finding) => finding.actual.toLowerCase());
  expect(explained.length).toBeGreaterThan(5);
  const missing = async () => {
    const shown = new Set(await explainedWords(page));
    return explained.filter((word) => !shown.has(word));
  };
  await expect.poll(missing, { timeout: 30_000 }).toEqual([]);
});
