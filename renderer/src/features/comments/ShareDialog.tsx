// "Review: Maak reviewkopie": the writer picks which open threads the panel may see. None is
// ticked at first: the writer's own notes stay home unless the writer chooses to share them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedThread } from './listed';

export function ShareDialog({ threads, resolve }: { threads: readonly ListedThread[]; resolve: (value: string[] | null) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="overlay-backdrop" onMouseDown={() => resolve(null)}>
      <form
        className="dialog comment-dialog"
        role="dialog"
        aria-label={t('comments.shareTitle')}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            resolve(null);
          }
        }}
        onSubmit={(event) => {
          event.preventDefault();
          resolve([...chosen]);
        }}
      >
        <p className="dialog-title">{t('comments.shareTitle')}</p>
        <p className="comment-hint">{t('comments.shareHint')}</p>
        <fieldset className="share-threads">
          <legend className="sr-only">{t('comments.shareTitle')}</legend>
          {threads.map((thread, index) => (
            <label key={thread.id} className="share-thread">
              <input type="checkbox" autoFocus={index === 0} checked={chosen.has(thread.id)} onChange={() => toggle(thread.id)} />
              <span>
                {thread.opening?.kind === 'advies' && <span className="comment-advice-badge">{t('comments.adviceLabel')}</span>}{' '}
                <span className="comment-quote">{thread.anchor.selector.exact}</span> {thread.opening?.excerpt.slice(0, 120)}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={() => resolve(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('comments.shareGo', { count: chosen.size })}
          </button>
        </div>
      </form>
    </div>
  );
}
