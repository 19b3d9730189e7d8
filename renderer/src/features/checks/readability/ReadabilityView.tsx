// Readability of the open note: scores per section and the five hardest sentences with why.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../../shared/checker/types';
import { hardestSentences } from '../../../../../shared/report/hardest-sentences';
import type { CheckSnapshot } from '../check-client';
import type { WireReadability } from '../protocol';

export interface ReadabilityViewProps {
  snapshot: CheckSnapshot;
  /** The note's blocks (session.client.state.getBlocks()). */
  blocks: ReadonlyArray<{ id: string; kind: string; text: string }>;
  /** Select a sentence in the editor; receives a finding-shaped span. */
  onReveal(span: Pick<Finding, 'blockId' | 'start' | 'end'>): void;
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value) : '–');

function Row({ label, readability }: { label: string; readability: WireReadability }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{readability.words}</td>
      <td className="number">{readability.sentences}</td>
      <td className="number">{readability.averageSentenceLength.toFixed(1)}</td>
      <td className="number">{round(readability.fleschDouma)}</td>
      <td className="number">{round(readability.brouwer)}</td>
      <td>{readability.level}</td>
    </tr>
  );
}

export function ReadabilityView({ snapshot, blocks, onReveal }: ReadabilityViewProps) {
  const { t } = useTranslation();
  const hardest = useMemo(() => hardestSentences(blocks, snapshot.findings), [blocks, snapshot.findings]);
  const readability = snapshot.readability;
  return (
    <section className="readability-view" data-testid="readability-view" aria-label={t('checks.readability.title')}>
      <p>{t('checks.readability.explain')}</p>
      {readability && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('checks.readability.section')}</th>
              <th scope="col">{t('checks.readability.words')}</th>
              <th scope="col">{t('checks.readability.sentences')}</th>
              <th scope="col">{t('checks.readability.average')}</th>
              <th scope="col">{t('checks.readability.fleschDouma')}</th>
              <th scope="col">{t('checks.readability.brouwer')}</th>
              <th scope="col">{t('checks.readability.level')}</th>
            </tr>
          </thead>
          <tbody>
            <Row label={t('checks.readability.document')} readability={readability} />
            {snapshot.sections
              .filter((section) => section.readability.sentences > 0)
              .map((section) => (
                <Row key={section.headingId ?? 'start'} label={section.title || t('checks.problems.noSection')} readability={section.readability} />
              ))}
          </tbody>
        </table>
      )}
      <h3>{t('checks.readability.hardest')}</h3>
      {hardest.length === 0 ? (
        <p>{t('checks.readability.noSentences')}</p>
      ) : (
        <ol>
          {hardest.map((sentence) => (
            <li key={`${sentence.blockId}:${sentence.start}`}>
              <button type="button" className="link-button" title={t('checks.readability.go')} onClick={() => onReveal(sentence)}>
                {sentence.text}
              </button>
              <div className="sentence-reasons">
                {t('checks.card.why', { words: sentence.words, commas: sentence.commas, clauses: sentence.clauses })}
                {sentence.hardWords.length > 0 && `; ${t('checks.card.whyHardWords', { words: sentence.hardWords.join(', ') })}`}
                {sentence.passives.length > 0 && `; ${t('checks.card.whyPassive', { words: sentence.passives.join(', ') })}`}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
