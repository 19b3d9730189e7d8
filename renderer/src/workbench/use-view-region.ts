import { useEffect, useRef } from 'react';
import { useWorkbench, useWorkbenchState } from './context';
import { focusInside } from './controller';

/**
 * A region that holds a view (side bar, panel): it takes the focus when a view command asks for
 * it, and Escape that no control inside used returns the focus to the note.
 */
export function useViewRegion(region: 'side' | 'panel', viewId: string | undefined) {
  const { controller } = useWorkbench();
  const ref = useRef<HTMLElement>(null);
  const request = useWorkbenchState((state) => (state.focusRequest?.region === region ? state.focusRequest.seq : 0));
  useEffect(() => {
    if (request === 0) return;
    // The view may draw its controls a frame later (lists that load); try now and after that frame.
    const body = ref.current?.querySelector<HTMLElement>('[data-view-body]') ?? ref.current;
    if (!body) return;
    focusInside(body);
    const frame = requestAnimationFrame(() => {
      // Only when the focus found no control to land on (it rests on the view's body, or was lost
      // to the page when the list redrew). Anywhere else, the user moved it in the meantime (an
      // Escape pressed right after the shortcut): taking it back would undo that.
      const now = document.activeElement;
      if (now === body || now === null || now === document.body) focusInside(body);
    });
    return () => cancelAnimationFrame(frame);
  }, [request, viewId]);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const editor = controller.activeEditor();
    if (!editor) return;
    event.preventDefault();
    editor.focus();
  };
  return { ref, onKeyDown };
}
