import { useTranslation } from 'react-i18next';
import { useWorkbenchState } from './context';
import { ExplorerView } from '../features/explorer/ExplorerView';
import { SearchView } from '../features/search/SearchView';
import { OutlineView } from '../features/outline/OutlineView';
import { SettingsView } from '../features/settings/SettingsView';
import { ProblemsView } from '../features/checks/problems/ProblemsView';
import { CommentsView } from '../features/comments/CommentsView';
import type { SideView } from './state';

const titles: Record<SideView, string> = {
  explorer: 'explorer.title',
  search: 'search.title',
  outline: 'outline.title',
  settings: 'settings.title',
  problems: 'panel.problems',
  comments: 'panel.comments',
};

export function SideBar() {
  const { t } = useTranslation();
  const view = useWorkbenchState((state) => state.sideView);
  return (
    <aside className="side-bar" aria-label={t(titles[view])} data-view={view}>
      <h2 className="side-bar-title">{t(titles[view])}</h2>
      <div className="side-bar-body">
        {view === 'explorer' && <ExplorerView />}
        {view === 'search' && <SearchView />}
        {view === 'outline' && <OutlineView />}
        {view === 'settings' && <SettingsView />}
        {view === 'problems' && <ProblemsView />}
        {view === 'comments' && <CommentsView />}
      </div>
    </aside>
  );
}
