import { useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { createCheckSession, type CheckSession } from './session';

/** A check session for as long as the editor shows this note; none when `enabled` is false. */
export function useCheckSession(editor: LexicalEditor, noteKey: string, enabled = true): CheckSession | null {
  const [session, setSession] = useState<CheckSession | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const created = createCheckSession(editor, noteKey);
    setSession(created);
    return () => {
      created.dispose();
      setSession(null);
    };
  }, [editor, noteKey, enabled]);
  return session;
}
