import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../platform/error-message';
import { NoteEditor } from '../editor/NoteEditor';
import { useWorkbench, useWorkbenchState } from './context';
import type { TabState } from './state';

export function EditorArea() {
  const { t } = useTranslation();
  const tabs = useWorkbenchState((state) => state.tabs);
  const active = useWorkbenchState((state) => state.active);
  // Panel mode: a review copy is read by residents, in larger type and with only reading tools.
  const panelMode = tabs.some((tab) => tab.path === active && tab.reviewCopy);
  return (
    <main className={`editor-area${panelMode ? ' panel-mode' : ''}`} data-region="editor">
      <TabStrip tabs={tabs} active={active} />
      <div className="editor-stack">
        {tabs.length === 0 && <p className="editor-empty">{t('editor.empty')}</p>}
        {tabs.map((tab) => (
          <EditorPane key={tab.path} tab={tab} visible={tab.path === active} />
        ))}
      </div>
    </main>
  );
}

function TabStrip({ tabs, active }: { tabs: TabState[]; active: string | null }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const [dragged, setDragged] = useState<string | null>(null);
  const strip = useRef<HTMLDivElement>(null);
  // With many tabs the active one may sit outside the strip's visible part: bring it in.
  useEffect(() => {
    if (!active) return;
    strip.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, tabs.length]);
  // Two tabs with one title (a note and its review copies) also show their file names.
  const titleOf = (tab: TabState) => tab.title || fileName(tab.path);
  const shared = new Set(tabs.map(titleOf).filter((title, index, all) => all.indexOf(title) !== index));
  return (
    <div className="tab-strip" role="tablist" aria-label={t('editor.tabs')} ref={strip}>
      {tabs.map((tab, index) => (
        <div
          key={tab.path}
          role="tab"
          tabIndex={tab.path === active ? 0 : -1}
          aria-selected={tab.path === active}
          className={`tab${tab.path === active ? ' active' : ''}${tab.save !== 'saved' ? ' dirty' : ''}`}
          title={tab.path}
          data-path={tab.path}
          draggable
          onDragStart={() => setDragged(tab.path)}
          onDragOver={(event) => event.preventDefault()}
          onDrop={() => dragged && controller.moveTab(dragged, index)}
          onClick={() => controller.activate(tab.path)}
          onAuxClick={(event) => event.button === 1 && void controller.closeTab(tab.path)}
        >
          <span className="tab-title">{titleOf(tab)}</span>
          {shared.has(titleOf(tab)) && <span className="tab-description">{fileName(tab.path)}</span>}
          {tab.readOnly && <span className="tab-badge">{t('editor.readOnly')}</span>}
          {tab.save !== 'saved' && <span className="dirty-dot" aria-label={t('editor.dirty')}>●</span>}
          {/* For the mouse only: nothing focusable may sit inside a tab; the keyboard closes a tab with Ctrl+W. */}
          <span
            className="tab-close"
            aria-hidden="true"
            title={`${t('editor.closeTab')}: ${titleOf(tab)}`}
            onClick={(event) => {
              event.stopPropagation();
              void controller.closeTab(tab.path);
            }}
          >
            ×
          </span>
        </div>
      ))}
    </div>
  );
}

/** Every open tab keeps its editor alive (hidden when inactive) so undo history survives tab switches. */
function EditorPane({ tab, visible }: { tab: TabState; visible: boolean }) {
  const { t } = useTranslation();
  const { controller, contributions } = useWorkbench();
  return (
    <div className="editor-pane" hidden={!visible} data-path={tab.path} data-review-copy={tab.reviewCopy || undefined}>
      {tab.readOnlyReason && (
        <div className="read-only-banner" role="alert">
          <p>{errorMessage(tab.readOnlyReason, t)}</p>
          <button type="button" onClick={() => void controller.saveCopy(tab.path)}>
            {t('editor.saveCopy')}
          </button>
        </div>
      )}
      <NoteEditor
        noteKey={tab.path}
        initialDocument={tab.initialDocument}
        readOnly={tab.readOnly}
        ariaLabel={t('editor.ariaLabel')}
        placeholder={t('editor.placeholder')}
        onChange={(_getDocument, info, kind) => controller.editorChanged(tab.path, info, kind)}
        onReady={(handle) => controller.registerEditor(tab.path, handle)}
        onOpenLink={(url) => void controller.api.invoke('app.openExternal', { url }).catch((error: unknown) => controller.toastError(error))}
        onLoadError={() => controller.toast(t('editor.loadError'), 'error')}
      >
        {contributions.editorPlugins.all().map(({ id, component: Plugin }) => (
          <Plugin key={id} note={tab} visible={visible} />
        ))}
      </NoteEditor>
    </div>
  );
}

const fileName = (path: string) => (path.split(/[\\/]/).pop() ?? path).replace(/\.helder$/, '');
