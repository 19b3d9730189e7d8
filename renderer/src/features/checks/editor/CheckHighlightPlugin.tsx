// Draws the findings of the note with the CSS Custom Highlight API: ranges over the rendered
// text, no nodes or marks in the document, so checking never enters undo history and never
// moves the caret. Ranges exist only for blocks on screen (Chromium re-validates every registered
// range on each DOM change), are rebuilt at most once per frame and only for blocks whose DOM
// changed; a changed block loses its highlights until its fresh result arrives.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Finding } from '../../../../../shared/checker/types';
import { $blockSegments, rangeInBlock } from '../dom-ranges';
import { FAMILIES, SEVERITIES, familyOf, severityRank } from '../families';
import { activeHighlightName, highlightName, quietHighlightName, registerHighlightStyles } from '../highlight-styles';
import type { TextSegment } from '../offsets';
import type { CheckSession } from '../session';
import type { StateBlock } from '../check-state';
import { blocksInBand, scrollerBand, viewportBand, type Band } from '../visible-blocks';

export interface CheckHighlightPluginProps {
  session: CheckSession;
  /** False for a hidden tab: its highlights leave the registry until it is shown again. */
  visible: boolean;
}

/** The finding the hover card points at gets an extra tint. */
const activeFinding = new Map<string, Finding | null>();
const redraws = new Map<string, () => void>();

export function setActiveFinding(editorId: string, finding: Finding | null): void {
  activeFinding.set(editorId, finding);
  redraws.get(editorId)?.();
}

export function CheckHighlightPlugin({ session, visible }: CheckHighlightPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const visibleRef = useRef(visible);
  const renderRef = useRef<() => void>(() => {});

  useEffect(() => {
    const { id, client } = session;
    const removeStyles = registerHighlightStyles(id);
    const highlights = new Map<string, Highlight>();
    for (const severity of SEVERITIES) {
      for (const family of FAMILIES) {
        const highlight = new Highlight();
        highlight.priority = severityRank(severity);
        highlights.set(highlightName(id, severity, family), highlight);
      }
    }
    const active = new Highlight();
    active.priority = 10;
    highlights.set(activeHighlightName(id), active);
    const quiet = new Highlight();
    quiet.priority = 0;
    highlights.set(quietHighlightName(id), quiet);
    /** The highlight each drawn finding is in: a finding becomes a repeat (or stops being one) when an earlier use comes or goes. */
    const drawnIn = new Map<Finding, string>();

    /** Ranges of the findings in on-screen blocks; nothing else is registered (see visible-blocks.ts). */
    let ranges = new Map<Finding, StaticRange | null>();
    const domDirty = new Set<string>();
    let registered = false;
    let shownActive: StaticRange | null = null;
    let resetAll = false;
    let frame = 0;

    const unregister = () => {
      if (!registered) return;
      for (const name of highlights.keys()) CSS.highlights.delete(name);
      registered = false;
      // Start from scratch when shown again.
      for (const highlight of highlights.values()) highlight.clear();
      ranges = new Map();
      drawnIn.clear();
      shownActive = null;
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
    const shownBlockIds = (): string[] => {
      const root = editor.getRootElement();
      if (!root || root.getClientRects().length === 0) return [];
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

    const render = () => {
      frame = 0;
      if (!visibleRef.current) {
        unregister();
        return;
      }
      if (resetAll) {
        for (const highlight of highlights.values()) highlight.clear();
        ranges = new Map();
      drawnIn.clear();
        shownActive = null;
        resetAll = false;
      }
      const needed = new Map<string, Finding[]>();
      const next = new Map<Finding, StaticRange | null>();
      for (const blockId of shownBlockIds()) {
        for (const finding of client.blockFindings(blockId)) {
          if (!domDirty.has(blockId) && ranges.has(finding)) next.set(finding, ranges.get(finding) ?? null);
          else {
            const missing = needed.get(blockId);
            if (missing) missing.push(finding);
            else needed.set(blockId, [finding]);
          }
        }
      }
      if (needed.size > 0) {
        const segmentsByBlock = editor.read(() => {
          const out = new Map<string, TextSegment[] | null>();
          for (const blockId of needed.keys()) out.set(blockId, $blockSegments(blockId));
          return out;
        });
        for (const [blockId, list] of needed) {
          const segments = segmentsByBlock.get(blockId) ?? null;
          for (const finding of list) next.set(finding, segments ? rangeFor(segments, finding) : null);
        }
      }
      // Touch only what changed: every add or delete makes Chromium rebuild all highlight markers.
      const repeats = client.getSnapshot().repeats;
      const nameOf = (finding: Finding) => (repeats.has(finding) ? quietHighlightName(id) : highlightName(id, finding.severity, familyOf(finding.ruleId)));
      for (const [finding, range] of ranges) {
        if (range && (next.get(finding) !== range || drawnIn.get(finding) !== nameOf(finding))) {
          highlights.get(drawnIn.get(finding) ?? nameOf(finding))?.delete(range);
          drawnIn.delete(finding);
        }
      }
      for (const [finding, range] of next) {
        if (range && !drawnIn.has(finding)) {
          const name = nameOf(finding);
          highlights.get(name)?.add(range);
          drawnIn.set(finding, name);
        }
      }
      ranges = next;
      domDirty.clear();
      const current = activeFinding.get(id);
      const activeRange = current ? ranges.get(current) : null;
      if (activeRange !== shownActive) {
        active.clear();
        if (activeRange) active.add(activeRange);
        shownActive = activeRange ?? null;
      }
      if (!registered) {
        for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight);
        registered = true;
      }
    };

    function rangeFor(segments: TextSegment[], finding: Finding): StaticRange | null {
      return rangeInBlock(editor, segments, finding);
    }

    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(render);
    };
    renderRef.current = schedule;
    redraws.set(id, schedule);
    const unsubscribe = client.subscribe(schedule);
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
      unsubscribe();
      unlisten();
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      resized.disconnect();
      unregister();
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

/** The nearest ancestor that scrolls vertically, or null when the page itself scrolls. */
function scrollContainerOf(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}
