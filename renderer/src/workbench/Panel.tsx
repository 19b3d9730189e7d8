import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import { useViewRegion } from './use-view-region';

/** The bottom panel: one tab per contributed panel view. */
export function Panel() {
  const { t } = useTranslation();
  const { controller, contributions } = useWorkbench();
  const id = useWorkbenchState((state) => state.panelTab);
  const views = contributions.viewsIn('panel');
  const current = views.find((item) => item.id === id) ?? views[0];
  const View = current?.component;
  const region = useViewRegion('panel', current?.id);
  // Arrow keys move between the tabs (one tab stop for the whole list, as ARIA tabs expect).
  const onTabKey = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const index = views.findIndex((item) => item === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || index < 0) return;
    event.preventDefault();
    const next = views[(index + step + views.length) % views.length]!;
    controller.showPanel(next.id);
    const list = event.currentTarget;
    requestAnimationFrame(() => list.querySelector<HTMLElement>(`#panel-tab-${next.id}`)?.focus());
  };
  return (
    <section className="panel" aria-label={t('panel.label')} data-region="panel" ref={region.ref} onKeyDown={region.onKeyDown}>
      <div className="panel-header">
      <div className="panel-tabs" role="tablist" aria-label={t('panel.label')} onKeyDown={onTabKey}>
        {views.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`panel-tab-${item.id}`}
            aria-controls="panel-body"
            tabIndex={item === current ? 0 : -1}
            aria-selected={item === current}
            className={`panel-tab${item === current ? ' active' : ''}`}
            onClick={() => controller.showPanel(item.id)}
          >
            {t(item.title)}
          </button>
        ))}
      </div>
        <button type="button" className="panel-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => controller.togglePanel()}>
          ×
        </button>
      </div>
      <div className="panel-body" role="tabpanel" tabIndex={0} id="panel-body" aria-labelledby={current ? `panel-tab-${current.id}` : undefined} data-view-body>
        {View && <View />}
      </div>
    </section>
  );
}
