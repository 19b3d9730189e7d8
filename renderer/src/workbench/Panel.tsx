import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';

/** The bottom panel: one tab per contributed panel view. */
export function Panel() {
  const { t } = useTranslation();
  const { controller, contributions } = useWorkbench();
  const id = useWorkbenchState((state) => state.panelTab);
  const views = contributions.viewsIn('panel');
  const current = views.find((item) => item.id === id) ?? views[0];
  const View = current?.component;
  return (
    <section className="panel" aria-label={current ? t(current.title) : undefined}>
      <div className="panel-tabs" role="tablist">
        {views.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={item === current}
            className={`panel-tab${item === current ? ' active' : ''}`}
            onClick={() => controller.showPanel(item.id)}
          >
            {t(item.title)}
          </button>
        ))}
        <button type="button" className="panel-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => controller.togglePanel()}>
          ×
        </button>
      </div>
      <div className="panel-body" role="tabpanel">
        {View && <View />}
      </div>
    </section>
  );
}
