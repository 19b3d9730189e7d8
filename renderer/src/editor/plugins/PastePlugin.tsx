// Pasting HTML goes through Helder's own cleaner instead of Lexical's importer, so Word and
// web pages bring their words, headings, lists, bold, italic and links, and nothing else.
// Plain-text pastes keep Lexical's default handling.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { $insertPastedHtml } from '../paste/insert-clean-html';
import { plainTextParagraphs } from '../paste/plain-text';

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!editor.isEditable()) {
            // A read-only note takes no paste at all, formatted or not.
            event.preventDefault();
            return true;
          }
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          // Files (images) are not note content; the default handler ignores them for this editor too.
          const html = data.getData('text/html');
          const plain = data.getData('text/plain');
          if (!html && !plain) return false;
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if (!selection) return;
              if (html) $insertPastedHtml(editor, selection, html, plain);
              else $insertPlainParagraphs(plain);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

/** Plain text: one paragraph per paragraph of the text, without empty ones between them. */
function $insertPlainParagraphs(text: string) {
  plainTextParagraphs(text)
    .split('\n')
    .forEach((line, index) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (index > 0) selection.insertParagraph();
      if (line) selection.insertText(line);
    });
}
