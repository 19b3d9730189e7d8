// The rich-text editor for one note. Everything the workbench needs goes through props and
// the EditorHandle; the plugins in ./plugins each own one behaviour.
import { useMemo, useRef, type ReactNode } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { editorTheme } from './editor-theme';
import type { EditorHandle } from './editor-handle';
import { allowedLinkUrl } from './link-url';
import { EDITOR_NODES } from './nodes';
import { ChangeReportPlugin } from './plugins/ChangeReportPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';
import { FormatGuardPlugin } from './plugins/FormatGuardPlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { ListRulesPlugin } from './plugins/ListRulesPlugin';
import { LoadDocumentPlugin, type ErrorCollector } from './plugins/LoadDocumentPlugin';
import { OutlinePlugin, type OutlineHeading } from './plugins/OutlinePlugin';
import { PastePlugin } from './plugins/PastePlugin';
import type { TextStats } from './text-stats';
import './editor.css';

export type { EditorHandle, BlockKind } from './editor-handle';
export type { OutlineHeading } from './plugins/OutlinePlugin';
export type { TextStats } from './text-stats';

export interface NoteEditorProps {
  /** Identifies the note (its file path). A different key gives a fresh editor with its own history. */
  noteKey: string;
  /** Lexical editor-state JSON; '' starts an empty note. Read once per noteKey. */
  initialDocument: string;
  readOnly?: boolean;
  ariaLabel: string;
  placeholder?: string;
  /** Called after real content changes (not selection moves), coalesced; serialise with getDocument() only when needed. */
  onChange(getDocument: () => string, info: TextStats, kind: 'edit' | 'counts'): void;
  onOutline?(headings: OutlineHeading[]): void;
  onReady?(handle: EditorHandle): void;
  /** Ctrl/Cmd+click on a link (plain click when read-only). Only http(s) and mailto URLs arrive here. */
  onOpenLink?(url: string): void;
  /** initialDocument could not be read; the editor shows an empty note instead. */
  onLoadError?(error: Error): void;
  /** Features' plugins (checks, comments, term explanations), mounted inside this editor's composer. */
  children?: ReactNode;
}

export function NoteEditor(props: NoteEditorProps) {
  return <NoteEditorInstance key={props.noteKey} {...props} />;
}

const isAllowedLink = (url: string) => allowedLinkUrl(url) !== null;

function NoteEditorInstance({
  noteKey,
  initialDocument,
  readOnly = false,
  ariaLabel,
  placeholder,
  onChange,
  onOutline,
  onReady,
  onOpenLink,
  onLoadError,
  children,
}: NoteEditorProps) {
  // While a document is parsed, Lexical's error reports are collected instead of logged.
  const errorSink = useRef<Error[] | null>(null);
  const collectErrors = useMemo<ErrorCollector>(
    () => (run) => {
      const errors: Error[] = [];
      errorSink.current = errors;
      try {
        run();
      } catch (error) {
        errors.push(error instanceof Error ? error : new Error(String(error)));
      } finally {
        errorSink.current = null;
      }
      return errors;
    },
    [],
  );

  // Created once per instance: LexicalComposer reads its config only on mount.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'helder-note',
      nodes: EDITOR_NODES,
      theme: editorTheme,
      editable: !readOnly,
      // The document is loaded by LoadDocumentPlugin, which survives unreadable input.
      editorState: null,
      onError: (error) => {
        if (errorSink.current) {
          errorSink.current.push(error);
          return;
        }
        // Lexical reports internal update errors here; they must not unmount the editor.
        console.error(`[editor] ${noteKey}:`, error);
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // Notes are Dutch whatever the interface language: spelling and hyphenation follow the text.
  const contentEditable = placeholder ? (
    <ContentEditable
      className="helder-editor__content"
      lang="nl"
      ariaLabel={ariaLabel}
      aria-placeholder={placeholder}
      tabIndex={0}
      placeholder={<div className="helder-editor__placeholder">{placeholder}</div>}
      spellCheck
    />
  ) : (
    <ContentEditable className="helder-editor__content" lang="nl" ariaLabel={ariaLabel} tabIndex={0} spellCheck />
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="helder-editor" data-readonly={readOnly || undefined}>
        <RichTextPlugin contentEditable={contentEditable} ErrorBoundary={LexicalErrorBoundary} />
      </div>
      {/* Transforms first: registered on the empty editor, they do not send the loaded note through them. */}
      <ListRulesPlugin />
      <FormatGuardPlugin />
      <LoadDocumentPlugin documentJson={initialDocument} collectErrors={collectErrors} onLoadError={onLoadError} />
      <EditablePlugin editable={!readOnly} />
      <HistoryPlugin />
      <LinkPlugin validateUrl={isAllowedLink} />
      <PastePlugin />
      <LinkClickPlugin onOpenLink={onOpenLink} />
      <ChangeReportPlugin onChange={onChange} />
      {onOutline && <OutlinePlugin onOutline={onOutline} />}
      <EditorHandlePlugin onReady={onReady} />
      {children}
    </LexicalComposer>
  );
}
