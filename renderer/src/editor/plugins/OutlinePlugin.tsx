// Feeds the outline view: the note's headings in order, reported shortly after they change.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type EditorState } from 'lexical';

export interface OutlineHeading {
  key: string;
  level: 1 | 2 | 3;
  text: string;
}

const OUTLINE_DELAY_MS = 150;

export function readOutline(state: EditorState): OutlineHeading[] {
  return state.read(() =>
    $getRoot()
      .getChildren()
      .filter($isHeadingNode)
      .map((heading) => {
        const tag = heading.getTag();
        // Older or imported documents may hold h4–h6; the outline shows them at the deepest level.
        const level: 1 | 2 | 3 = tag === 'h1' ? 1 : tag === 'h2' ? 2 : 3;
        return { key: heading.getKey(), level, text: heading.getTextContent().trim() };
      }),
  );
}

export function OutlinePlugin({ onOutline }: { onOutline: (headings: OutlineHeading[]) => void }): null {
  const [editor] = useLexicalComposerContext();
  const onOutlineRef = useRef(onOutline);
  onOutlineRef.current = onOutline;

  useEffect(() => {
    let last = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    const report = () => {
      timer = null;
      const headings = readOutline(editor.getEditorState());
      const signature = JSON.stringify(headings);
      if (signature === last) return; // typing in a paragraph leaves the outline alone
      last = signature;
      onOutlineRef.current(headings);
    };
    report();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(report, OUTLINE_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);

  return null;
}
