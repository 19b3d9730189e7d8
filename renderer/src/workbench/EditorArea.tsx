import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../platform/error-message';
import { NoteEditor } from '../editor/NoteEditor';
import type { CheckSession } from '../checks/session';
import type { Dismissal } from '../checks/dismissals';
import { useChecksVersion } from './checks-bridge';
import { useWorkbench, useWorkbenchState } from './context';
import type { TabState } from './state';
import { CommentDialogs } from '../comments/CommentDialogs';

export function EditorArea() {
  const { t } = useTranslation();
  const tabs = useWorkbenchState((state) => state.tabs);
  const active = useWorkbenchState((state) => state.active);
  // Panel mode: a review copy is read by residents, in larger type and with only reading tools.
  const panelMode = tabs.some((tab) => tab.path === active && tab.reviewCopy);
  return (
    <main className={`editor-area${panelMode ? ' panel-mode' : ''}`}>
      <TabStrip tabs={tabs} active={active} />
      <div className="editor-stack">
        {tabs.length === 0 && <p className="editor-empty">{t('editor.empty')}</p>}
        {tabs.map((tab) => (
          <EditorPane key={tab.path} tab={tab} visible={tab.path === active} />
        ))}
      </div>
      <CommentDialogs />
    </main>
  );
}

function TabStrip({ tabs, active }: { tabs: TabState[]; active: string | null }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const [dragged, setDragged] = useState<string | null>(null);
  return (
    <div className="tab-strip" role="tablist" aria-label={t('editor.tabs')}>
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
          <span className="tab-title">{tab.title || tab.path.split(/[\\/]/).pop()}</span>
          {tab.readOnly && <span className="tab-badge">{t('editor.readOnly')}</span>}
          {tab.save !== 'saved' && <span className="dirty-dot" aria-label={t('editor.dirty')}>●</span>}
          <button
            type="button"
            className="tab-close"
            aria-label={`${t('editor.closeTab')}: ${tab.title}`}
            onClick={(event) => {
              event.stopPropagation();
              void controller.closeTab(tab.path);
            }}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Every open tab keeps its editor alive (hidden when inactive) so undo history survives tab switches. */
function EditorPane({ tab, visible }: { tab: TabState; visible: boolean }) {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const commentLayer = useMemo(() => controller.comments.layerFor(tab.path), [controller, tab.path]);
  useChecksVersion(controller.checks);
  const dismissals = controller.checks.dismissalsOf(tab.path);
  const checks = useMemo(
    () =>
      tab.reviewCopy
        ? undefined
        : {
            visible,
            dismissals,
            onDismiss: (dismissal: Dismissal) => void controller.checks.dismiss(tab.path, dismissal),
            onAddWord: (word: string) => void controller.checks.addWord(word),
            onSession: (session: CheckSession | null) => controller.checks.setSession(tab.path, session),
          },
    [controller, tab.path, tab.reviewCopy, visible, dismissals],
  );
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
        onOutline={(outline) => visible && controller.setOutline(outline)}
        onReady={(handle) => controller.registerEditor(tab.path, handle)}
        onOpenLink={(url) => void controller.api.invoke('app.openExternal', { url }).catch((error: unknown) => controller.toastError(error))}
        onLoadError={() => controller.toast(t('editor.loadError'), 'error')}
        commentLayer={commentLayer}
        checks={checks}
        explainTerms={tab.reviewCopy}
      />
    </div>
  );
}
