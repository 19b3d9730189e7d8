// Versies: every named version and autosave point with date, author, words, level and
// Flesch-Douma; compare any two (or one with the current text); restore; read an old text; trend.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, FindingCount, Score, VersionRef } from '../../../../shared/contract';
import { useObservable } from '../../base/observable';
import { useWorkbenchState } from '../../workbench/context';
import { useVersions } from './context';
import { DiffView } from './DiffView';
import { TrendChart } from './TrendChart';
import './versions.css';

const delta = (before: number, after: number) => {
  const value = Math.round((after - before) * 10) / 10;
  return value === 0 ? '±0' : value > 0 ? `+${value}` : `−${Math.abs(value)}`;
};

function ScoreCell({ score }: { score: Score | null }) {
  if (!score) return <td>—</td>;
  return (
    <td>
      <span className={`level-badge level-${score.level}`}>{score.level}</span> {score.fleschDouma}
    </td>
  );
}

function FindingList({ items }: { items: readonly FindingCount[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="view-empty">{t('versions.noFindings')}</p>;
  return (
    <ul className="finding-changes">
      {items.slice(0, 30).map((item) => (
        <li key={`${item.ruleId}:${item.actual}`}>
          {t(`versions.family.${item.family}`)}: “{item.actual}”{item.count > 1 ? ` (${item.count}×)` : ''}
        </li>
      ))}
    </ul>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const s = comparison.summary;
  return (
    <section className="comparison" aria-label={t('versions.comparison')}>
      <p className="comparison-summary">{t('versions.summary', { changed: s.changed, added: s.added, removed: s.removed, moved: s.moved, wordsAdded: s.wordsAdded, wordsRemoved: s.wordsRemoved })}</p>
      <p className="comparison-score">
        Flesch-Douma {comparison.before.fleschDouma} → {comparison.after.fleschDouma} ({delta(comparison.before.fleschDouma, comparison.after.fleschDouma)}) · {t('versions.level')} {comparison.before.level} → {comparison.after.level}
      </p>
      <table className="versions-table section-scores">
        <caption>{t('versions.perSection')}</caption>
        <thead>
          <tr>
            <th>{t('versions.section')}</th>
            <th>{t('versions.before')}</th>
            <th>{t('versions.after')}</th>
            <th>{t('versions.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.sections.map((row, index) => (
            <tr key={index}>
              <td>{row.title || t('versions.beforeFirstHeading')}</td>
              <ScoreCell score={row.before} />
              <ScoreCell score={row.after} />
              <td>{row.before && row.after ? delta(row.before.fleschDouma, row.after.fleschDouma) : row.after ? t('versions.new') : t('versions.gone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="finding-columns">
        <div>
          <h4>{t('versions.resolved')}</h4>
          <FindingList items={comparison.resolved} />
        </div>
        <div>
          <h4>{t('versions.appeared')}</h4>
          <FindingList items={comparison.appeared} />
        </div>
      </div>
      <DiffView changes={comparison.changes} />
    </section>
  );
}

export function VersionsView() {
  const { t, i18n } = useTranslation();
  const versions = useVersions();
  const active = useWorkbenchState((state) => state.active);
  const theme = useWorkbenchState((state) => state.settings.theme);
  const state = useObservable(versions.state, (value) => value);
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('current');

  useEffect(() => {
    if (active) void versions.refresh();
  }, [active, versions]);

  if (!active) return <p className="view-empty">{t('status.noNote')}</p>;
  const list = state.path === active ? state.versions : [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const refOf = (value: string): VersionRef => (value === 'current' ? 'current' : Number(value));
  const fromValue = from || (list[0] ? String(list[0].id) : '');
  const labelOf = (id: number) => {
    const version = list.find((item) => item.id === id);
    return version ? `${version.name ?? t('versions.autosave')} · ${date.format(new Date(version.createdAt))}` : '';
  };
  const versionOptions = list.map((version) => (
    <option key={version.id} value={version.id}>
      {labelOf(version.id)}
    </option>
  ));
  return (
    <div className="versions-view">
      <div className="versions-actions">
        {versions.canUndoRestore() && (
          <button type="button" onClick={() => void versions.undoRestore()}>
            {t('versions.undoRestore')}
          </button>
        )}
        <button type="button" onClick={() => void versions.showReport()}>
          {t('report.show')}
        </button>
      </div>
      {list.length === 0 ? (
        <p className="view-empty">{state.loading ? t('versions.loading') : t('versions.none')}</p>
      ) : (
        <table className="versions-table versions-list">
          <caption className="visually-hidden">{t('versions.title')}</caption>
          <thead>
            <tr>
              <th>{t('versions.name')}</th>
              <th>{t('versions.date')}</th>
              <th>{t('versions.author')}</th>
              <th>{t('versions.words')}</th>
              <th>{t('versions.level')}</th>
              <th>Flesch-Douma</th>
              <th>
                <span className="visually-hidden">{t('versions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((version) => (
              <tr key={version.id} data-version-id={version.id}>
                <td>{version.name ?? <em>{t('versions.autosave')}</em>}</td>
                <td>{date.format(new Date(version.createdAt))}</td>
                <td>{version.author || '—'}</td>
                <td>{version.stats.words}</td>
                <td>
                  <span className={`level-badge level-${version.stats.level}`}>{version.stats.level}</span>
                </td>
                <td>{version.stats.fleschDouma}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => void versions.compare(version.id, 'current')}>
                    {t('versions.compareWithCurrent')}
                  </button>
                  <button type="button" onClick={() => void versions.read(version.id)}>
                    {t('versions.read')}
                  </button>
                  <button type="button" onClick={() => void versions.restore(version.id)}>
                    {t('versions.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > 0 && (
        <form
          className="compare-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (fromValue) void versions.compare(refOf(fromValue), refOf(to));
          }}
        >
          <label>
            {t('versions.from')}{' '}
            <select value={fromValue} onChange={(event) => setFrom(event.target.value)}>
              {versionOptions}
            </select>
          </label>
          <label>
            {t('versions.to')}{' '}
            <select value={to} onChange={(event) => setTo(event.target.value)}>
              <option value="current">{t('versions.current')}</option>
              {versionOptions}
            </select>
          </label>
          <button type="submit" disabled={state.comparing}>
            {t('versions.compare')}
          </button>
        </form>
      )}
      {state.comparison && state.path === active && <ComparisonView comparison={state.comparison} />}
      {state.reading && state.path === active && (
        <section className="version-text" aria-label={t('versions.readLabel', { name: labelOf(state.reading.id) })}>
          <h4>{t('versions.readLabel', { name: labelOf(state.reading.id) })}</h4>
          <textarea readOnly value={state.reading.text} rows={8} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(state.reading?.text ?? '')}>
            {t('versions.copy')}
          </button>
        </section>
      )}
      {list.length > 0 && (
        <section aria-label={t('versions.trend')}>
          <h4>{t('versions.trend')}</h4>
          <TrendChart versions={list} theme={theme} />
        </section>
      )}
    </div>
  );
}
