// All findings of the open note, grouped by heading or by kind, with filters and counts.
// Click or Enter on a finding calls onReveal; the owner selects the text in the editor.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../../../shared/checker/types';
import type { CheckSnapshot } from '../check-client';
import { FAMILIES, type Family } from '../families';
import { findingKey } from '../session';
import { countByRule, filterFindings, groupByRule, groupBySection, type ProblemFilter } from './group-findings';

export interface ProblemsPanelProps {
  snapshot: CheckSnapshot;
  onReveal(finding: Finding): void;
}

const SEVERITY_OPTIONS: Array<Severity | 'all'> = ['all', 'error', 'warning', 'info'];

function moveFocus(event: KeyboardEvent<HTMLElement>, step: 1 | -1) {
  const items = [...(event.currentTarget.closest('.problems-list')?.querySelectorAll<HTMLElement>('.problems-item') ?? [])];
  const index = items.indexOf(event.currentTarget);
  items[Math.min(items.length - 1, Math.max(0, index + step))]?.focus();
}

/**
 * A long note can have thousands of findings; drawing them all costs the writer typing speed.
 * The list shows a page at a time, the counts above it always cover everything.
 */
const PAGE_SIZE = 200;

function limitGroups<G extends { findings: readonly unknown[] }>(groups: G[], limit: number): (G & { shown: G['findings'] })[] {
  let budget = limit;
  const result: (G & { shown: G['findings'] })[] = [];
  for (const group of groups) {
    if (budget <= 0) break;
    result.push({ ...group, shown: group.findings.slice(0, budget) });
    budget -= group.findings.length;
  }
  return result;
}

export function ProblemsPanel({ snapshot, onReveal }: ProblemsPanelProps) {
  const { t } = useTranslation();
  const [grouping, setGrouping] = useState<'section' | 'rule'>('section');
  const [filter, setFilter] = useState<ProblemFilter>({ severity: 'all', family: 'all' });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const filtered = useMemo(() => filterFindings(snapshot.findings, filter), [snapshot.findings, filter]);
  const groups = useMemo(
    () => limitGroups(grouping === 'section' ? groupBySection(filtered, snapshot.sections) : groupByRule(filtered), limit),
    [grouping, filtered, snapshot.sections, limit],
  );
  const shown = groups.reduce((sum, group) => sum + group.shown.length, 0);
  const counts = useMemo(() => countByRule(snapshot.findings), [snapshot.findings]);
  const ruleName = (ruleId: string) => t(`checks.rule.${ruleId}`, { defaultValue: ruleId });

  return (
    <section className="problems-panel" data-testid="problems-panel" aria-label={t('checks.problems.title')}>
      <div className="problems-toolbar">
        <label>
          {t('checks.problems.groupBy')}{' '}
          <select value={grouping} onChange={(event) => setGrouping(event.target.value as 'section' | 'rule')}>
            <option value="section">{t('checks.problems.bySection')}</option>
            <option value="rule">{t('checks.problems.byRule')}</option>
          </select>
        </label>
        <label>
          {t('checks.problems.severity')}{' '}
          <select value={filter.severity} onChange={(event) => setFilter({ ...filter, severity: event.target.value as Severity | 'all' })}>
            {SEVERITY_OPTIONS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? t('checks.problems.all') : t(`checks.severity.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('checks.problems.family')}{' '}
          <select value={filter.family} onChange={(event) => setFilter({ ...filter, family: event.target.value as Family | 'all' })}>
            <option value="all">{t('checks.problems.all')}</option>
            {FAMILIES.map((family) => (
              <option key={family} value={family}>
                {t(`checks.family.${family}`)}
              </option>
            ))}
          </select>
        </label>
        <ul className="problems-counts" aria-label={t('checks.problems.byRule')}>
          {counts.map(({ ruleId, count }) => (
            <li key={ruleId} data-rule={ruleId}>
              {ruleName(ruleId)}: {count}
            </li>
          ))}
          {snapshot.dismissed.length > 0 && <li>{t('checks.problems.dismissed', { count: snapshot.dismissed.length })}</li>}
          {!snapshot.fresh && <li aria-live="polite">{t('checks.problems.checking')}</li>}
        </ul>
      </div>
      {filtered.length === 0 ? (
        <p className="view-empty">{snapshot.findings.length === 0 ? t('checks.problems.empty') : t('checks.problems.emptyFiltered')}</p>
      ) : (
        <ul className="problems-list" aria-label={t('checks.problems.listLabel')}>
          {groups.map((group) => (
            <li key={group.key} className="problems-group">
              <div className="problems-group-title">
                {grouping === 'rule' ? ruleName(group.title ?? '') : (group.title ?? t('checks.problems.noSection'))} ({group.findings.length})
              </div>
              <ul className="problems-list-inner" role="list">
                {group.shown.map((finding) => (
                  <li
                    key={findingKey(finding)}
                    className="problems-item"
                    tabIndex={0}
                    data-rule={finding.ruleId}
                    data-severity={finding.severity}
                    onClick={() => onReveal(finding)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        onReveal(finding);
                      } else if (event.key === 'ArrowDown') {
                        event.preventDefault();
                        moveFocus(event, 1);
                      } else if (event.key === 'ArrowUp') {
                        event.preventDefault();
                        moveFocus(event, -1);
                      }
                    }}
                  >
                    <span className={`severity-dot ${finding.severity}`} role="img" aria-label={t(`checks.severity.${finding.severity}`)} />
                    <span>
                      {finding.message} <span className="problems-quote">“{finding.actual.length > 60 ? `${finding.actual.slice(0, 57)}…` : finding.actual}”</span>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {shown < filtered.length && (
            <li className="problems-more">
              <button type="button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
                {t('checks.problems.showMore', { shown, total: filtered.length })}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
