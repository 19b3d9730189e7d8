import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

export function WelcomeBanner() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const shown = useWorkbenchState((state) => state.ready && !state.settings.welcomeDismissed);
  if (!shown) return null;
  // The button that had the focus disappears with the banner: the focus goes to the note, not to the page.
  const close = () => {
    controller.activeEditor()?.focus();
    void controller.updateSettings({ welcomeDismissed: true });
  };
  return (
    <section className="welcome-banner" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <ul>
        <li>{t('welcome.colours')}</li>
        <li>{t('welcome.fix')}</li>
        <li>{t('welcome.comment')}</li>
      </ul>
      <div className="welcome-actions">
        <button type="button" onClick={() => controller.focusSideView('legend')}>
          {t('welcome.legend')}
        </button>
        <button type="button" className="welcome-close" onClick={close}>
          {t('welcome.close')}
        </button>
      </div>
    </section>
  );
}
