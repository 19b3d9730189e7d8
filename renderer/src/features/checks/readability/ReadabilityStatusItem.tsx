// Status bar item: level, Flesch-Douma, Brouwer and the error/warning counts of the open note.
import { useTranslation } from 'react-i18next';
import type { CheckSnapshot } from '../check-client';

export function ReadabilityStatusItem({ snapshot, onOpen }: { snapshot: CheckSnapshot; onOpen(): void }) {
  const { t } = useTranslation();
  const readability = snapshot.readability;
  if (!readability) return null;
  const fleschDouma = Math.round(readability.fleschDouma);
  const brouwer = Math.round(readability.brouwer);
  return (
    <button
      type="button"
      className="status-item status-readability"
      data-testid="status-readability"
      data-flesch-douma={fleschDouma}
      data-level={readability.level}
      title={t('checks.status.title', { fleschDouma, brouwer, level: readability.level })}
      onClick={onOpen}
    >
      {t('checks.status.score', { level: readability.level, fleschDouma })} · {t('checks.status.errors', { count: snapshot.counts.error })} ·{' '}
      {t('checks.status.warnings', { count: snapshot.counts.warning })}
    </button>
  );
}
