// Panel mode (issue 6): residents see a dotted line under every dictionary word the checker
// knows an explanation for, and under the familiar words the checker leaves alone on purpose
// (wijkteam, AOW: shared/explain/resident-words), and get that explanation on mouse hover or from
// the keyboard (EXPLAIN_TERM_COMMAND). It runs its own check session, which is never handed to the
// workbench, so the Problems panel and the readability status stay empty for review copies.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';
import type { CheckSession } from '../checks/session';
import { useCheckSession } from '../checks/use-check-session';
import { explainHighlightName, registerExplainStyle } from './explain-highlight';
import { TermCard, type CardPlace } from './TermCard';
import type { ExplainedTerm, TermPlace } from '../../../../shared/explain/term-explanation';
import { termsForResidents, type ResidentWords } from '../../../../shared/explain/resident-words';
import { blockPointAtMouse, blockPointOfSelection, liveRange, termRange, type BlockPoint } from './term-ranges';
import { useHoverCard } from '../../editor/use-hover-card';
import { useResidentWords } from './use-resident-words';
import './explain.css';

/** Opens the explanation of the word at the caret, or of the next explained word after it. */
export const EXPLAIN_TERM_COMMAND: LexicalCommand<void> = createCommand('helder.explain.showTerm');

type Term = ExplainedTerm;

interface CardState {
  term: Term;
  place: CardPlace;
  fromKeyboard: boolean;
}

const HOVER_DELAY_MS = 200;
const LEAVE_GRACE_MS = 300;
const CARD_WIDTH = 480;

export function TermExplanationsPlugin({ noteKey }: { noteKey: string }) {
  const [editor] = useLexicalComposerContext();
  const session = useCheckSession(editor, noteKey);

  return session ? <TermExplanations session={session} /> : null;
}

