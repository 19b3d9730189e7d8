// "Woorden die bewoners niet begrepen": in the writer's note, per note or for the whole werkmap,
// each word with its counts, whether Helder already flags it, where it stood, and one action to
// add it to the organisation word list. In a review copy: the resident's own marks.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotUnderstoodWord } from '../../../../shared/contract';
import { useObservable } from '../../base/observable';
import { useWorkbenchState } from '../../workbench/context';
import { useNotUnderstood } from './context';
import './not-understood.css';

function AddForm({ word, onDone }: { word: NotUnderstoodWord; onDone: () => void }) {
  const { t } = useTranslation();
  const controller = useNotUnderstood();
  const id = useId();
  const [alternative, setAlternative] = useState('');
  const [explanation, setExplanation] = useState(word.contexts.find((context) => context.meaning)?.meaning ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (alternative.trim() === '' || explanation.trim() === '') return;
    setBusy(true);
    const ok = await controller.addToList(word, alternative, explanation);
    setBusy(false);
    if (ok) onDone();
  };
  return (
    <form className="not-understood-form" onSubmit={(event) => void submit(event)} aria-label={t('notUnderstood.addTitle', { word: word.word })}>
      <label htmlFor={`${id}-alt`}>{t('notUnderstood.alternative')}</label>
      <input id={`${id}-alt`} value={alternative} onChange={(event) => setAlternative(event.target.value)} required autoFocus maxLength={200} />
      <label htmlFor={`${id}-expl`}>{t('notUnderstood.explanation')}</label>
      <textarea id={`${id}-expl`} value={explanation} onChange={(event) => setExplanation(event.target.value)} required rows={3} maxLength={2000} />
      <div className="not-understood-form__buttons">
        <button type="submit" disabled={busy}>
          {t('notUnderstood.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}

function WordRow({ word }: { word: NotUnderstoodWord }) {
  const { t } = useTranslation();
  const controller = useNotUnderstood();
  const adding = useObservable(controller.store, (state) => state.adding === word.key);
  return (
    <li className="not-understood-word" data-word={word.key}>
      <div className="not-understood-word__head">
        <strong>{word.word}</strong>
        <span data-testid="residents">{t('notUnderstood.residents', { count: word.residents })}</span>
        <span data-testid="notes">{t('notUnderstood.notes', { count: word.notes })}</span>
        <span className={word.flaggedBy ? 'not-understood-flag' : 'not-understood-flag not-understood-flag--none'}>
          {word.flaggedBy ? t('notUnderstood.flagged') : t('notUnderstood.notFlagged')}
        </span>
      </div>
      <ul className="not-understood-contexts">
        {word.contexts.map((context, index) => (
          <li key={index}>
            <span className="not-understood-context">{context.text}</span>
            {context.meaning ? <span className="not-understood-meaning">{t('notUnderstood.thought', { meaning: context.meaning })}</span> : null}
          </li>
        ))}
      </ul>
      {adding ? (
        <AddForm word={word} onDone={() => controller.openAdd(null)} />
      ) : (
        <button type="button" onClick={() => controller.openAdd(word.key)}>
          {t('notUnderstood.addToList')}
        </button>
      )}
    </li>
  );
}

function OwnMarks() {
  const { t } = useTranslation();
  const controller = useNotUnderstood();
  const own = useObservable(controller.store, (state) => state.own);
  return (
    <div className="not-understood-view">
      <p>{t('notUnderstood.residentHint')}</p>
      <button type="button" className="not-understood-mark-button" onMouseDown={(event) => event.preventDefault()} onClick={() => void controller.markAtSelection()}>
        {t('notUnderstood.markButton')}
      </button>
      <h3>{t('notUnderstood.ownTitle')}</h3>
      {own.length === 0 ? (
        <p>{t('notUnderstood.ownNone')}</p>
      ) : (
        <ul className="not-understood-list">
          {own.map((mark) => (
            <li key={mark.id} className="not-understood-word">
              <strong>{mark.anchor.selector.exact}</strong>
              {mark.meaning ? <span className="not-understood-meaning">{t('notUnderstood.thought', { meaning: mark.meaning })}</span> : null}
              <button type="button" onClick={() => void controller.removeOwn(mark.id)} aria-label={t('notUnderstood.removeLabel', { word: mark.anchor.selector.exact })}>
                {t('notUnderstood.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function NotUnderstoodView() {
  const { t } = useTranslation();
  const controller = useNotUnderstood();
  const { scope, list, loading } = useObservable(controller.store, (state) => state);
  const active = useWorkbenchState((state) => state.active);
  const reviewCopy = useWorkbenchState((state) => state.tabs.some((tab) => tab.path === state.active && tab.reviewCopy));
  const werkmap = useWorkbenchState((state) => state.werkmap?.folder ?? null);
  useEffect(() => void controller.refresh(), [controller, active, werkmap, reviewCopy]);
  if (reviewCopy) return <OwnMarks />;
  return (
    <div className="not-understood-view" aria-busy={loading}>
      <h3 className="not-understood-title">{t('notUnderstood.title')}</h3>
      <fieldset className="not-understood-scope">
        <legend>{t('notUnderstood.scope')}</legend>
        <label>
          <input type="radio" name="not-understood-scope" checked={scope === 'note'} onChange={() => controller.setScope('note')} disabled={!active} />
          {t('notUnderstood.scopeNote')}
        </label>
        <label>
          <input type="radio" name="not-understood-scope" checked={scope === 'werkmap'} onChange={() => controller.setScope('werkmap')} disabled={!werkmap} />
          {t('notUnderstood.scopeWerkmap')}
        </label>
      </fieldset>
      <button type="button" onClick={() => void controller.refresh()}>
        {t('notUnderstood.refresh')}
      </button>
      {list === null ? null : list.words.length === 0 ? (
        <p>{t('notUnderstood.none')}</p>
      ) : (
        <>
          <p>{t('notUnderstood.summary', { count: list.words.length, notes: list.notes })}</p>
          <ul className="not-understood-list" aria-label={t('notUnderstood.title')}>
            {list.words.map((word) => (
              <WordRow key={word.key} word={word} />
            ))}
          </ul>
        </>
      )}
      {list && list.skipped.length > 0 ? <p className="not-understood-skipped">{t('notUnderstood.skipped', { files: list.skipped.join(', ') })}</p> : null}
    </div>
  );
}
