// The Leesbaarheidsrapport inside Helder, from the same model as the HTML and PDF exports.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { adviceContext } from '../../../../shared/report/advice';
import { FAMILY_LABEL, RULE_LABEL } from '../../../../shared/report/labels';
import { useObservable } from '../../base/observable';
import { useWorkbenchState } from '../../workbench/context';
import { useVersions } from './context';
import './versions.css';

export function ReportView() {
  const { t } = useTranslation();
  const versions = useVersions();
  const active = useWorkbenchState((state) => state.active);
  const report = useObservable(versions.state, (state) => state.report);
  useEffect(() => {
    if (active) void versions.showReport();
  }, [active, versions]);
  if (!active) return <p className="view-empty">{t('status.noNote')}</p>;
  if (!report) return <p className="view-empty">{t('versions.loading')}</p>;
  return (
    <article className="report-view" lang="nl">
      <div className="versions-actions">
        <button type="button" onClick={() => void versions.exportReport('html')}>
          {t('report.exportHtml')}
        </button>
        <button type="button" onClick={() => void versions.exportReport('pdf')}>
          {t('report.exportPdf')}
        </button>
      </div>
      <h3>
        {t('report.title')}: {report.title}
      </h3>
      <p className="report-score">
        <span className={`level-badge level-${report.score.level}`}>{report.score.level}</span> Flesch-Douma {report.score.fleschDouma} · Brouwer {report.score.brouwer} · {report.score.words} {t('versions.words').toLowerCase()}
      </p>
      <ul>
        {report.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h4>{t('versions.perSection')}</h4>
      <table className="versions-table">
        <tbody>
          {report.sections.map((section, index) => (
            <tr key={index}>
              <td>{section.title || t('versions.beforeFirstHeading')}</td>
              <td className="bar-cell">
                <div className={`report-bar level-${section.score.level}`} style={{ width: `${Math.max(0, Math.min(100, section.score.fleschDouma))}%` }} />
              </td>
              <td>
                <span className={`level-badge level-${section.score.level}`}>{section.score.level}</span> {section.score.fleschDouma}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('report.families')}</h4>
      <ul>
        {report.families
          .filter((row) => row.count > 0)
          .map((row) => (
            <li key={row.family}>
              {FAMILY_LABEL[row.family]}: {row.count}
            </li>
          ))}
      </ul>
      <h4>{t('report.hardest')}</h4>
      <ol>
        {report.hardest.map((sentence, index) => (
          <li key={index}>
            <q>{sentence.text}</q> <span className="report-reasons">{sentence.reasons.join(' · ')}</span>
          </li>
        ))}
      </ol>
      {report.terms.length > 0 && (
        <>
          <h4>{t('report.terms')}</h4>
          <ul>
            {report.terms.map((term) => (
              <li key={term.term}>
                {term.term} ({term.count}×) → {term.alternative || '—'}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.dismissed.length > 0 && (
        <>
          <h4>{t('report.dismissed')}</h4>
          <ul>
            {report.dismissed.map((row, index) => (
              <li key={index}>
                {RULE_LABEL[row.ruleId] ?? row.ruleId}: “{row.quote}” — {row.reason || t('report.noReason')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.advice.length > 0 && (
        <>
          <h4>{t('report.advice')}</h4>
          <ol className="report-advice" data-testid="report-advice">
            {report.advice.map((row, index) => (
              <li key={index}>
                <span className="report-reasons">{adviceContext(row)}</span> <q>{row.quote}</q> {row.body} <span className="report-reasons">— {row.author}</span>
                {row.suggestion && <> · {row.suggestion}</>}
              </li>
            ))}
          </ol>
        </>
      )}
      {report.changes && (
        <>
          <h4>{t('report.changes')}</h4>
          <p>
            Flesch-Douma {report.changes.before.fleschDouma} → {report.changes.after.fleschDouma} · {t('versions.level')} {report.changes.before.level} → {report.changes.after.level}
          </p>
        </>
      )}
    </article>
  );
}
