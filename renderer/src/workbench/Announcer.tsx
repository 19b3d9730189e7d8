import { useWorkbenchState } from './context';

/** The live region screen readers hear workbench messages through (F8's finding, a comment reached). */
export function Announcer() {
  const announcement = useWorkbenchState((state) => state.announcement);
  return (
    <div className="sr-only" aria-live="assertive" aria-atomic="true" data-testid="announcer">
      {announcement && <span key={announcement.seq}>{announcement.text}</span>}
    </div>
  );
}
