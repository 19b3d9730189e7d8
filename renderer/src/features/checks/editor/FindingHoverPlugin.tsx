// Shows the finding card on mouse hover over a highlighted range, and from the keyboard via
// SHOW_FINDING_COMMAND (the finding under the caret). Hit-testing maps the mouse point to a
// DOM text offset, then to a block offset, then to the findings that cover it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';
import type { Finding } from '../../../../../shared/checker/types';
import { ADVISE_AT_CARET_COMMAND, ADVISE_FINDING_COMMAND } from '../advise';
import { applyAlternative } from '../apply-fix';
import { dismissalFor, type Dismissal } from '../dismissals';
import { $blockSegments, domTextOf } from '../dom-ranges';
import { locate, type TextSegment } from '../offsets';
import { blockPointOfDom, findingAtCaret, findingsAt, type CheckSession } from '../session';
import { setActiveFinding } from './CheckHighlightPlugin';
import { FindingCard } from './FindingCard';
import { useHoverCard } from '../../../editor/use-hover-card';

/** Opens the card for the finding under the caret (bind it to e.g. Alt+F8 or Ctrl+Shift+.). */
export const SHOW_FINDING_COMMAND: LexicalCommand<void> = createCommand('helder.checks.showFinding');
/** Opens the card for a given finding (Problems panel, quick fix with several alternatives). */
export const OPEN_FINDING_CARD_COMMAND: LexicalCommand<Finding> = createCommand('helder.checks.openFindingCard');

export interface FindingHoverPluginProps {
  session: CheckSession;
  /** Stores the dismissal (checks.dismiss) and updates session.client.setDismissals. */
  onDismiss(dismissal: Dismissal): void;
  /** Adds a word to the personal word list. */
  onAddWord?(word: string): void;
}

interface CardState {
  findings: Finding[];
  index: number;
  position: { left: number; top: number };
  takeFocus: boolean;
}

const HOVER_DELAY_MS = 250;
const LEAVE_GRACE_MS = 250;

