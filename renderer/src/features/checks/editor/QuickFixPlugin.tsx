// Ctrl+. (Cmd+. on macOS): fix the finding under the caret. One alternative is applied at once
// as one undo step; with several, the card opens with its list so the writer picks one.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, createCommand, type LexicalCommand } from 'lexical';
import { applyAlternative } from '../apply-fix';
import { findingAtCaret, type CheckSession } from '../session';
import { OPEN_FINDING_CARD_COMMAND } from './FindingHoverPlugin';

export const QUICK_FIX_COMMAND: LexicalCommand<void> = createCommand('helder.checks.quickFix');

/**
 * Returns true when it did something (applies a fix or opens the card). Runs inside a command
 * listener, that is inside a Lexical update: the fix is its own discrete update (one undo step),
 * which Lexical refuses to nest (error 191), so it is applied in the next task — after the
 * listener and after the focus update the palette starts when it closes, which would otherwise
 * commit its older state over the fix.
 */
export function runQuickFix(session: CheckSession): boolean {
  const here = findingAtCaret(session);
  const fixable = here.find((finding) => finding.expected.length > 0);
  if (fixable && fixable.expected.length === 1) {
    const alternative = fixable.expected[0] as string;
    setTimeout(() => applyAlternative(session.editor, fixable, session.client.textOf(fixable.blockId), alternative), 0);
    return true;
  }
  const target = fixable ?? here[0];
  return target ? session.editor.dispatchCommand(OPEN_FINDING_CARD_COMMAND, target) : false;
}

export function QuickFixPlugin({ session }: { session: CheckSession }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const offCommand = editor.registerCommand(QUICK_FIX_COMMAND, () => runQuickFix(session), COMMAND_PRIORITY_LOW);
    const offKey = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (event.key !== '.' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
        event.preventDefault();
        runQuickFix(session);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      offCommand();
      offKey();
    };
  }, [editor, session]);
  return null;
}
