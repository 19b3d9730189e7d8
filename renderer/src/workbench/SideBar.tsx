import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import { useViewRegion } from './use-view-region';

/** The side bar shows the contributed view the activity bar (or a command) chose. */
export function SideBar() {
  const { t } = useTranslation();
  const { contributions } = useWorkbench();
  const id = useWorkbenchState((state) => state.sideView);
  const view = contributions.viewsIn('side').find((item) => item.id === id) ?? contributions.viewsIn('side')[0];
  const region = useViewRegion('side', view?.id);
  if (!view) return null;
  const View = view.component;
  return (
    <aside className="side-bar" aria-label={t(view.title)} data-view={view.id} data-region="side" ref={region.ref} onKeyDown={region.onKeyDown}>
      <h2 className="side-bar-title">{t(view.title)}</h2>
      <div className="side-bar-body" data-view-body>
        <View />
      </div>
    </aside>
  );
}
