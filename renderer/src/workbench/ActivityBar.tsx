import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import type { SideView } from './state';
import { Icon } from './icons';

const items: { view: SideView; label: string }[] = [
  { view: 'explorer', label: 'activity.explorer' },
  { view: 'search', label: 'activity.search' },
  { view: 'outline', label: 'activity.outline' },
  { view: 'problems', label: 'activity.problems' },
  { view: 'comments', label: 'activity.comments' },
];

export function ActivityBar() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const sideView = useWorkbenchState((state) => state.sideView);
  const visible = useWorkbenchState((state) => state.sideBarVisible);
  const button = (view: SideView, label: string) => (
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
      <Icon name={view} />
    </button>
  );
  return (
    <nav className="activity-bar" aria-label={t('activity.label')}>
      <div className="activity-top">{items.map((item) => button(item.view, item.label))}</div>
      <div className="activity-bottom">{button('settings', 'activity.settings')}</div>
    </nav>
  );
}
