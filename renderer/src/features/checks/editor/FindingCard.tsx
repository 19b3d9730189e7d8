// The card that explains one finding: what is wrong, the kind of rule (never an internal id), alternatives as
// buttons, the B1 explanation, and the three ways to keep the text as it is.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sentenceAround, sentenceLevel } from '../../../../../shared/checker/readability/sentence';
import type { Finding } from '../../../../../shared/checker/types';
import { sentenceDifficulty } from '../../../../../shared/report/why-hard';
import type { DismissalScope } from '../dismissals';
import { matchCapital } from '../replacement';

export interface FindingCardProps {
  finding: Finding;
  /** Other findings at the same place (e.g. a word inside a long sentence), reachable by tabs. */
  others: readonly Finding[];
  blockText: string;
  blockFindings: readonly Finding[];
  position: { left: number; top: number };
  /** Opened from the keyboard: focus moves into the card. */
  takeFocus: boolean;
  onSelect(finding: Finding): void;
  onApply(finding: Finding, alternative: string): void;
  onDismiss(finding: Finding, scope: DismissalScope, reason?: string): void;
  onAddWord?(word: string): void;
  /** "Advies geven": the advisor's review note on this finding's words. */
  onAdvise?(finding: Finding): void;
  onClose(returnFocus: boolean): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

export function FindingCard(props: FindingCardProps) {
  const { finding, blockText, position } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    if (!props.takeFocus) return;
    // After the key press that opened the card has finished, or the editor takes focus back.
    const frame = requestAnimationFrame(() => {
      const card = ref.current;
      (card?.querySelector<HTMLElement>('[data-testid="finding-alternative"]') ?? card?.querySelector<HTMLElement>('button'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [props.takeFocus, finding]);

  const why = finding.ruleId === 'long-sentence' ? sentenceDifficulty(finding, blockText, props.blockFindings) : null;
  const sentence = sentenceLevelOf(finding, blockText, props.blockFindings);
  const wordLike = finding.ruleId === 'jargon' || finding.ruleId === 'hard-word' || finding.ruleId === 'spelling';
  const all = [finding, ...props.others];

  return (
    <div
      ref={ref}
      className="finding-card"
      role="dialog"
      aria-label={t('checks.card.label')}
      data-testid="finding-card"
      style={{ left: position.left, top: position.top }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose(true);
        }
      }}
    >
      {all.length > 1 && (
        <div role="tablist" className="finding-actions">
          {all.map((item) => (
            <button key={`${item.ruleId}:${item.start}`} type="button" role="tab" aria-selected={item === finding} onClick={() => props.onSelect(item)}>
              {t(`checks.rule.${item.ruleId}`, { defaultValue: item.ruleId })}
            </button>
          ))}
        </div>
      )}
      <h2>{finding.message}</h2>
      <p className="finding-meta">
        <span className={`severity-${finding.severity}`}>{t(`checks.severity.${finding.severity}`)}</span>
        {' · '}
        {t(`checks.rule.${finding.ruleId}`, { defaultValue: finding.ruleId })}
      </p>
      {why && (
        <p className="finding-why" data-testid="finding-why">
          {t('checks.card.why', { words: why.words, commas: why.commas, clauses: why.clauses })}
          {why.hardWords.length > 0 && `; ${t('checks.card.whyHardWords', { words: why.hardWords.join(', ') })}`}
          {why.passives.length > 0 && `; ${t('checks.card.whyPassive', { words: why.passives.join(', ') })}`}
        </p>
      )}
      <div className="finding-level" data-testid="finding-level" data-level={sentence.level}>
        <p className="finding-meta">{t('checks.card.sentenceLevel', { level: sentence.level })}</p>
        <ul>
          {sentence.reasons.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      {finding.expected.length > 0 ? (
        <>
          <p className="finding-meta">{t('checks.card.alternatives')}</p>
          <div className="finding-alternatives">
            {finding.expected.map((alternative) => (
              <button key={alternative} type="button" data-testid="finding-alternative" onClick={() => props.onApply(finding, alternative)}>
                {matchCapital(finding.actual, alternative) || '—'}
              </button>
            ))}
          </div>
        </>
      ) : (
        wordLike && <p className="finding-meta">{t('checks.card.noAlternative')}</p>
      )}
      {finding.explanation && (
        <p className="finding-explanation">
          <strong>{t('checks.card.explanation')}</strong> {finding.explanation}
        </p>
      )}
      {/* Ignoring is a choice an advisor may review: the reason field is always in view, never behind a modifier key. */}
      <form className="finding-ignore" onSubmit={(event) => event.preventDefault()}>
        <label className="finding-ignore-label">
          {t('checks.card.ignoreWithReason')}
          <input value={reason} placeholder={t('checks.card.reasonPlaceholder')} data-testid="finding-reason" onChange={(event) => setReason(event.target.value)} />
        </label>
        <div className="finding-actions">
          {(['here', 'note'] as const satisfies readonly DismissalScope[]).map((scope) => (
            <button key={scope} type="button" onClick={() => props.onDismiss(finding, scope, reason.trim() || undefined)}>
              {scope === 'here' ? t('checks.card.ignoreHere') : t('checks.card.ignoreNote')}
            </button>
          ))}
          {wordLike && props.onAddWord && (
            <button type="button" onClick={() => props.onAddWord?.(finding.actual)}>
              {t('checks.card.addWord')}
            </button>
          )}
          {props.onAdvise && (
            <button type="button" data-testid="finding-advise" onClick={() => props.onAdvise?.(finding)}>
              {t('checks.card.advise')}
            </button>
          )}
          <button type="button" onClick={() => props.onClose(true)} aria-label={t('checks.card.close')}>
            ×
          </button>
        </div>
      </form>
    </div>
  );
}

/** The level of the sentence the finding is in, with the hard words the checker marked there. */
function sentenceLevelOf(finding: Finding, blockText: string, blockFindings: readonly Finding[]) {
  const span = finding.ruleId === 'long-sentence' ? { start: finding.start, end: finding.end } : sentenceAround(blockText, finding.start, finding.end);
  const hard = blockFindings.filter((f) => (f.ruleId === 'jargon' || f.ruleId === 'hard-word') && f.start >= span.start && f.end <= span.end).map((f) => f.actual);
  return sentenceLevel(blockText.slice(span.start, span.end), [...new Set(hard)]);
}
