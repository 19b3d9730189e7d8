import { useEffect } from 'react';
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
          <ul className="explorer-list" role="listbox" aria-label={werkmap.name}>
            {werkmap.notes.map((note) => (
              <li
                key={note.path}
                role="option"
                aria-selected={note.path === active}
                tabIndex={0}
                className={`explorer-item${note.path === active ? ' active' : ''}`}
                data-path={note.path}
                title={note.path}
                onClick={() => void controller.openNote(note.path)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void controller.openNote(note.path);
                  if (event.key === 'F2') void controller.renameNote(note.path);
                  if (event.key === 'Delete') void controller.deleteNote(note.path);
                }}
              >
                <span className="explorer-item-name">{note.name.replace(/\.helder$/, '')}</span>
                {dirty.has(note.path) && <span className="dirty-dot" aria-label={t('editor.dirty')}>●</span>}
                <span className="explorer-item-actions">
                  <button type="button" aria-label={t('explorer.rename')} title={t('explorer.rename')} onClick={(event) => (event.stopPropagation(), void controller.renameNote(note.path))}>
                    ✎
                  </button>
                  <button type="button" aria-label={t('explorer.delete')} title={t('explorer.delete')} onClick={(event) => (event.stopPropagation(), void controller.deleteNote(note.path))}>
                    🗑
                  </button>
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
