// Draws the findings of the note with the CSS Custom Highlight API: ranges over the rendered
// text, no nodes or marks in the document, so checking never enters undo history and never
// moves the caret. Ranges are rebuilt at most once per frame, and only for blocks whose DOM
// changed; a changed block loses its highlights until its fresh result arrives.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Finding } from '../../../../shared/checker/types';
import { $blockSegments, domTextOf } from '../../checks/dom-ranges';
import { FAMILIES, SEVERITIES, familyOf, severityRank } from '../../checks/families';
import { activeHighlightName, highlightName, registerHighlightStyles } from '../../checks/highlight-styles';
import { locate, type TextSegment } from '../../checks/offsets';
import type { CheckSession } from '../../checks/session';

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
      shownActive = null;
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
        shownActive = null;
        resetAll = false;
      }
      const { findings } = client.getSnapshot();
      const needed = new Map<string, Finding[]>();
      const next = new Map<Finding, StaticRange | null>();
      for (const finding of findings) {
        if (!domDirty.has(finding.blockId) && ranges.has(finding)) next.set(finding, ranges.get(finding) ?? null);
        else {
          const list = needed.get(finding.blockId);
          if (list) list.push(finding);
          else needed.set(finding.blockId, [finding]);
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
      // Touch only what changed: re-adding every range would make Chromium repaint every mark.
      const nameOf = (finding: Finding) => highlightName(id, finding.severity, familyOf(finding.ruleId));
      for (const [finding, range] of ranges) {
        if (range && next.get(finding) !== range) highlights.get(nameOf(finding))?.delete(range);
      }
      for (const [finding, range] of next) {
        if (range && ranges.get(finding) !== range) highlights.get(nameOf(finding))?.add(range);
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
      const start = locate(segments, finding.start, 'start');
      const end = locate(segments, finding.end, 'end');
      if (!start || !end) return null;
      const startText = domTextOf(editor, (segments[start.index] as TextSegment).key as string);
      const endText = domTextOf(editor, (segments[end.index] as TextSegment).key as string);
      if (!startText || !endText) return null;
      return new StaticRange({
        startContainer: startText,
        startOffset: Math.min(start.offset, startText.length),
        endContainer: endText,
        endOffset: Math.min(end.offset, endText.length),
      });
    }

    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(render);
    };
    renderRef.current = schedule;
    redraws.set(id, schedule);
    const unsubscribe = client.subscribe(schedule);
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
