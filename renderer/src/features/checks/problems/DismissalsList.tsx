import { useTranslation } from 'react-i18next';
import type { StoredDismissal } from '../../../../../shared/contract';

/**
 * What the writer chose to ignore, with the reasons, so an advisor can review it and put a
 * finding back.
 */
export function DismissalsList({ dismissals, onRestore }: { dismissals: readonly StoredDismissal[]; onRestore(id: number): void }) {
  const { t } = useTranslation();
  return (
    <details className="dismissals" data-testid="dismissals">
      <summary>{t('checks.problems.dismissedTitle', { count: dismissals.length })}</summary>
      {dismissals.length === 0 && <p className="view-empty">{t('checks.problems.dismissedNone')}</p>}
      <ul>
        {dismissals.map((dismissal) => (
          <li key={dismissal.id} className="dismissal">
            <span className="problems-quote">“{dismissal.quote.length > 60 ? `${dismissal.quote.slice(0, 57)}…` : dismissal.quote}”</span>{' '}
            <span>
              {t(`checks.rule.${dismissal.ruleId}`, { defaultValue: dismissal.ruleId })},{' '}
              {dismissal.scope === 'here' ? t('checks.problems.dismissedHere') : t('checks.problems.dismissedNote')}
            </span>
            <span className="dismissal-reason">{dismissal.reason ?? t('checks.problems.dismissedNoReason')}</span>
            <button type="button" onClick={() => onRestore(dismissal.id)}>
              {t('checks.problems.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
