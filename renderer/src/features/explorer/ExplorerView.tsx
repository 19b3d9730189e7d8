import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

export function ExplorerView() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const werkmap = useWorkbenchState((state) => state.werkmap);
  const active = useWorkbenchState((state) => state.active);
  const unsavedPaths = useWorkbenchState((state) => state.tabs.filter((tab) => tab.save !== 'saved').map((tab) => tab.path).join('\n'));
  const dirty = new Set(unsavedPaths.split('\n'));
  const recent = useWorkbenchState((state) => state.recent);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  // Another active note makes it the tree's tab stop again, whatever was focused in the tree before.
  useEffect(() => setFocusPath(null), [active]);
  const tabStop = [focusPath, active].find((path) => path && werkmap?.notes.some((note) => note.path === path)) ?? werkmap?.notes[0]?.path;

  /** Up, Down, Home and End move the focus between the notes of the tree. */
  const moveInTree = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const index = items.findIndex((item) => item === document.activeElement);
    const target =
      event.key === 'ArrowDown' ? items[Math.min(index + 1, items.length - 1)] : event.key === 'ArrowUp' ? items[Math.max(index - 1, 0)] : event.key === 'Home' ? items[0] : event.key === 'End' ? items[items.length - 1] : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  useEffect(() => {
    // Files that change on disk outside Helder show up without a manual refresh.
    return controller.api.on('werkmap.changed', (event) => {
      if (event.folder === controller.state.werkmap?.folder) void controller.refreshWerkmap();
    });
  }, [controller]);

  return (
    <div className="explorer">
      <div className="view-toolbar">
        <button type="button" onClick={() => void controller.newNote()} data-testid="explorer-new-note">
          {t('explorer.newNote')}
        </button>
        <button type="button" onClick={() => void controller.openWerkmap()}>
          {t('explorer.openWerkmap')}
        </button>
        <button type="button" onClick={() => void controller.refreshWerkmap()} aria-label={t('explorer.refresh')} title={t('explorer.refresh')}>
          ⟳
        </button>
      </div>
      {!werkmap && <p className="view-empty">{t('explorer.noWerkmap')}</p>}
      {werkmap && (
        <section aria-label={werkmap.name}>
          <h3 className="explorer-folder" title={werkmap.folder}>
            {werkmap.name}
          </h3>
          {werkmap.notes.length === 0 && <p className="view-empty">{t('explorer.empty')}</p>}
          <ul className="explorer-list" role="tree" aria-label={werkmap.name} onKeyDown={moveInTree}>
            {werkmap.notes.map((note) => (
              <li
                key={note.path}
                role="treeitem"
                aria-selected={note.path === active}
                // One tab stop for the whole tree: the open note (or the first); arrows move inside.
                tabIndex={note.path === tabStop ? 0 : -1}
                data-focus-first={note.path === tabStop || undefined}
                className={`explorer-item${note.path === active ? ' active' : ''}`}
                data-path={note.path}
                title={note.path}
                onFocus={() => setFocusPath(note.path)}
                onClick={() => void controller.openNote(note.path)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void controller.openNote(note.path);
                  else if (event.key === 'F2') void controller.renameNote(note.path);
                  else if (event.key === 'Delete') void controller.deleteNote(note.path);
                  else return;
                  event.preventDefault();
                }}
              >
                <span className="explorer-item-name">{note.name.replace(/\.helder$/, '')}</span>
                {dirty.has(note.path) && <span className="dirty-dot" role="img" aria-label={t('editor.dirty')}>●</span>}
                {/* For the mouse only (nothing focusable inside a tree item); the keyboard has F2 and Delete. */}
                <span className="explorer-item-actions" aria-hidden="true">
                  <span className="icon-action" title={t('explorer.rename')} onClick={(event) => (event.stopPropagation(), void controller.renameNote(note.path))}>
                    ✎
                  </span>
                  <span className="icon-action" title={t('explorer.delete')} onClick={(event) => (event.stopPropagation(), void controller.deleteNote(note.path))}>
                    🗑
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {recent.length > 0 && (
        <section className="explorer-recent" aria-label={t('explorer.recent')}>
          <h3>{t('explorer.recent')}</h3>
          <ul>
            {recent.map((folder) => (
              <li key={folder}>
                <button type="button" className="link-button" title={folder} onClick={() => void controller.openWerkmap(folder)}>
                  {folder.split(/[\\/]/).pop()}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
