import { useTranslation } from 'react-i18next';
import { revealFinding } from '../reveal';
import { ProblemsPanel } from './ProblemsPanel';
import { useActiveChecks } from '../use-active-checks';
import { useWorkbenchState } from '../../../workbench/context';
import { useChecks } from '../context';
import { DismissalsList } from './DismissalsList';

/**
 * The list re-renders once the writer pauses (or every few seconds while typing on): its rows are
 * cheap now, but the regrouping of a long note's findings should not land on a keystroke.
 */
const PROBLEMS_PACE = { quietMs: 400, maxWaitMs: 3000 };

/** The findings of the open note; the same component serves the side bar and the bottom panel. */
export function ProblemsView() {
  const { t } = useTranslation();
  const checks = useChecks();
  const active = useWorkbenchState((state) => state.active);
  const { session, snapshot } = useActiveChecks(PROBLEMS_PACE);
  if (!session || !active) return <p className="view-empty">{t('panel.noProblems')}</p>;
  return (
    <>
      <ProblemsPanel snapshot={snapshot} onReveal={(finding) => revealFinding(session, finding)} />
      <DismissalsList dismissals={checks.storedDismissalsOf(active)} onRestore={(id) => void checks.undismiss(active, id)} />
    </>
  );
}
