import { useTranslation } from 'react-i18next';
import { revealFinding } from '../reveal';
import { ProblemsPanel } from './ProblemsPanel';
import { useActiveChecks } from '../use-active-checks';
import { useWorkbenchState } from '../../../workbench/context';
import { useChecks } from '../context';
import { DismissalsList } from './DismissalsList';

/** The findings of the open note; the same component serves the side bar and the bottom panel. */
export function ProblemsView() {
  const { t } = useTranslation();
  const checks = useChecks();
  const active = useWorkbenchState((state) => state.active);
  const { session, snapshot } = useActiveChecks();
  if (!session || !active) return <p className="view-empty">{t('panel.noProblems')}</p>;
  return (
    <>
      <ProblemsPanel snapshot={snapshot} onReveal={(finding) => revealFinding(session, finding)} />
      <DismissalsList dismissals={checks.storedDismissalsOf(active)} onRestore={(id) => void checks.undismiss(active, id)} />
    </>
  );
}
