// Draws the findings of the note as marks in a layer of their own under the text (mark-layer.ts):
// no nodes or marks in the document, so checking never enters undo history and never moves the
// caret, and typing does not repaint them (CSS highlights made Chromium repaint every marked
// paragraph on screen per keystroke). Marks exist only for blocks on screen, are worked out at most
// once per frame and only for blocks whose DOM changed or that moved; a changed block loses its
// marks until its fresh result arrives.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { whenIdle } from '../../../base/idle';
import { scrollContainerOf } from '../../../base/scroll-container';
import type { Finding } from '../../../../../shared/checker/types';
import { $blockSegments, rectsInBlock } from '../dom-ranges';
import { familyOf } from '../families';
import { ACTIVE_LOOK, QUIET_LOOK, lookOf, registerHighlightStyles } from '../highlight-styles';
import { MarkLayer, type Mark, type MarkBox } from '../mark-layer';
import type { TextSegment } from '../offsets';
import type { CheckSession } from '../session';
import type { StateBlock } from '../check-state';
import { blocksInBand, scrollerBand, viewportBand, type Band } from '../visible-blocks';

export interface CheckHighlightPluginProps {
  session: CheckSession;
  /** False for a hidden tab: its marks are taken away until it is shown again. */
  visible: boolean;
}

/** New marks wait for idle time to learn which findings are repeats, but never longer than this. */
const REPEATS_DEADLINE_MS = 100;

/** The finding the hover card points at gets an extra tint. */
const activeFinding = new Map<string, Finding | null>();
const redraws = new Map<string, () => void>();

export function setActiveFinding(editorId: string, finding: Finding | null): void {
  activeFinding.set(editorId, finding);
  redraws.get(editorId)?.();
}

/**
 * Which finding a mark draws, by value within its block: the document part of every result brings
 * new objects for the same findings, and a mark that is redrawn as it was is still painted again.
 */
const keyOf = (finding: Finding) => `${finding.ruleId}|${finding.severity}|${finding.start}|${finding.end}|${finding.group ?? ''}`;

interface Drawn {
  mark: Mark;
  boxes: MarkBox[];
}

