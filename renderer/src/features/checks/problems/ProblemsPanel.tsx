// All findings of the open note, grouped by heading or by kind, with filters and counts.
// Click or Enter on a finding calls onReveal; the owner selects the text in the editor.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCachedText } from '../../../base/cached-text';
import { sentenceGroupsOf } from '../../../../../shared/checker/sentence-groups';
import type { Finding, Severity } from '../../../../../shared/checker/types';
import type { CheckSnapshot } from '../check-client';
import { FAMILIES, type Family } from '../families';
import { countByFamily, filterFindings, groupByFamily, groupBySection, groupWithRepeats, type ProblemFilter } from './group-findings';
import { flattenGroups, isFocusable, moveAmongFindings, rowWindow, scrollToShow, type ProblemRow } from './problem-rows';

export interface ProblemsPanelProps {
  snapshot: CheckSnapshot;
  onReveal(finding: Finding): void;
}

const SEVERITY_OPTIONS: Array<Severity | 'all'> = ['all', 'error', 'warning', 'info'];

/** Every row is one line of this height (see checks.css), so the list can draw only what is in view. */
const ROW_PX = 24;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blank space. */
const OVERSCAN = 10;
const PAGE_ROWS = 10;

const STEP_OF_KEY: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS, Home: -Infinity, End: Infinity };

export function ProblemsPanel({ snapshot, onReveal }: ProblemsPanelProps) {
  const { t } = useTranslation();
  const [grouping, setGrouping] = useState<'section' | 'family'>('section');
  const [filter, setFilter] = useState<ProblemFilter>({ severity: 'all', family: 'all' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const filtered = useMemo(() => filterFindings(snapshot.findings, filter), [snapshot.findings, filter]);
  // Sentence entries are made from what the filter leaves: with only "Lijdende vorm" shown, a
  // sentence with one passive and two hard words is that one passive. By kind, each group holds one
  // kind of problem, so sentences are not grouped there.
  const sentences = useMemo(() => (grouping === 'section' ? sentenceGroupsOf(filtered, snapshot.repeats) : new Map()), [grouping, filtered, snapshot.repeats]);
  const rows = useMemo(
    () =>
      flattenGroups(
        groupWithRepeats(filtered, snapshot.repeats, (findings) => (grouping === 'section' ? groupBySection(findings, snapshot.sections) : groupByFamily(findings))),
        snapshot.repeats,
        sentences,
        expanded,
      ),
    [grouping, filtered, snapshot.sections, snapshot.repeats, sentences, expanded],
  );
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  // Counted per kind, named as the "Soort" filter names them: a count always matches a filter choice.
  const counts = useMemo(() => countByFamily(snapshot.findings), [snapshot.findings]);
  // Asked for every drawn row on every update while the writer types: looked up once per language.
  const text = useCachedText();
  const ruleName = useMemo(() => (ruleId: string) => text(`checks.rule.${ruleId}`, { defaultValue: ruleId }), [text]);
  const familyName = (family: string) => t(`checks.family.${family}`);

  return (
    <section className="problems-panel" data-testid="problems-panel" aria-label={t('checks.problems.title')}>
      <div className="problems-toolbar">
        <label>
          {t('checks.problems.groupBy')}{' '}
          <select value={grouping} onChange={(event) => setGrouping(event.target.value as 'section' | 'family')}>
            <option value="section">{t('checks.problems.bySection')}</option>
            <option value="family">{t('checks.problems.byRule')}</option>
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
                {familyName(family)}
              </option>
            ))}
          </select>
        </label>
        <ul className="problems-counts" aria-label={t('checks.problems.byRule')}>
          {counts.map(({ family, count }) => (
            <li key={family} data-family={family}>
              {familyName(family)}: {count}
            </li>
          ))}
          {snapshot.dismissed.length > 0 && <li>{t('checks.problems.dismissed', { count: snapshot.dismissed.length })}</li>}
          {!snapshot.fresh && <li aria-live="polite">{t('checks.problems.checking')}</li>}
        </ul>
      </div>
      {filtered.length === 0 ? (
        <p className="view-empty">{snapshot.findings.length === 0 ? t('checks.problems.empty') : t('checks.problems.emptyFiltered')}</p>
      ) : (
        <ProblemRows
          rows={rows}
          total={filtered.length}
          groupTitle={(title) => (grouping === 'family' ? familyName(title ?? 'other') : (title ?? t('checks.problems.noSection')))}
          ruleName={ruleName}
          onReveal={onReveal}
          onToggle={toggle}
        />
      )}
    </section>
  );
}

interface ProblemRowsProps {
  rows: readonly ProblemRow[];
  /** Findings in the list (the rows without the titles). */
  total: number;
  groupTitle(title: string | null): string;
  ruleName(ruleId: string): string;
  onReveal(finding: Finding): void;
  /** Opens or closes a sentence entry (its key without the row prefix). */
  onToggle(sentenceKey: string): void;
}

const quote = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

/**
 * "lijdende vorm 'wordt … besloten'": a finding as one item of a sentence entry. A span of more
 * than three words shows its first and last word (the two verb parts of a passive); a long
 * sentence is named, not quoted.
 */
function memberLabel(finding: Finding, ruleName: (ruleId: string) => string): string {
  const name = ruleName(finding.ruleId);
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  if (finding.ruleId === 'long-sentence') return lower;
  const words = finding.actual.split(/\s+/u);
  const shown = words.length > 3 ? `${words[0]} … ${words[words.length - 1]}` : finding.actual;
  return `${lower} '${quote(shown, 30)}'`;
}

