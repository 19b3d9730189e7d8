import { useTranslation } from 'react-i18next';
import { revealFinding } from '../checks/reveal';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { useActiveChecks } from '../workbench/use-active-checks';

/** The findings of the open note; the same component serves the side bar and the bottom panel. */
export function ProblemsView() {
  const { t } = useTranslation();
  const { session, snapshot } = useActiveChecks();
  if (!session) return <p className="view-empty">{t('panel.noProblems')}</p>;
  return <ProblemsPanel snapshot={snapshot} onReveal={(finding) => revealFinding(session, finding)} />;
}