export function CheckHighlightPlugin({ session, visible }: CheckHighlightPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const visibleRef = useRef(visible);
  const renderRef = useRef<() => void>(() => {});

  useEffect(() => {
    const { id, client } = session;
    const removeStyles = registerHighlightStyles();
    let layer: MarkLayer | null = null;
    /** Marks of the on-screen blocks (see visible-blocks.ts): block id -> finding key -> mark. */
    let drawn = new Map<string, Map<string, Drawn>>();
    /** Where each block with marks was (its box relative to the layer) when they were placed. */
    let places = new Map<string, string>();
    /** The findings each block's marks were drawn from, and the repeats they were drawn with. */
    let drawnFrom = new Map<string, readonly Finding[]>();
    let drawnRepeats: ReadonlySet<Finding> | null = null;
    let activeMark: Mark | null = null;
    const domDirty = new Set<string>();
    let resetAll = false;
    let frame = 0;

    const clearMarks = () => {
      layer?.clear();
      drawn = new Map();
      places = new Map();
      drawnFrom = new Map();
      activeMark = null;
    };

    let scroller: Element | null = null;
    // The panel opening or a sash moving changes how much of the note shows, without a scroll.
    const resized = new ResizeObserver(() => schedule());
    /** Where the note is visible: its scroll container within the window (or the window). */
    const band = (root: HTMLElement): Band | null => {
      if (!scroller?.contains(root)) {
        resized.disconnect();
        scroller = scrollContainerOf(root);
        if (scroller) resized.observe(scroller);
      }
      return scroller ? scrollerBand(scroller.getBoundingClientRect(), globalThis.innerHeight || 800) : viewportBand();
    };

    /** Ids of the blocks on screen (with a margin), in document order. */
    const shownBlockIds = (root: HTMLElement): string[] => {
      if (root.getClientRects().length === 0) return [];
      const shown = band(root);
      if (!shown) return [];
      const blocks = client.state.getBlocks();
      const range = blocksInBand(
        blocks.length,
        (index) => {
          const element = editor.getElementByKey((blocks[index] as StateBlock).id);
          return element ? element.getBoundingClientRect() : null;
        },
        shown,
      );
      if (!range) return [];
      const ids: string[] = [];
      for (let index = range[0]; index <= range[1]; index++) ids.push((blocks[index] as StateBlock).id);
      return ids;
    };

    /** Works out and places the marks of the blocks on screen. */
    const render = () => {
      const root = editor.getRootElement();
      const host = root?.parentElement;
      if (!visibleRef.current || !root || !host) {
        // Start from scratch when shown again.
        clearMarks();
        return;
      }
      if (layer?.element.parentElement !== host) {
        layer?.dispose();
        layer = new MarkLayer(host, id);
        clearMarks();
      }
      const marks = layer;
      const origin = marks.origin();
      // New results or dismissals: the repeats are worked out in idle time, not in this frame (a
      // walk over the whole note). Until then the blocks whose findings changed wait (see below).
      const { repeats, current: repeatsCurrent } = client.peekDrawnRepeats();
      if (!repeatsCurrent) laterRepeats();
      const lookFor = (finding: Finding) => (repeats.has(finding) ? QUIET_LOOK : lookOf(finding.severity, familyOf(finding.ruleId)));

      // All reads first, then all writes: a rect read after a mark moved would lay out the page again.
      const writes: Array<() => void> = [];
      const nextDrawn = new Map<string, Map<string, Drawn>>();
      const nextPlaces = new Map<string, string>();
      const nextFrom = new Map<string, readonly Finding[]>();
      /** Blocks whose marks are measured again: changed, moved, newly on screen or with a new finding. */
      const measure: Array<{ blockId: string; findings: readonly Finding[] }> = [];
      for (const blockId of shownBlockIds(root)) {
        const findings = client.blockFindings(blockId);
        const element = findings.length > 0 ? editor.getElementByKey(blockId) : null;
        if (!element) continue;
        const rect = element.getBoundingClientRect();
        const place = `${rect.left - origin.left},${rect.top - origin.top},${rect.width},${rect.height}`;
        nextPlaces.set(blockId, place);
        nextFrom.set(blockId, findings);
        const before = drawn.get(blockId);
        if (before && findings === drawnFrom.get(blockId) && repeats === drawnRepeats && places.get(blockId) === place) {
          nextDrawn.set(blockId, before); // nothing about this block changed since the last frame
          continue;
        }
        if (!repeatsCurrent) {
          // Its findings changed: whether one is a repeat (drawn quietly) is known after the idle
          // walk. Marks in the same place stay as they are until then; others are not drawn yet.
          if (before && places.get(blockId) === place) {
            nextDrawn.set(blockId, before);
            nextFrom.set(blockId, drawnFrom.get(blockId) ?? findings);
          } else nextFrom.delete(blockId);
          continue;
        }
        if (!before || places.get(blockId) !== place || findings.some((finding) => !before.has(keyOf(finding)))) {
          measure.push({ blockId, findings });
          continue;
        }
        // Same text in the same place: the marks stay; only a look may change (a first use came or went).
        const kept = new Map<string, Drawn>();
        for (const finding of findings) {
          const key = keyOf(finding);
          const mark = before.get(key) as Drawn;
          if (kept.has(key)) continue;
          const look = lookFor(finding);
          if (look !== mark.mark.look) writes.push(() => marks.update(mark.mark, look, mark.boxes));
          kept.set(key, mark);
        }
        nextDrawn.set(blockId, kept);
      }
      if (measure.length > 0) {
        const segmentsByBlock = editor.read(() => new Map(measure.map(({ blockId }) => [blockId, $blockSegments(blockId)])));
        for (const { blockId, findings } of measure) {
          const segments: TextSegment[] | null = segmentsByBlock.get(blockId) ?? null;
          const before = drawn.get(blockId);
          const placed = new Map<string, Drawn>();
          for (const finding of findings) {
            const key = keyOf(finding);
            if (placed.has(key)) continue;
            const rects = segments ? rectsInBlock(editor, segments, finding) : null;
            if (!rects || rects.length === 0) continue;
            const boxes = rects.map((rect) => ({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height }));
            const look = lookFor(finding);
            const entry = before?.get(key) ?? { mark: marks.create(look), boxes };
            entry.boxes = boxes;
            writes.push(() => marks.update(entry.mark, look, boxes));
            placed.set(key, entry);
          }
          nextDrawn.set(blockId, placed);
        }
      }
      for (const write of writes) write();
      // What was drawn and is not now goes: stale text, gone findings, blocks that left the screen.
      for (const [blockId, before] of drawn) {
        const now = nextDrawn.get(blockId);
        for (const [key, mark] of before) if (now?.get(key) !== mark) marks.remove(mark.mark);
      }
      drawn = nextDrawn;
      places = nextPlaces;
      drawnFrom = nextFrom;
      drawnRepeats = repeats;

      const current = activeFinding.get(id);
      const activeBoxes = current ? drawn.get(current.blockId)?.get(keyOf(current))?.boxes : undefined;
      if (activeBoxes) {
        if (activeMark) marks.update(activeMark, ACTIVE_LOOK, activeBoxes);
        else activeMark = marks.draw(ACTIVE_LOOK, activeBoxes);
      } else if (activeMark) {
        marks.remove(activeMark);
        activeMark = null;
      }
    };

    /** Once per frame: marks of blocks whose DOM changed are stale and go, then the rest is placed. */
    const frameDraw = () => {
      frame = 0;
      const root = editor.getRootElement();
      if (!visibleRef.current || !root) {
        clearMarks();
        return;
      }
      if (resetAll) {
        clearMarks();
        resetAll = false;
      }
      for (const blockId of domDirty) {
        for (const mark of drawn.get(blockId)?.values() ?? []) layer?.remove(mark.mark);
        drawn.delete(blockId);
        places.delete(blockId);
        drawnFrom.delete(blockId);
      }
      domDirty.clear();
      render();
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(frameDraw);
    };
    let cancelRepeats: (() => void) | null = null;
    const laterRepeats = () => {
      cancelRepeats ??= whenIdle(() => {
        cancelRepeats = null;
        client.drawnRepeats();
        schedule();
      }, REPEATS_DEADLINE_MS);
    };
    renderRef.current = schedule;
    redraws.set(id, schedule);
    // Typing redraws through the update listener below. New findings or dismissals first have their
    // repeats worked out in idle time, then draw; a result that changes nothing drawn (typing went on
    // and the document part is the same) asks for no frame at all.
    const unsubscribe = client.subscribe(() => {
      if (!client.peekDrawnRepeats().current) laterRepeats();
    });
    // Scrolling brings other blocks on screen (any scroll container: capture on the document).
    const onScroll = () => schedule();
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    const unlisten = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (dirtyElements.size === 1 && dirtyElements.has('root') && dirtyLeaves.size === 0) {
        resetAll = true; // the whole state was replaced (undo, redo, load): no DOM node can be trusted
      } else if (tags.has('historic')) {
        resetAll = true;
      }
      for (const key of dirtyElements.keys()) domDirty.add(key);
      schedule();
    });
    schedule();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      cancelRepeats?.();
      unsubscribe();
      unlisten();
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      resized.disconnect();
      layer?.dispose();
      removeStyles();
      activeFinding.delete(id);
      redraws.delete(id);
    };
  }, [editor, session]);

  useEffect(() => {
    visibleRef.current = visible;
    renderRef.current();
  }, [visible]);

  return null;
}
