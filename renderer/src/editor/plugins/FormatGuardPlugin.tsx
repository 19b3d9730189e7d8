// A note knows bold and italic only. Lexical would also apply underline (Ctrl+U), strike-
// through, code and the like; those are refused so they never enter a document.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND } from 'lexical';

export function FormatGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
    [editor],
  );
  return null;
}