/**
 * Draws only the rows in view; one row is the tab stop and the arrow keys, Page Up/Down, Home and
 * End move it over every finding, scrolling the list so the focused row is always drawn.
 */
function ProblemRows({ rows, total, groupTitle, ruleName, onReveal, onToggle }: ProblemRowsProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const [active, setActive] = useState(-1);
  const focusActive = useRef(false);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView((current) => (current.top === element.scrollTop && current.height === element.clientHeight ? current : { top: element.scrollTop, height: element.clientHeight }));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    element.addEventListener('scroll', schedule, { passive: true });
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      observer.disconnect();
      element.removeEventListener('scroll', schedule);
    };
  }, []);

  // The list changes under the focused row while the writer types: keep the same place, on a finding.
  const current = active >= 0 && isFocusable(rows[Math.min(active, rows.length - 1)]) ? Math.min(active, rows.length - 1) : moveAmongFindings(rows, Math.max(0, active), 0);

  useLayoutEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${current}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const element = scroller.current;
    if (index < 0 || !element) return;
    const top = scrollToShow(index, ROW_PX, element.scrollTop, element.clientHeight);
    if (top !== element.scrollTop) element.scrollTop = top;
    focusActive.current = true;
    setActive(index);
    setView({ top, height: element.clientHeight });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const row = rows[index];
    if (row?.kind === 'sentence') {
      // Enter and Space open or close the entry (the button's own click); right opens, left closes.
      if ((event.key === 'ArrowRight' && !row.expanded) || (event.key === 'ArrowLeft' && row.expanded)) {
        event.preventDefault();
        onToggle(row.key.slice(2));
        return;
      }
    } else if (row?.kind === 'finding') {
      if (event.key === 'Enter') {
        event.preventDefault();
        onReveal(row.finding);
        return;
      }
      if (event.key === 'ArrowLeft' && row.sentence >= 0) {
        event.preventDefault();
        moveTo(row.sentence);
        return;
      }
    }
    const step = STEP_OF_KEY[event.key];
    if (step === undefined) return;
    event.preventDefault();
    moveTo(moveAmongFindings(rows, index, step));
  };

  const [first, end] = rowWindow(rows.length, ROW_PX, view.top, view.height, OVERSCAN);
  const drawn: number[] = [];
  for (let index = first; index < end; index++) drawn.push(index);
  if (current >= 0 && (current < first || current >= end)) drawn.push(current); // the tab stop is always in the DOM
  // Asked for every drawn row on every update while the writer types: looked up once per language.
  const text = useCachedText();
  const labels = useMemo(
    () => ({
      severity: { error: text('checks.severity.error'), warning: text('checks.severity.warning'), info: text('checks.severity.info') },
      repeatOf: text('checks.problems.repeatOf'),
      sentence: (count: number) => text('checks.problems.sentence', { count }),
      repeats: (count: number) => text('checks.problems.repeats', { count }),
    }),
    [text],
  );
  const severityLabel = labels.severity;

  return (
    <div className="problems-scroll" ref={scroller} data-total={total} data-drawn={drawn.length}>
      <ul className="problems-list" aria-label={t('checks.problems.listLabel')} style={{ height: rows.length * ROW_PX }}>
        {drawn.map((index) => {
          const row = rows[index] as ProblemRow;
          const style = { top: index * ROW_PX, height: ROW_PX };
          if (row.kind === 'group') {
            return (
              <li key={`g:${row.key}`} className="problems-row problems-group-title" style={style}>
                {groupTitle(row.title)} ({row.count})
              </li>
            );
          }
          if (row.kind === 'sentence') {
            const summary = labels.sentence(row.members.length);
            const items = row.members.map((member) => memberLabel(member, ruleName)).join(', ');
            return (
              <li key={row.key} className="problems-row problems-sentence" style={style}>
                <button
                  type="button"
                  className="problems-sentence-toggle"
                  data-row={index}
                  data-severity={row.severity}
                  aria-expanded={row.expanded}
                  tabIndex={index === current ? 0 : -1}
                  title={`${summary} — ${items}`}
                  onClick={() => {
                    setActive(index);
                    onToggle(row.key.slice(2));
                  }}
                  onFocus={() => index !== current && setActive(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                >
                  <span className="problems-chevron" aria-hidden="true">
                    {row.expanded ? '▾' : '▸'}
                  </span>
                  <span className={`severity-dot ${row.severity}`} role="img" aria-label={severityLabel[row.severity]} />
                  <span className="problems-text">
                    {summary} — {items}
                  </span>
                </button>
              </li>
            );
          }
          const { finding } = row;
          const inSentence = row.sentence >= 0;
          return (
            <li
              key={row.key}
              data-row={index}
              className={`problems-row problems-item${row.repeat ? ' problems-item--repeat' : ''}${inSentence ? ' problems-item--in-sentence' : ''}`}
              data-repeat={row.repeat ? 'true' : undefined}
              style={style}
              tabIndex={index === current ? 0 : -1}
              data-rule={finding.ruleId}
              data-severity={finding.severity}
              onClick={() => {
                setActive(index);
                onReveal(finding);
              }}
              onFocus={() => index !== current && setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className={`severity-dot ${finding.severity}`} role="img" aria-label={severityLabel[finding.severity]} />
              <span className="problems-text">
                {row.repeat ? labels.repeatOf : finding.message}{' '}
                <span className="problems-quote">“{finding.actual.length > 60 ? `${finding.actual.slice(0, 57)}…` : finding.actual}”</span>
                {row.repeats > 0 && <span className="problems-repeats"> · {labels.repeats(row.repeats)}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
