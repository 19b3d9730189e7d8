import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import type { SideView } from './state';

const items: { view: SideView; label: string; icon: string }[] = [
  { view: 'explorer', label: 'activity.explorer', icon: '🗂' },
  { view: 'search', label: 'activity.search', icon: '🔍' },
  { view: 'outline', label: 'activity.outline', icon: '☰' },
  { view: 'problems', label: 'activity.problems', icon: '⚠' },
  { view: 'comments', label: 'activity.comments', icon: '💬' },
];

export function ActivityBar() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const sideView = useWorkbenchState((state) => state.sideView);
  const visible = useWorkbenchState((state) => state.sideBarVisible);
  const button = (view: SideView, label: string, icon: string) => (
    <button
      key={view}
      type="button"
      className={`activity-item${visible && sideView === view ? ' active' : ''}`}
      aria-label={t(label)}
      title={t(label)}
      aria-pressed={visible && sideView === view}
      data-view={view}
      onClick={() => controller.showSideView(view, true)}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
  return (
    <nav className="activity-bar" aria-label={t('activity.label')}>
      <div className="activity-top">{items.map((item) => button(item.view, item.label, item.icon))}</div>
      <div className="activity-bottom">{button('settings', 'activity.settings', '⚙')}</div>
    </nav>
  );
}
