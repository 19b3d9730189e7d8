import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';

/** Plain readers manage roughly 200 words a minute; the figure is a guide, not a promise. */
const WORDS_PER_MINUTE = 200;

export function StatusBar() {
  const { t } = useTranslation();
  const { contributions } = useWorkbench();
  const tab = useWorkbenchState((state) => state.tabs.find((item) => item.path === state.active));
  const saveLabel = tab && { saved: t('status.saved'), saving: t('status.saving'), unsaved: t('status.unsaved'), error: t('status.saveError') }[tab.save];
  return (
    <footer className="status-bar" data-region="status">
      <div className="status-live" role="status" aria-live="polite">
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
        </>
      )}
      </div>
      {contributions.statusItems.all().map(({ id, component: Item }) => (
        <Item key={id} />
      ))}
    </footer>
  );
}
