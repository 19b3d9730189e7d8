// A note knows bold and italic, and web or mail links. Lexical would also apply underline
// (Ctrl+U), strikethrough, code, inline styles, and keep links of any scheme when content
// arrives by drag-and-drop or from another Lexical app's clipboard. Everything else is
// refused at the command or removed by a node transform, whatever path it came in by (a saved
// file included).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND, IS_BOLD, IS_ITALIC, TextNode, type LexicalEditor } from 'lexical';
import { allowedLinkUrl } from '../link-url';
import { useTransformsBeforeLoad } from './transforms-before-load';

const KEPT_FORMATS = IS_BOLD | IS_ITALIC;

/** The guard's command and transforms on one editor; returns the function that takes them off. */
export function registerFormatGuard(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
      const format = node.getFormat();
      if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
    }),
    editor.registerNodeTransform(LinkNode, (link) => {
      const url = allowedLinkUrl(link.getURL());
      if (url === null) {
        // Keep the words, lose the link.
        for (const child of link.getChildren()) link.insertBefore(child);
        link.remove();
      } else if (link.getTarget() !== null || link.getRel() !== null || link.getTitle() !== null) {
        link.setTarget(null).setRel(null).setTitle(null);
      }
    }),
  );
}

/** Render before LoadDocumentPlugin (see useTransformsBeforeLoad). */
export function FormatGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useTransformsBeforeLoad(editor, () => registerFormatGuard(editor));
  return null;
}
