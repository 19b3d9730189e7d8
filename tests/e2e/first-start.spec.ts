// Issue 13, first start and everyday friction: the welcome, the gentler display of findings, ignoring
// with a reason, and returned review copies dropped onto the window.
import type { Page } from '@playwright/test';
import { test, expect, editor, highlightedRanges, newNote, type HighlightedRange } from './fixtures';
import { seriousViolations } from './axe';

const SENTENCE = 'Teneinde de zelfregie van inwoners te versterken, praten we met hen.';

const marked = (page: Page): Promise<HighlightedRange[]> => highlightedRanges(page, { prefix: 'helder-check-', skipSuffix: '-active' });

async function markOf(page: Page, text: string): Promise<HighlightedRange> {
  await expect.poll(async () => (await marked(page)).some((item) => item.text === text), { message: `"${text}" is highlighted` }).toBe(true);
  return (await marked(page)).find((item) => item.text === text) as HighlightedRange;
}

test('the finding card has a reason field; the reason shows in the Problems list', async ({ page, app }) => {
  await app.openApp();
  await newNote(page, 'Negeren met reden');
  await editor(page).click();
  await page.keyboard.type(SENTENCE);
  const zelfregie = await markOf(page, 'zelfregie');
  await page.mouse.move(zelfregie.x, zelfregie.y);
  const card = page.getByTestId('finding-card');
  await expect(card).toBeVisible();
  // The field is there from the start, with a visible label: no Shift+click needed.
  const reason = card.getByRole('textbox', { name: /Negeren met reden/ });
  await expect(reason).toBeVisible();
  expect(await seriousViolations(page, 'kaart met reden')).toEqual([]);
  await reason.fill('Vaste term van de raad');
  await card.getByRole('button', { name: 'Negeer in deze notitie' }).click();
  await expect.poll(async () => (await marked(page)).some((item) => item.text === 'zelfregie')).toBe(false);

  await page.keyboard.press('Control+Shift+M');
  const list = page.getByTestId('dismissals');
  await list.locator('summary').click();
  const entry = list.locator('.dismissal', { hasText: 'zelfregie' });
  await expect(entry).toContainText('Vaste term van de raad');
  // The report's list of ignored findings (built in main) is covered in tests/unit/cli/report.test.ts.
});
