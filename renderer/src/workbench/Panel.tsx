import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import { ProblemsView } from '../views/ProblemsView';
import { CommentsView } from '../views/CommentsView';
import { ReadabilityPanelView } from '../views/ReadabilityPanelView';
import type { PanelTab } from './state';
import { VersionsView } from '../features/versions/VersionsView';
import { ReportView } from '../features/versions/ReportView';

export function Panel() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const tab = useWorkbenchState((state) => state.panelTab);
  const tabs: { id: PanelTab; label: string }[] = [
    { id: 'problems', label: t('panel.problems') },
    { id: 'comments', label: t('panel.comments') },
    { id: 'readability', label: t('checks.readability.title') },
    { id: 'versions', label: t('versions.title') },
    { id: 'report', label: t('report.title') },
  ];
  return (
    <section className="panel" aria-label={tabs.find((item) => item.id === tab)?.label}>
      <div className="panel-tabs" role="tablist">
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={item.id === tab}
            className={`panel-tab${item.id === tab ? ' active' : ''}`}
            onClick={() => controller.showPanel(item.id)}
          >
            {item.label}
          </button>
        ))}
        <button type="button" className="panel-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => controller.togglePanel()}>
          ×
        </button>
      </div>
      <div className="panel-body" role="tabpanel">
        {tab === 'problems' && <ProblemsView />}
        {tab === 'comments' && <CommentsView />}
        {tab === 'readability' && <ReadabilityPanelView />}
        {tab === 'versions' && <VersionsView />}
        {tab === 'report' && <ReportView />}
      </div>
    </section>
  );
}
