// Links in a note never navigate the app window. Ctrl/Cmd+click (or a plain click when the
// note is read-only) hands the link to the owner, which opens it outside the app; a plain
// click while editing just places the caret, so link text stays editable.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent, $getNearestNodeFromDOMNode } from 'lexical';
import { allowedLinkUrl } from '../link-url';

export function LinkClickPlugin({ onOpenLink }: { onOpenLink?: (url: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  const onOpenLinkRef = useRef(onOpenLink);
  onOpenLinkRef.current = onOpenLink;

  useEffect(() => {
    const linkUrlAt = (target: EventTarget | null): { anchor: Element; url: string | null } | null => {
      if (!(target instanceof Element)) return null;
      const anchor = target.closest('a');
      if (!anchor) return null;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(anchor);
        const link = node && $findMatchingParent(node, $isLinkNode);
        return link && $isLinkNode(link) ? link.getURL() : null;
      });
      return { anchor, url };
    };

    const onClick = (event: MouseEvent) => {
      const hit = linkUrlAt(event.target);
      if (!hit) return;
      event.preventDefault();
      const wantsOpen = event.ctrlKey || event.metaKey || !editor.isEditable();
      if (event.type !== 'click' || event.button !== 0 || !wantsOpen) return;
      const url = hit.url && allowedLinkUrl(hit.url);
      if (url) onOpenLinkRef.current?.(url);
    };

    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      previous?.removeEventListener('auxclick', onClick);
      root?.addEventListener('click', onClick);
      root?.addEventListener('auxclick', onClick);
    });
  }, [editor]);

  return null;
}
