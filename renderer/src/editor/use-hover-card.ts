// One hover behaviour for every card that explains a piece of text (the finding card, the term
// explanation): wait a moment over a target before showing, keep the card while the pointer moves
// onto it, hide it a moment after the pointer leaves, leave a card opened from the keyboard alone,
// open nothing for a pointer that did not move, and close on Escape wherever the focus is.
import { useEffect, useRef } from 'react';
import type { LexicalEditor } from 'lexical';

export interface HoverCardOptions<T> {
  /** What is under the pointer, or null. */
  hitTest(root: HTMLElement, x: number, y: number): T | null;
  /** Two hits are the same target (no new timer while the pointer stays on one word). */
  same(a: T, b: T): boolean;
  /** A card opened from the keyboard: hovering neither replaces nor hides it. */
  pinned(): boolean;
  show(target: T, pointer: { x: number; y: number }): void;
  hide(): void;
  /** A card (from hover or keyboard) is open. */
  isOpen(): boolean;
  /** Escape closed the card while the focus was outside it (a card handles Escape inside itself). */
  dismiss(): void;
  hoverDelayMs: number;
  leaveGraceMs: number;
}

export interface HoverCardHandlers {
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function useHoverCard<T>(editor: LexicalEditor, options: HoverCardOptions<T>): HoverCardHandlers {
  // The latest callbacks, read at event time: the listeners are attached once per root.
  const latest = useRef(options);
  latest.current = options;
  const overCard = useRef(false);
  // What the pointer was last seen over; kept across roots so a card closed by a key can reset it.
  const hovered = useRef<T | null>(null);

  // Escape dismisses the card wherever the focus is (WCAG 1.4.13): a hover card never has the
  // focus, and a keyboard card may have lost it. The key is not consumed, so Escape in a view
  // still takes the focus back to the note.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !latest.current.isOpen()) return;
      // The card closed without the pointer leaving: the words under it count as new again.
      hovered.current = null;
      latest.current.dismiss();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    // The browser and the OS send a mousemove at the same point when what lies under a still
    // pointer changes (a card closes, the note scrolls, a window comes or goes). That is not the
    // writer pointing at a word: a card that popped up then would cover the note after Escape. The
    // window sees every move, also over a card or a view, so it knows where the pointer last was.
    let last: { x: number; y: number } | null = null;
    let still = false;
    const onAnyMove = (event: MouseEvent) => {
      still = last !== null && last.x === event.clientX && last.y === event.clientY;
      last = { x: event.clientX, y: event.clientY };
    };
    window.addEventListener('mousemove', onAnyMove, true);
    const watch = (root: HTMLElement) => {
      let hoverTimer: ReturnType<typeof setTimeout> | null = null;
      let leaveTimer: ReturnType<typeof setTimeout> | null = null;
      hovered.current = null;
      const leaveSoon = () => {
        if (leaveTimer) clearTimeout(leaveTimer);
        leaveTimer = setTimeout(() => {
          if (!overCard.current && !latest.current.pinned()) latest.current.hide();
        }, latest.current.leaveGraceMs);
      };
      const onMove = (event: MouseEvent) => {
        const { hitTest, same, pinned, show, hoverDelayMs } = latest.current;
        if (pinned()) return;
        const target = hitTest(root, event.clientX, event.clientY);
        const before = hovered.current;
        if (target === before || (target !== null && before !== null && same(target, before))) return;
        if (hoverTimer) clearTimeout(hoverTimer);
        if (still) {
          // Other words came under the pointer without it moving: the card of the old ones goes,
          // none opens until the pointer moves; from then on any target under it is new.
          hovered.current = null;
          leaveSoon();
          return;
        }
        hovered.current = target;
        if (target === null) {
          leaveSoon();
          return;
        }
        if (leaveTimer) clearTimeout(leaveTimer);
        const pointer = { x: event.clientX, y: event.clientY };
        hoverTimer = setTimeout(() => {
          if (latest.current.pinned()) return;
          // A card closed by a key under the pointer never saw it leave: a new card starts clean.
          overCard.current = false;
          show(target, pointer);
        }, hoverDelayMs);
      };
      const onLeave = () => {
        hovered.current = null;
        if (hoverTimer) clearTimeout(hoverTimer);
        leaveSoon();
      };
      root.addEventListener('mousemove', onMove);
      root.addEventListener('mouseleave', onLeave);
      return () => {
        root.removeEventListener('mousemove', onMove);
        root.removeEventListener('mouseleave', onLeave);
        if (hoverTimer) clearTimeout(hoverTimer);
        if (leaveTimer) clearTimeout(leaveTimer);
      };
    };
    // The root element can appear (and change) after mount, hence the root listener.
    let detach: (() => void) | null = null;
    const offRoot = editor.registerRootListener((root) => {
      detach?.();
      detach = root ? watch(root) : null;
    });
    return () => {
      offRoot();
      detach?.();
      window.removeEventListener('mousemove', onAnyMove, true);
    };
  }, [editor]);

  const handlers = useRef<HoverCardHandlers>({
    onPointerEnter: () => void (overCard.current = true),
    onPointerLeave: () => {
      overCard.current = false;
      if (!latest.current.pinned()) latest.current.hide();
    },
  });
  return handlers.current;
}
