import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';
import { ReadabilityStatusItem } from '../features/checks/readability/ReadabilityStatusItem';
import { useActiveChecks } from '../features/checks/use-active-checks';

/** Plain readers manage roughly 200 words a minute; the figure is a guide, not a promise. */
const WORDS_PER_MINUTE = 200;

export function StatusBar() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const { snapshot } = useActiveChecks();
  const tab = useWorkbenchState((state) => state.tabs.find((item) => item.path === state.active));
  const saveLabel = tab && { saved: t('status.saved'), saving: t('status.saving'), unsaved: t('status.unsaved'), error: t('status.saveError') }[tab.save];
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      {!tab && <span>{t('status.noNote')}</span>}
      {tab && (
        <>
          <span className="status-item" data-testid="status-save" data-state={tab.save}>
            {saveLabel}
          </span>
          <span className="status-item" data-testid="status-words">
            {t('status.words', { count: tab.words })}
          </span>
          <span className="status-item">{t('status.readingTime', { minutes: Math.max(1, Math.round(tab.words / WORDS_PER_MINUTE)) })}</span>
          {tab.readOnly && <span className="status-item">{t('editor.readOnly')}</span>}
          {!tab.reviewCopy && <ReadabilityStatusItem snapshot={snapshot} onOpen={() => controller.showPanel('readability')} />}
        </>
      )}
    </footer>
  );
}
