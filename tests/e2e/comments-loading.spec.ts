// While a note's comments are being read, the Reacties view says so: it never tells the writer
// that a note with comments has none. A list that cannot be read says that too, and reading it
// again from the palette brings the threads.
import { flatten, selectorAt } from '../../shared/comments';
import { sampleNote, toBlocks } from '../../shared/document';
import { test, expect, hostCall, runCommand } from './fixtures';

test('the Reacties view says it is reading the comments until they came, and says so when they could not be read', async ({ page, app }) => {
  await app.openApp();
  const { werkmap } = await hostCall<{ werkmap: string | null }>(app.host, 'session.get', {});
  if (!werkmap) throw new Error('the app opened without a werkmap');
  const document = JSON.stringify(sampleNote());
  const { path } = await hostCall<{ path: string }>(app.host, 'notes.create', { folder: werkmap, title: 'Met een reactie' });
  await hostCall(app.host, 'notes.save', { path, document, kind: 'named', name: 'tekst' });
  const flat = flatten(toBlocks(document));
  const word = /Aanleiding/.exec(flat.text)!;
  const selector = selectorAt(flat, word.index, word.index + word[0].length);
  await hostCall(app.host, 'comments.add', { path, anchor: { ...selector, blockId: selector.blockId ?? '' }, stance: 'vraag', body: 'Wat is de aanleiding?', author: 'Bewoner' });
  await hostCall(app.host, 'notes.close', { path });
  await page.reload();
  await expect(page.locator('.workbench[data-ready="true"]')).toBeVisible();
  await runCommand(page, 'Beeld: Reacties tonen');
  const view = page.getByTestId('comments-view').first();

  // The first read fails (as a broken connection would), the second is held until released.
  let calls = 0;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/comments.summaries', async (route) => {
    calls += 1;
    if (calls === 1) return route.abort('failed');
    await held;
    return route.continue();
  });

  await page.locator('.explorer-item', { hasText: 'Met een reactie' }).first().click();
  await expect(view.getByTestId('comments-loading')).toHaveText('De reacties konden niet worden gelezen. Probeer het opnieuw met de opdracht ‘Reacties: Opnieuw inlezen’.');
  await expect(view).not.toContainText('Er zijn nog geen reacties.');

  await runCommand(page, 'Reacties: Opnieuw inlezen');
  await expect(view.getByTestId('comments-loading')).toHaveText('Reacties worden gelezen…');
  await expect(view).not.toContainText('Er zijn nog geen reacties.');
  await expect(view.getByTestId('comment-thread')).toHaveCount(0);

  release();
  await expect(view.getByTestId('comment-thread')).toHaveCount(1);
  await expect(view.getByTestId('comment-thread')).toContainText('Aanleiding');
  await expect(view.getByTestId('comments-loading')).toHaveCount(0);
});
