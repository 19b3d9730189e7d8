// WCAG 2.1 AA in the e2e run: axe-core on every screen a writer or resident meets, with no critical
// and no serious violations; and the keyboard paths that make the workbench usable without a mouse.
import type { Page } from '@playwright/test';
import { test, expect, editor, runCommand, selectInNote } from './fixtures';
import { seriousViolations, type Violation } from './axe';

const THEMES = ['Thema: Licht', 'Thema: Donker', 'Thema: Hoog contrast'];

async function sideView(page: Page, name: string) {
  const button = page.getByRole('navigation', { name: 'Activiteiten' }).getByRole('button', { name });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(page.getByRole('complementary', { name })).toBeVisible();
}

async function panelTab(page: Page, name: string) {
  // Exact: "Leesbaarheid" would also match the "Leesbaarheidsrapport" tab.
  await page.locator('.panel').getByRole('tab', { name, exact: true }).click();
  await expect(page.locator('.panel').getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

test('axe finds no critical or serious violation on any screen, in any theme', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.openApp();
  // Findings painted, so severity marks and the Problems list are part of what is checked.
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  const found: Violation[] = [];
  const check = async (screen: string) => found.push(...(await seriousViolations(page, screen)));
  for (const theme of THEMES) {
    await runCommand(page, theme);
    for (const view of ['Verkenner', 'Zoeken', 'Overzicht', 'Problemen', 'Reacties', 'Legenda', 'Instellingen']) {
      await sideView(page, view);
      await check(`${theme} · zijbalk ${view}`);
    }
    for (const tab of ['Problemen', 'Reacties', 'Leesbaarheid', 'Legenda']) {
      await panelTab(page, tab);
      await check(`${theme} · paneel ${tab}`);
    }
  }
  await runCommand(page, 'Thema: Licht');
  await page.keyboard.press('Control+Shift+P');
  await check('opdrachtenlijst');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await check('snel openen');
  await page.keyboard.press('Escape');
  // The finding card, opened from the keyboard on the first finding.
  await editor(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.keyboard.press('Alt+F8');
  await expect(page.locator('.finding-card')).toBeVisible();
  await check('kaart bij een punt');
  await page.keyboard.press('Escape');
  // The comment dialog.
  await selectInNote(page, 'sociale basis');
  await page.keyboard.press('Control+Alt+M');
  const nameDialog = page.getByRole('dialog', { name: /Wat is uw naam/ });
  await expect(nameDialog).toBeVisible();
  await check('naam vragen');
  await nameDialog.getByRole('textbox').fill('Els Schrijver');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Nieuwe reactie' })).toBeVisible();
  await check('reactie schrijven');
  await page.keyboard.press('Escape');
  // Panel mode: a review copy as a resident reads it.
  await runCommand(page, 'Maak reviewkopie');
  await expect(page.getByText(/Reviewkopie gemaakt: /)).toBeVisible();
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('reviewkopie');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-area.panel-mode')).toBeVisible();
  await check('panelmodus');
  // One line per kind and element, with the screens it was found on: readable when it fails.
  const lines = new Map<string, string[]>();
  for (const violation of found) for (const target of violation.targets) lines.set(`${violation.impact} ${violation.id} ${target}`, [...(lines.get(`${violation.impact} ${violation.id} ${target}`) ?? []), violation.screen]);
  expect([...lines].map(([line, screens]) => `${line} (${screens.length} screens, e.g. ${screens[0]})`)).toEqual([]);
});

test('axe finds no critical or serious violation on the palette, quick open, finding card, comment dialog and panel mode in the dark and high-contrast themes', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.openApp();
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  // The name is asked once; after that the comment dialog opens straight away.
  await selectInNote(page, 'sociale basis');
  await page.keyboard.press('Control+Alt+M');
  const nameDialog = page.getByRole('dialog', { name: /Wat is uw naam/ });
  await nameDialog.getByRole('textbox').fill('Els Schrijver');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Nieuwe reactie' })).toBeVisible();
  await page.keyboard.press('Escape');
  const found: Violation[] = [];
  const check = async (screen: string) => found.push(...(await seriousViolations(page, screen)));
  for (const theme of THEMES.slice(1)) {
    await runCommand(page, theme);
    await page.keyboard.press('Control+Shift+P');
    await check(`${theme} · opdrachtenlijst`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await check(`${theme} · snel openen`);
    await page.keyboard.press('Escape');
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await page.keyboard.press('Alt+F8');
    await expect(page.locator('.finding-card')).toBeVisible();
    await check(`${theme} · kaart bij een punt`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.finding-card')).toHaveCount(0);
    await selectInNote(page, 'sociale basis');
    await page.keyboard.press('Control+Alt+M');
    await expect(page.getByRole('dialog', { name: 'Nieuwe reactie' })).toBeVisible();
    await check(`${theme} · reactie schrijven`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Nieuwe reactie' })).toHaveCount(0);
  }
  await runCommand(page, 'Maak reviewkopie');
  await expect(page.getByText(/Reviewkopie gemaakt: /)).toBeVisible();
  await page.keyboard.press('Control+P');
  await page.getByRole('combobox', { name: 'Typ de naam van een notitie' }).fill('reviewkopie');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-area.panel-mode')).toBeVisible();
  for (const theme of THEMES.slice(1)) {
    await runCommand(page, theme);
    await check(`${theme} · panelmodus`);
  }
  const lines = new Map<string, string[]>();
  for (const violation of found) for (const target of violation.targets) lines.set(`${violation.impact} ${violation.id} ${target}`, [...(lines.get(`${violation.impact} ${violation.id} ${target}`) ?? []), violation.screen]);
  expect([...lines].map(([line, screens]) => `${line} (${screens.length} screens, e.g. ${screens[0]})`)).toEqual([]);
});

test('at 200 % zoom in a 1280×720 window the settings are not cut off', async ({ page, app }) => {
  // 200 % of 1280×720 leaves the page 640×360 CSS pixels, as the browser's zoom does.
  await page.setViewportSize({ width: 640, height: 360 });
  await app.openApp();
  await page.keyboard.press('Control+,');
  const view = page.getByRole('complementary', { name: 'Instellingen' });
  await expect(view).toBeVisible();
  const cut = await view.evaluate((aside) => {
    const body = aside.querySelector('.side-bar-body')!;
    const edge = body.getBoundingClientRect().right;
    const controls = [...aside.querySelectorAll<HTMLElement>('label, button, input, select, legend, .view-hint')].filter((element) => element.getClientRects().length > 0);
    return {
      overflow: body.scrollWidth - body.clientWidth,
      outside: controls.filter((element) => element.getBoundingClientRect().right > edge + 1).map((element) => element.textContent?.trim() || element.outerHTML.slice(0, 60)),
    };
  });
  expect(cut).toEqual({ overflow: 0, outside: [] });
});

/**
 * Controls and status texts of the workbench that lie outside the window or outside a box that
 * clips them, with no scrolling box in between to bring them into view; and labels cut inside
 * their own box. Names of notes may end in "…" (they carry the full name as a title).
 */
function cutOff(page: Page) {
  return page.evaluate(() => {
    const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);
    const clips = (style: CSSStyleDeclaration) => ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    const outside = (inner: DOMRect, outer: DOMRect) => inner.left < outer.left - 1 || inner.right > outer.right + 1 || inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1;
    const window = new DOMRect(0, 0, document.documentElement.clientWidth, document.documentElement.clientHeight);
    const selector = ['.activity-bar button', '.status-bar > *', '.status-bar button', '.panel-header button', '.welcome-banner button', '.side-bar-title', '.tab-strip [role="tab"]'].join(', ');
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.getClientRects().length === 0 || getComputedStyle(element).display === 'contents') continue;
      const box = element.getBoundingClientRect();
      const name = `${element.className || element.tagName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;
      if (!element.closest('.tab-strip') && element.scrollWidth > element.clientWidth + 1) found.push(`${name}: own text cut`);
      let reachable = false;
      let cut = false;
      for (let parent = element.parentElement; parent && !reachable && !cut; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (scrolls(style)) reachable = true;
        else if (clips(style) && outside(box, parent.getBoundingClientRect())) cut = true;
      }
      if (cut || (!reachable && outside(box, window))) found.push(`${name}: outside the window`);
    }
    return { wider: document.documentElement.scrollWidth - window.width, taller: document.documentElement.scrollHeight - window.height, found };
  });
}

test('at 200 % zoom in a 1280×720 window nothing of the workbench is cut off, on first start and with the welcome closed', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await app.openApp();
  await expect(page.getByTestId('status-readability')).toBeVisible({ timeout: 20_000 });
  const welcome = page.getByRole('region', { name: 'Welkom bij Helder' });
  await expect(welcome).toBeVisible();
  expect(await cutOff(page)).toEqual({ wider: 0, taller: 0, found: [] });
  // The note itself keeps room to be read and written in: at least two lines in view.
  const noteInView = () => page.locator('.editor-pane:not([hidden])').evaluate((pane) => pane.clientHeight);
  expect(await noteInView()).toBeGreaterThanOrEqual(40);
  await welcome.getByRole('button', { name: 'Begrepen, verbergen' }).click();
  await expect(welcome).toHaveCount(0);
  expect(await cutOff(page)).toEqual({ wider: 0, taller: 0, found: [] });
  expect(await noteInView()).toBeGreaterThanOrEqual(80);
  // Every panel tab can be reached and chosen, also the ones beyond the edge at first.
  const last = page.locator('.panel').getByRole('tab', { name: 'Legenda', exact: true });
  await last.click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
});
