import { CommentsPanel } from './CommentsPanel';

/** The side bar's Comments view and the bottom panel's Reacties tab render the same component. */
export function CommentsView() {
  return <CommentsPanel />;
}
