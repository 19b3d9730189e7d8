// Issue 14, the advisor's review notes: an advisor gives advies on a finding (from its card) and
// on a sentence (by key); both show as advies in the Reacties view, answerable like any thread,
// and under "Adviezen" in the Leesbaarheidsrapport, in Helder and in the exported HTML.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { editor, expect, highlightedRanges, newNote, selectInNote } from './fixtures';
import { withChildHost } from './child-host';

const SENTENCE = 'Teneinde de zelfregie van inwoners te versterken, praten we met hen. Daarna kiezen we samen.';
const artifacts = path.join(import.meta.dirname, '../artifacts');

// The report loads the checker: the host runs in a child process (see child-host.ts). A panel
// low enough to leave the note in view; the advisor's name is known.
const test = withChildHost({ panelHeight: 300, authorName: 'M. Adviseur' });

const threads = (page: Page) => page.getByTestId('comments-view').first().getByTestId('comment-thread');

async function finding(page: Page, text: string) {
  const find = async () => (await highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' })).find((item) => item.text === text);
  await expect.poll(async () => (await find()) !== undefined, { message: `"${text}" is underlined`, timeout: 20_000 }).toBe(true);
  return (await find())!;
}

test('an advisor gives advies on a finding and on a sentence; it shows in the Reacties view and in the report', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await newNote(page, 'Wijkaanpak');
  await editor(page).click();
  await page.keyboard.type(SENTENCE);

  // From the finding's card: "Advies geven" opens the advies form on the finding's words.
  const zelfregie = await finding(page, 'zelfregie');
  await page.mouse.move(zelfregie.x, zelfregie.y);
  const card = page.getByTestId('finding-card');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Advies geven' }).click();
  const form = page.getByRole('dialog', { name: 'Advies geven' });
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote')).toHaveText('zelfregie');
  await expect(form).toContainText('Bij de melding: Moeilijk of ambtelijk woord.');
  await expect(form.getByRole('radio')).toHaveCount(0);
  expect(await seriousViolations(page, 'advies-form')).toEqual([]);
  await form.getByLabel('Uw advies').fill('Schrijf wat inwoners zelf mogen beslissen.');
  await form.getByRole('button', { name: 'Advies plaatsen' }).click();
  await expect(form).toHaveCount(0);

  const onFinding = threads(page).filter({ hasText: 'Schrijf wat inwoners zelf mogen beslissen.' });
  await expect(onFinding.getByTestId('comment-advice-badge')).toHaveText('Advies · bij melding: Moeilijk of ambtelijk woord');
  await expect(onFinding.locator('.comment-quote')).toHaveText('zelfregie');
  await expect(page.locator('.editor-pane:not([hidden]) mark')).toHaveText(['zelfregie']);

  // By key at the caret: Ctrl+Alt+A on a finding's words; elsewhere it says there is no finding.
  await page.mouse.move(5, 5);
  await selectInNote(page, 'Teneinde', 'caretInside');
  await page.keyboard.press('Control+Alt+a');
  await expect(form.locator('blockquote')).toHaveText('Teneinde');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await selectInNote(page, 'samen', 'caretInside');
  await page.keyboard.press('Control+Alt+a');
  await expect(page.getByRole('status').filter({ hasText: 'Hier staat geen melding.' })).toBeVisible();

  // By key: the sentence around the caret.
  await selectInNote(page, 'kiezen', 'caretInside');
  await page.keyboard.press('Control+Alt+z');
  await expect(form.locator('blockquote')).toHaveText('Daarna kiezen we samen.');
  await expect(form).toContainText('Bij deze zin');
  await form.getByLabel('Uw advies').fill('Zeg met wie u kiest.');
  await page.keyboard.press('Control+Enter');
  await expect(form).toHaveCount(0);

  // Told apart by a label and a filter, and answered like any thread.
  const onSentence = threads(page).filter({ hasText: 'Zeg met wie u kiest.' });
  await expect(onSentence.getByTestId('comment-advice-badge')).toHaveText('Advies');
  await onSentence.getByRole('button', { name: 'Reageren' }).click();
  await onSentence.getByRole('textbox', { name: 'Uw antwoord' }).fill('Met de wijkraad.');
  await onSentence.getByRole('button', { name: 'Versturen' }).click();
  await expect(onSentence.locator('.comment-item')).toHaveCount(2);
  const kind = page.getByTestId('comments-view').first().getByTestId('comments-kind-filter');
  await kind.selectOption({ label: 'Reacties' });
  await expect(threads(page)).toHaveCount(0);
  await kind.selectOption({ label: 'Adviezen' });
  await expect(threads(page)).toHaveCount(2);
  expect(await seriousViolations(page, 'reacties-advies')).toEqual([]);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'advies-reacties.png') });

  // The Leesbaarheidsrapport lists both under "Adviezen", in Helder and in the HTML export.
  await page.keyboard.press('Control+Alt+r');
  const advice = page.getByTestId('report-advice');
  await expect(advice.locator('li')).toHaveCount(2);
  await expect(advice).toContainText('Schrijf wat inwoners zelf mogen beslissen.');
  await expect(advice).toContainText('bij melding: ambtelijke taal');
  await expect(advice).toContainText('Zeg met wie u kiest.');
  await page.getByRole('button', { name: 'Exporteer als HTML' }).click();
  const toast = await page.getByRole('status').filter({ hasText: 'Rapport geschreven:' }).last().locator('span').first().innerText();
  const html = fs.readFileSync(toast.slice(toast.indexOf(':') + 1).trim(), 'utf8');
  const part = html.slice(html.indexOf('<h2>Adviezen</h2>'), html.indexOf('<h2>Verloop'));
  expect(part).toContain('<blockquote>zelfregie</blockquote>');
  expect(part).toContain('Schrijf wat inwoners zelf mogen beslissen.');
  expect(part).toContain('<blockquote>Daarna kiezen we samen.</blockquote>');
  expect(part).toContain('Met de wijkraad.');
});
