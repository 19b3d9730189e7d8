import { useTranslation } from 'react-i18next';
import { revealFinding } from '../reveal';
import { ReadabilityView } from './ReadabilityView';
import { useActiveChecks } from '../use-active-checks';

export function ReadabilityPanelView() {
  const { t } = useTranslation();
  const { session, snapshot } = useActiveChecks();
  if (!session) return <p className="view-empty">{t('status.noNote')}</p>;
  return <ReadabilityView snapshot={snapshot} blocks={session.client.state.getBlocks()} onReveal={(span) => revealFinding(session, span)} />;
}
