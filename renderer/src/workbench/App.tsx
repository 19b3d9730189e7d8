import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import type { CommandRegistry } from '../commands/registry';
import type { Contributions } from './contributions';
import type { WorkbenchController } from './controller';
import { WorkbenchContext, useWorkbench, useWorkbenchState } from './context';
import { ActivityBar } from './ActivityBar';
import { SideBar } from './SideBar';
import { EditorArea } from './EditorArea';
import { Panel } from './Panel';
import { StatusBar } from './StatusBar';
import { Overlays } from './Overlays';
import { Toasts } from './Toasts';
import { useGlobalKeybindings } from './use-global-keybindings';
import { Sash } from './Sash';
import { Announcer } from './Announcer';

export function App({ controller, commands, contributions }: { controller: WorkbenchController; commands: CommandRegistry; contributions: Contributions }) {
  const services = useMemo(() => ({ controller, commands, contributions }), [controller, commands, contributions]);
  return (
    <I18nextProvider i18n={i18n}>
      <WorkbenchContext.Provider value={services}>
        <Workbench />
      </WorkbenchContext.Provider>
    </I18nextProvider>
  );
}

function Workbench() {
  useGlobalKeybindings();
  const sideBarVisible = useWorkbenchState((state) => state.sideBarVisible);
  const panelVisible = useWorkbenchState((state) => state.panelVisible);
  const sideBarWidth = useWorkbenchState((state) => state.settings.sideBarWidth);
  const panelHeight = useWorkbenchState((state) => state.settings.panelHeight);
  const ready = useWorkbenchState((state) => state.ready);
  const { contributions } = useWorkbench();
  useFlushOnHide();
  return (
    <div className="workbench" data-ready={ready ? 'true' : 'false'}>
      <div className="workbench-main">
        <ActivityBar />
        {sideBarVisible && (
          <>
            <div className="side-bar-container" style={{ width: sideBarWidth }}>
              <SideBar />
            </div>
            <Sash direction="vertical" setting="sideBarWidth" />
          </>
        )}
        <div className="editor-and-panel">
          <EditorArea />
          {panelVisible && (
            <>
              <Sash direction="horizontal" setting="panelHeight" />
              <div className="panel-container" style={{ height: panelHeight }}>
                <Panel />
              </div>
            </>
          )}
        </div>
      </div>
      <StatusBar />
      {contributions.parts.all().map(({ id, component: Part }) => (
        <Part key={id} />
      ))}
      <Overlays />
      <Toasts />
      <Announcer />
    </div>
  );
}

/** Writes pending text when the window is hidden or closed, so a quit never loses the last second. */
function useFlushOnHide() {
  const { controller } = useWorkbench();
  useEffect(() => {
    const flush = () => void controller.flushAll();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [controller]);
}

