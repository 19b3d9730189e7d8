// The comment layer's dialogs: write a comment, give the files of returned review copies, and the
// import summary. Everything a person typed is shown as React text, never as markup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, Stance } from '../../../../shared/contract';
import { useComments } from './context';
import { STANCES } from './filters';
import { useObservable } from '../../base/observable';
import { parsePaths, type NewComment } from './comments-controller';
import { ShareDialog } from './ShareDialog';
import './comments.css';

export function CommentDialogs() {
  const comments = useComments();
  const dialog = useObservable(comments.store, (state) => state.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'new') return <NewCommentDialog quote={dialog.quote} resolve={dialog.resolve} />;
  if (dialog.kind === 'advice') return <NewCommentDialog quote={dialog.quote} advice={dialog.context} resolve={dialog.resolve} />;
  if (dialog.kind === 'paths') return <PathsDialog resolve={dialog.resolve} />;
  if (dialog.kind === 'share') return <ShareDialog threads={dialog.threads} resolve={dialog.resolve} />;
  return <SummaryDialog summary={dialog.summary} resolve={dialog.resolve} />;
}

/** Ctrl+Enter sends from any field; Escape cancels. */
function submitKeys(event: React.KeyboardEvent, submit: () => void, cancel: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submit();
  }
}

/** A new comment, or with `advice` (which finding, or "bij deze zin") an advies: no stance asked. */
function NewCommentDialog({ quote, advice, resolve }: { quote: string; advice?: string; resolve: (value: NewComment | null) => void }) {
  const { t } = useTranslation();
  const [stance, setStance] = useState<Stance>('vraag');
  const [body, setBody] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const submit = () => body.trim() !== '' && resolve({ stance, body, suggestion });
  const title = advice === undefined ? t('comments.newTitle') : t('comments.adviceTitle');
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve(null)}>
      <form
        className={`dialog comment-dialog${advice === undefined ? '' : ' advice-dialog'}`}
        role="dialog"
        aria-label={title}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => submitKeys(event, submit, () => resolve(null))}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="dialog-title">{title}</p>
        {advice !== undefined && <p className="comment-hint">{advice}</p>}
        <blockquote className="comment-quote">{quote}</blockquote>
        {advice === undefined && (
          <fieldset className="comment-stances">
            <legend>{t('comments.stance')}</legend>
            {STANCES.map((item) => (
              <label key={item} className="comment-stance-option">
                <input type="radio" name="stance" value={item} checked={stance === item} onChange={() => setStance(item)} />
                {t(`comments.stances.${item}`)}
              </label>
            ))}
          </fieldset>
        )}
        <label className="comment-field">
          {advice === undefined ? t('comments.body') : t('comments.adviceBody')}
          <textarea autoFocus className="text-input" rows={4} maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} />
        </label>
        <label className="comment-field">
          {t('comments.suggestion')}
          <textarea className="text-input" rows={2} maxLength={10_000} value={suggestion} onChange={(event) => setSuggestion(event.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => resolve(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={body.trim() === ''}>
            {advice === undefined ? t('comments.place') : t('comments.advicePlace')}
          </button>
        </div>
      </form>
    </div>
  );
}

function PathsDialog({ resolve }: { resolve: (value: string[] | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = () => resolve(parsePaths(text));
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve(null)}>
      <form
        className="dialog comment-dialog"
        role="dialog"
        aria-label={t('comments.importTitle')}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => submitKeys(event, submit, () => resolve(null))}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="dialog-title comment-field">
          {t('comments.importTitle')}
          <span className="comment-hint">{t('comments.importHint')}</span>
          <textarea autoFocus className="text-input" rows={4} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => resolve(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={parsePaths(text).length === 0}>
            {t('comments.importGo')}
          </button>
        </div>
      </form>
    </div>
  );
}

function SummaryDialog({ summary, resolve }: { summary: ImportSummary; resolve: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve()}>
      <div
        className="dialog comment-dialog"
        role="alertdialog"
        aria-label={t('comments.summaryTitle')}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && resolve()}
      >
        <p className="dialog-title">{t('comments.summaryTitle')}</p>
        <ul className="comment-summary" data-testid="import-summary">
          <li>{t('comments.summaryAdded', { count: summary.added })}</li>
          {summary.merged > 0 && <li>{t('comments.summaryMerged', { count: summary.merged })}</li>}
          {summary.notPlaced.length > 0 && <li>{t('comments.summaryNotPlaced', { count: summary.notPlaced.length })}</li>}
          {summary.marks > 0 && <li>{t('comments.summaryMarks', { count: summary.marks })}</li>}
          {summary.incomplete.map((file) => (
            <li key={file} className="comment-summary-warning">
              {t('errors.review.incomplete', { file })}
            </li>
          ))}
        </ul>
        {summary.notPlaced.length > 0 && (
          <ul className="comment-summary-quotes">
            {summary.notPlaced.map((item) => (
              <li key={item.threadId} className="comment-quote">
                {item.quote}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={() => resolve()}>
            {t('dialog.ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
