// Puts the sentence marker (sentence-markers.ts) on the blocks' elements after a pause in typing,
// from the snapshot the Problems view and status bar use anyway: the marker is a hint in the
// margin, so it may lag a keystroke behind, and typing pays nothing for it.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { CheckSession } from '../session';
import { MARKER_ATTRIBUTE, sentenceLengths } from '../sentence-markers';
import { coalesced } from '../use-check-snapshot';

export function SentenceMarkerPlugin({ session }: { session: CheckSession }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const { client } = session;
    let marked = new Map<string, HTMLElement>();
    const paint = () => {
      const levels = sentenceLengths(client.getSnapshot().findings);
      const next = new Map<string, HTMLElement>();
      for (const [blockId, level] of levels) {
        const element = editor.getElementByKey(blockId);
        if (!element) continue;
        if (element.getAttribute(MARKER_ATTRIBUTE) !== level) element.setAttribute(MARKER_ATTRIBUTE, level);
        next.set(blockId, element);
      }
      for (const [blockId, element] of marked) if (next.get(blockId) !== element) element.removeAttribute(MARKER_ATTRIBUTE);
      marked = next;
    };
    const pending = coalesced(paint);
    const unsubscribe = client.subscribe(pending.notify);
    pending.notify();
    return () => {
      pending.cancel();
      unsubscribe();
      for (const element of marked.values()) element.removeAttribute(MARKER_ATTRIBUTE);
    };
  }, [editor, session]);
  return null;
}
