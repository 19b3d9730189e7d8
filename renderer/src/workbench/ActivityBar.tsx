import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import type { ViewContribution } from './contributions';
import { Icon } from './icons';

/** One button per side view that brings an icon; drawn from the view registry. */
export function ActivityBar() {
  const { t } = useTranslation();
  const { controller, contributions } = useWorkbench();
  const sideView = useWorkbenchState((state) => state.sideView);
  const visible = useWorkbenchState((state) => state.sideBarVisible);
  const views = contributions.viewsIn('side').filter((view) => view.icon);
  const button = (view: ViewContribution) => (
    <button
      key={view.id}
      type="button"
      className={`activity-item${visible && sideView === view.id ? ' active' : ''}`}
      aria-label={t(view.title)}
      title={t(view.title)}
      aria-pressed={visible && sideView === view.id}
      data-view={view.id}
      onClick={() => controller.showSideView(view.id, true)}
    >
      <Icon path={view.icon!} />
    </button>
  );
  return (
    <nav className="activity-bar" aria-label={t('activity.label')} data-region="activity">
      <div className="activity-top">{views.filter((view) => !view.activityBottom).map(button)}</div>
      <div className="activity-bottom">{views.filter((view) => view.activityBottom).map(button)}</div>
    </nav>
  );
}
