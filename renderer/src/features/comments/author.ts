import { cleanAuthor } from '../../../../shared/comments';
import type { Workbench } from '../../workbench/services';

/** The author name from the settings; asked once when it is still empty (comments and "niet begrepen" marks). */
export async function ensureAuthorName(wb: Workbench): Promise<string | null> {
  const known = cleanAuthor(wb.state.settings.authorName);
  if (known) return known;
  const typed = await wb.prompt(wb.t('comments.askName'), '');
  const name = typed === null ? '' : cleanAuthor(typed);
  if (!name) return null;
  await wb.updateSettings({ authorName: name });
  return name;
}
