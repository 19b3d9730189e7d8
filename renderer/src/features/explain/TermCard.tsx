// The card that tells a resident what a hard word means: the word, what an abbreviation stands
// for, and the plain explanation, in large type. Nothing to fix or ignore: residents only read.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermExplanation } from '../../../../shared/explain/term-explanation';

export interface CardPlace {
  left: number;
  /** Below the word, or above it (bottom) when there is no room below. */
  top?: number;
  bottom?: number;
}

export interface TermCardProps {
  explanation: TermExplanation;
  place: CardPlace;
  /** Opened from the keyboard: a dialog that takes focus. From the mouse: a tooltip that does not. */
  fromKeyboard: boolean;
  /** Another explained word follows (or precedes, wrapping): offer to go there. */
  hasNext: boolean;
  onNext(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function TermCard({ explanation, place, fromKeyboard, hasNext, onNext, onClose, onPointerEnter, onPointerLeave }: TermCardProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    if (fromKeyboard) ref.current?.focus();
  }, [fromKeyboard, explanation]);

  return (
    <div
      ref={ref}
      className="term-card"
      role={fromKeyboard ? 'dialog' : 'tooltip'}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      data-testid="term-card"
      lang="nl"
      style={{ left: place.left, top: place.top, bottom: place.bottom }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <p className="term-card__term" id={titleId}>
        {explanation.term}
      </p>
      <div id={bodyId}>
        {explanation.meaning && (
          <p className="term-card__meaning">{t('explain.means', { term: explanation.term, meaning: explanation.meaning })}</p>
        )}
        {explanation.explanation && <p className="term-card__explanation">{explanation.explanation}</p>}
      </div>
      {fromKeyboard && (
        <div className="term-card__actions">
          {hasNext && (
            <button type="button" onClick={onNext}>
              {t('explain.next')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('explain.close')}
          </button>
        </div>
      )}
    </div>
  );
}