function TermExplanations({ session }: { session: CheckSession }) {
  const [editor] = useLexicalComposerContext();
  const [card, setCard] = useState<CardState | null>(null);
  const cardRef = useRef<CardState | null>(null);
  cardRef.current = card;
  const focusBefore = useRef<HTMLElement | null>(null);
  const visibleRef = useRef(false);
  const redrawRef = useRef<() => void>(() => {});
  const residentWords = useResidentWords();

  /** The explained words in document order, worked out once per snapshot (the mouse asks often). */
  const cache = useRef<{ snapshot: unknown; words: ResidentWords | null; terms: Term[] }>({ snapshot: null, words: null, terms: [] });
  const terms = useCallback((): Term[] => {
    const snapshot = session.client.getSnapshot();
    if (cache.current.snapshot !== snapshot || cache.current.words !== residentWords) {
      cache.current = { snapshot, words: residentWords, terms: termsForResidents(snapshot.findings, session.client.state.getBlocks(), residentWords) };
    }
    return cache.current.terms;
  }, [session, residentWords]);

  const close = useCallback(() => {
    const current = cardRef.current;
    setCard(null);
    if (current?.fromKeyboard) {
      const back = focusBefore.current;
      focusBefore.current = null;
      if (back?.isConnected) back.focus({ preventScroll: true });
    }
  }, []);

  const placeAt = useCallback(
    (place: TermPlace): CardPlace | null => {
      const range = termRange(editor, place);
      const rect = range ? liveRange(range).getClientRects()[0] : undefined;
      if (!rect) return null;
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
      return rect.bottom + 220 > window.innerHeight ? { left, bottom: window.innerHeight - rect.top + 8 } : { left, top: rect.bottom + 8 };
    },
    [editor],
  );

  const openFromKeyboard = useCallback(
    (term: Term): boolean => {
      const range = termRange(editor, term.place);
      if (!range) return false;
      const live = liveRange(range);
      // The words become the page's selection: the caret follows, and a comment can be placed on them.
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(live);
      (live.startContainer.parentElement ?? editor.getRootElement())?.scrollIntoView({ block: 'nearest' });
      const place = placeAt(term.place);
      if (!place) return false;
      if (!cardRef.current?.fromKeyboard) {
        const active = document.activeElement;
        focusBefore.current = active instanceof HTMLElement && active !== document.body ? active : editor.getRootElement();
      }
      setCard({ term, place, fromKeyboard: true });
      return true;
    },
    [editor, placeAt],
  );

  // Keyboard: the word at the caret; otherwise the next explained word after it (or the first).
  useEffect(
    () =>
      editor.registerCommand(
        EXPLAIN_TERM_COMMAND,
        () => {
          const list = terms();
          if (list.length === 0) return false;
          const root = editor.getRootElement();
          const caret = root ? blockPointOfSelection(editor, root) : null;
          const here = caret ? list.find(({ place }) => covers(place, caret)) : undefined;
          return openFromKeyboard(here ?? (caret ? nextAfter(editor, list, caret) : undefined) ?? (list[0] as Term));
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, terms, openFromKeyboard],
  );

  const showNext = useCallback(() => {
    const current = cardRef.current;
    if (!current) return;
    const list = terms();
    const index = list.findIndex((term) => sameWord(term, current.term));
    const next = list[(index + 1) % list.length];
    if (next) openFromKeyboard(next);
  }, [terms, openFromKeyboard]);

  // Highlights: one per editor, present in the registry only while the note is on screen.
  useEffect(() => {
    const name = explainHighlightName(session.id);
    const removeStyle = registerExplainStyle(session.id);
    const highlight = new Highlight();
    let registered = false;
    let frame = 0;

    const render = () => {
      frame = 0;
      highlight.clear();
      if (!visibleRef.current) {
        if (registered) CSS.highlights.delete(name);
        registered = false;
        return;
      }
      for (const { place } of terms()) {
        const range = termRange(editor, place);
        if (range) highlight.add(range);
      }
      if (!registered) CSS.highlights.set(name, highlight);
      registered = true;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(render);
    };
    redrawRef.current = schedule;
    const unsubscribe = session.client.subscribe(() => {
      schedule();
      // A word that is no longer found (the text changed under a comment mark) loses its card.
      const current = cardRef.current;
      if (current && !terms().some((term) => sameWord(term, current.term))) close();
    });
    // Comment marks re-render text nodes, which leaves old ranges pointing at removed nodes.
    const unlisten = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    schedule();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      unsubscribe();
      unlisten();
      if (registered) CSS.highlights.delete(name);
      removeStyle();
      redrawRef.current = () => {};
    };
  }, [editor, session, terms, close]);

  // Visibility follows the pane: a hidden tab's root has no boxes. The root can appear later.
  useEffect(() => {
    let observer: ResizeObserver | null = null;
    const offRoot = editor.registerRootListener((root) => {
      observer?.disconnect();
      observer = null;
      if (!root) return;
      const check = () => {
        const visible = root.getClientRects().length > 0;
        if (visible === visibleRef.current) return;
        visibleRef.current = visible;
        if (!visible && cardRef.current) close();
        redrawRef.current();
      };
      observer = new ResizeObserver(check);
      observer.observe(root);
      check();
    });
    return () => {
      offRoot();
      observer?.disconnect();
    };
  }, [editor, close]);

  // Mouse hover over an explained word.
  const hover = useHoverCard<Term>(editor, {
    hitTest: (root, x, y) => {
      const point = blockPointAtMouse(editor, root, x, y);
      return (point && terms().find(({ place }) => place.blockId === point.blockId && place.start <= point.offset && point.offset < place.end)) || null;
    },
    same: (a, b) => a.place === b.place,
    pinned: () => cardRef.current?.fromKeyboard === true,
    show: (term) => {
      const place = placeAt(term.place);
      if (place) setCard({ term, place, fromKeyboard: false });
    },
    hide: () => void (cardRef.current && close()),
    isOpen: () => cardRef.current !== null,
    dismiss: close,
    hoverDelayMs: HOVER_DELAY_MS,
    leaveGraceMs: LEAVE_GRACE_MS,
  });

  if (!card) return null;
  return createPortal(
    <TermCard
      explanation={card.term.explanation}
      place={card.place}
      fromKeyboard={card.fromKeyboard}
      hasNext={terms().length > 1}
      onNext={showNext}
      onClose={close}
      onPointerEnter={hover.onPointerEnter}
      onPointerLeave={hover.onPointerLeave}
    />,
    document.body,
  );
}

/** The same word in the same place (the list is rebuilt with every snapshot). */
function sameWord(a: Term, b: Term): boolean {
  return a.place.blockId === b.place.blockId && a.place.start === b.place.start && a.place.end === b.place.end && a.explanation.term === b.explanation.term;
}

/** The caret is in the word or directly after it. */
function covers(place: TermPlace, point: BlockPoint): boolean {
  return place.blockId === point.blockId && place.start <= point.offset && point.offset <= place.end;
}

/** The first word that starts after the caret (the page's selection), in page order. */
function nextAfter(editor: LexicalEditor, list: readonly Term[], caret: BlockPoint): Term | undefined {
  const selection = window.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node) return undefined;
  for (const term of list) {
    if (term.place.blockId === caret.blockId) {
      if (term.place.start >= caret.offset) return term;
      continue;
    }
    const range = termRange(editor, term.place);
    if (range && liveRange(range).comparePoint(node, selection.focusOffset) < 0) return term;
  }
  return undefined;
}
