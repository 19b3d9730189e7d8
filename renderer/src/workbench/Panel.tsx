import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import { ProblemsView } from '../features/checks/problems/ProblemsView';
import { CommentsView } from '../features/comments/CommentsView';
import { ReadabilityPanelView } from '../features/checks/readability/ReadabilityPanelView';
import type { PanelTab } from './state';

export function Panel() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const tab = useWorkbenchState((state) => state.panelTab);
  const tabs: { id: PanelTab; label: string }[] = [
    { id: 'problems', label: t('panel.problems') },
    { id: 'comments', label: t('panel.comments') },
    { id: 'readability', label: t('checks.readability.title') },
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
      </div>
    </section>
  );
}