export function FindingHoverPlugin({ session, onDismiss, onAddWord }: FindingHoverPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [card, setCard] = useState<CardState | null>(null);
  const cardRef = useRef<CardState | null>(null);
  cardRef.current = card;

  const setActive = useCallback(
    (finding: Finding | null) => {
      setActiveFinding(session.id, finding);
    },
    [session],
  );

  const positionOf = useCallback(
    (finding: Finding): { left: number; top: number } | null => {
      const segments = editor.read(() => $blockSegments(finding.blockId));
      if (!segments) return null;
      const start = locate(segments, finding.start, 'start');
      if (!start) return null;
      const text = domTextOf(editor, (segments[start.index] as TextSegment).key as string);
      if (!text) return null;
      const range = document.createRange();
      range.setStart(text, Math.min(start.offset, text.length));
      range.setEnd(text, Math.min(start.offset + 1, text.length));
      const rect = range.getBoundingClientRect();
      return { left: Math.max(8, Math.min(rect.left, window.innerWidth - 440)), top: rect.bottom + 6 };
    },
    [editor],
  );

  const open = useCallback(
    (findings: Finding[], takeFocus: boolean, position?: { left: number; top: number }) => {
      const first = findings[0];
      if (!first) return false;
      const where = position ?? positionOf(first);
      if (!where) return false;
      setCard({ findings, index: 0, position: where, takeFocus });
      setActive(first);
      return true;
    },
    [positionOf, setActive],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      setCard(null);
      setActive(null);
      if (returnFocus) editor.focus();
    },
    [editor, setActive],
  );

  // Keyboard: the finding under the caret, or a given finding.
  useEffect(() => {
    const offShow = editor.registerCommand(SHOW_FINDING_COMMAND, () => open(findingAtCaret(session), true), COMMAND_PRIORITY_LOW);
    const offOpen = editor.registerCommand(OPEN_FINDING_CARD_COMMAND, (finding) => open([finding], true), COMMAND_PRIORITY_LOW);
    const offAdvise = editor.registerCommand(
      ADVISE_AT_CARET_COMMAND,
      () => {
        const [here] = findingAtCaret(session);
        return here !== undefined && editor.dispatchCommand(ADVISE_FINDING_COMMAND, here);
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      offShow();
      offOpen();
      offAdvise();
    };
  }, [editor, session, open]);

  // Typing closes a hover card; a card for changed text would offer stale fixes.
  useEffect(
    () =>
      session.client.subscribe(() => {
        const current = cardRef.current;
        if (!current) return;
        const findings = session.client.getSnapshot().findings;
        if (!current.findings.every((finding) => findings.includes(finding))) close(false);
      }),
    [session, close],
  );

  const hover = useHoverCard<Finding[]>(editor, {
    hitTest: (root, x, y) => {
      const found = findingsAtPoint(editor, session, root, x, y);
      return found.length > 0 ? found : null;
    },
    same: (a, b) => a[0] === b[0],
    pinned: () => cardRef.current?.takeFocus === true,
    show: (found, pointer) => void open(found, false, { left: Math.max(8, Math.min(pointer.x - 20, window.innerWidth - 440)), top: pointer.y + 18 }),
    hide: () => void (cardRef.current && close(false)),
    isOpen: () => cardRef.current !== null,
    dismiss: () => {
      const active = document.activeElement;
      close(active === null || active === document.body);
    },
    hoverDelayMs: HOVER_DELAY_MS,
    leaveGraceMs: LEAVE_GRACE_MS,
  });

  if (!card) return null;
  const finding = card.findings[card.index];
  if (!finding) return null;
  const blockText = session.client.textOf(finding.blockId) ?? '';
  const snapshot = session.client.getSnapshot();
  return createPortal(
    <FindingCard
      finding={finding}
      others={card.findings.filter((item) => item !== finding)}
      blockText={blockText}
      blockFindings={snapshot.findings.filter((item) => item.blockId === finding.blockId)}
      position={card.position}
      takeFocus={card.takeFocus}
      onSelect={(item) => {
        setCard({ ...card, index: card.findings.indexOf(item) });
        setActive(item);
      }}
      onApply={(item, alternative) => {
        close(false);
        applyAlternative(editor, item, session.client.textOf(item.blockId), alternative);
      }}
      onDismiss={(item, scope, reason) => {
        const text = session.client.textOf(item.blockId);
        if (text !== undefined) onDismiss(dismissalFor(item, text, scope, reason));
        close(true);
      }}
      onAddWord={
        onAddWord &&
        ((word) => {
          onAddWord(word);
          close(true);
        })
      }
      onAdvise={(item) => {
        close(false);
        editor.dispatchCommand(ADVISE_FINDING_COMMAND, item);
      }}
      onClose={close}
      onPointerEnter={hover.onPointerEnter}
      onPointerLeave={hover.onPointerLeave}
    />,
    document.body,
  );
}

/** The findings under a mouse point: DOM text offset, then block offset, then the findings covering it. */
function findingsAtPoint(editor: LexicalEditor, session: CheckSession, root: HTMLElement, x: number, y: number): Finding[] {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
  const offset = caret?.offset ?? document.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
  if (!node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return [];
  // The caret position is the nearest one; make sure the pointer is really over a character.
  const probe = document.createRange();
  const length = (node as Text).length;
  probe.setStart(node, Math.max(0, Math.min(offset, length - 1)));
  probe.setEnd(node, Math.max(0, Math.min(offset, length - 1)) + (length > 0 ? 1 : 0));
  const rect = probe.getBoundingClientRect();
  if (x < rect.left - 8 || x > rect.right + 8 || y < rect.top - 2 || y > rect.bottom + 2) return [];
  const position = blockPointOfDom(editor, node, offset);
  if (!position) return [];
  // A point exactly at a finding's end is the next character: not over the finding.
  return findingsAt(session.client.getSnapshot().findings, position.blockId, position.offset).filter((f) => f.end > position.offset);
}
