import { useCheckSnapshot } from './use-check-snapshot';
import { useChecksVersion } from './checks-bridge';
import { useWorkbench, useWorkbenchState } from '../../workbench/context';

/** The check session and current results of the note in the active tab. */
export function useActiveChecks() {
  const { controller } = useWorkbench();
  useChecksVersion(controller.checks);
  const active = useWorkbenchState((state) => state.active);
  const session = controller.checks.session(active);
  const snapshot = useCheckSnapshot(session?.client ?? null);
  return { session, snapshot };
}
