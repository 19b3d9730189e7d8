// What the underlines mean: one sample per kind of line and per tint, drawn with the very colours
// the editor uses (the theme variables of the checks feature), and the keys that go with them.
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../workbench/context';
import { FAMILIES, SEVERITIES } from '../checks/families';
import './legend.css';

export function LegendView() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  return (
    <div className="legend-view">
      <p>{t('legend.intro')}</p>
      <h3>{t('legend.lines')}</h3>
      <ul className="legend-list">
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <span className={`legend-sample legend-line-${severity}`} aria-hidden="true">
              {t('legend.sample')}
            </span>{' '}
            <span>{t(`checks.severity.${severity}`)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.sentences')}</h3>
      <ul className="legend-list">
        <li>
          <span className="legend-sample legend-sentence-long" aria-hidden="true">
            {t('legend.sample')}
          </span>{' '}
          <span>{t('legend.long')}</span>
        </li>
        <li>
          <span className="legend-sample legend-sentence-very-long" aria-hidden="true">
            {t('legend.sample')}
          </span>{' '}
          <span>{t('legend.veryLong')}</span>
        </li>
      </ul>
      <h3>{t('legend.tints')}</h3>
      <ul className="legend-list">
        {FAMILIES.filter((family) => family !== 'spelling').map((family) => (
          <li key={family}>
            <span className="legend-sample" style={{ backgroundColor: `var(--check-bg-${family})` }} aria-hidden="true">
              {t('legend.sample')}
            </span>{' '}
            <span>{t(`checks.family.${family}`)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.how')}</h3>
      <ul className="legend-list">
        <li>{t('legend.hover')}</li>
        <li>{t('legend.fix')}</li>
        <li>{t('legend.next')}</li>
        <li>{t('legend.focus')}</li>
        <li>{t('legend.comment')}</li>
      </ul>
      <button type="button" className="legend-welcome" onClick={() => void controller.updateSettings({ welcomeDismissed: false })}>
        {t('legend.welcomeAgain')}
      </button>
    </div>
  );
}
