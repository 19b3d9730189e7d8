import { useCheckSnapshot, type SnapshotPace } from './use-check-snapshot';
import { useChecksVersion } from './checks-bridge';
import { useWorkbenchState } from '../../workbench/context';
import { useChecks } from './context';

/** The check session and current results of the note in the active tab. */
export function useActiveChecks(pace?: SnapshotPace) {
  const checks = useChecks();
  useChecksVersion(checks);
  const active = useWorkbenchState((state) => state.active);
  const session = checks.session(active);
  const snapshot = useCheckSnapshot(session?.client ?? null, pace);
  return { session, snapshot };
}
