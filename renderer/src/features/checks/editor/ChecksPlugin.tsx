// One element to mount inside <LexicalComposer>: creates the note's check session and mounts
// highlights, the hover card and quick fix. The session is handed out through onSession so the
// workbench can feed the Problems panel and the status bar from the same results.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Dismissal } from '../dismissals';
import type { CheckSession } from '../session';
import { useCheckSession } from '../use-check-session';
import { CheckHighlightPlugin } from './CheckHighlightPlugin';
import { FindingHoverPlugin } from './FindingHoverPlugin';
import { QuickFixPlugin } from './QuickFixPlugin';
import { SentenceMarkerPlugin } from './SentenceMarkerPlugin';

export interface ChecksPluginProps {
  /** The note's path; one session per note. */
  noteKey: string;
  visible: boolean;
  /** The note's stored dismissals (checks.listDismissals), kept current by the owner. */
  dismissals: readonly Dismissal[];
  onDismiss(dismissal: Dismissal): void;
  onAddWord?(word: string): void;
  onSession?(session: CheckSession | null): void;
}

/** The benchmark measures typing with checks off in the same build: localStorage helder.checksOff = '1'. */
const switchedOff = () => globalThis.localStorage?.getItem('helder.checksOff') === '1';

export function ChecksPlugin({ noteKey, visible, dismissals, onDismiss, onAddWord, onSession }: ChecksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const session = useCheckSession(editor, noteKey, !switchedOff());

  useEffect(() => {
    session?.client.setDismissals(dismissals);
  }, [session, dismissals]);

  useEffect(() => {
    onSession?.(session);
  }, [session, onSession]);

  if (!session) return null;
  return (
    <>
      <CheckHighlightPlugin session={session} visible={visible} />
      <FindingHoverPlugin session={session} onDismiss={onDismiss} onAddWord={onAddWord} />
      <QuickFixPlugin session={session} />
      <SentenceMarkerPlugin session={session} />
    </>
  );
}
