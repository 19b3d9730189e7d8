// Flesch-Douma and Brouwer across versions as a small line chart (uPlot), with the same figures
// as a table for screen readers and for anyone who prefers numbers. Colours come from the theme's
// CSS variables, and the two lines also differ by dash and point shape, not by colour alone.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { VersionInfo } from '../../../../shared/contract';

function cssVar(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

export function TrendChart({ versions, theme }: { versions: readonly VersionInfo[]; theme: string }) {
  const { t, i18n } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const oldestFirst = useMemo(() => [...versions].reverse(), [versions]);
  useEffect(() => {
    const element = holder.current;
    if (!element || oldestFirst.length < 2) return;
    const ink = cssVar(element, '--fg', '#222');
    const grid = cssVar(element, '--border', '#ccc');
    const first = cssVar(element, '--trend-fd', '#0b5cad');
    const second = cssVar(element, '--trend-br', '#6b3fa0');
    const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
    const chart = new uPlot(
      {
        width: Math.max(240, element.clientWidth || 480),
        height: 180,
        scales: { x: { time: false }, y: { range: [0, 100] } },
        axes: [{ ...axis, values: (_u: uPlot, ticks: number[]) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick + 1) : '')) }, axis],
        legend: { show: true },
        series: [
          { label: t('versions.trendVersion') },
          { label: 'Flesch-Douma', stroke: first, width: 2, points: { show: true, size: 7, fill: first } },
          { label: 'Brouwer', stroke: second, width: 2, dash: [6, 4], points: { show: true, size: 7, fill: ink } },
        ],
      },
      [oldestFirst.map((_, index) => index), oldestFirst.map((version) => version.stats.fleschDouma), oldestFirst.map((version) => version.stats.brouwer)],
      element,
    );
    return () => chart.destroy();
    // The theme is a dependency: the chart is redrawn with the new theme's colours.
  }, [oldestFirst, theme, t]);

  if (oldestFirst.length < 2) return <p className="view-empty">{t('versions.trendTooFew')}</p>;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <figure className="trend">
      <div ref={holder} className="trend-chart" role="img" aria-label={t('versions.trendLabel', { count: oldestFirst.length })} />
      <figcaption>{t('versions.trendCaption')}</figcaption>
      <details>
        <summary>{t('versions.trendTable')}</summary>
        <table className="versions-table">
          <thead>
            <tr>
              <th>{t('versions.trendVersion')}</th>
              <th>{t('versions.date')}</th>
              <th>Flesch-Douma</th>
              <th>Brouwer</th>
              <th>{t('versions.level')}</th>
              <th>{t('versions.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {oldestFirst.map((version, index) => (
              <tr key={version.id}>
                <td>{version.name ?? `${index + 1}`}</td>
                <td>{date.format(new Date(version.createdAt))}</td>
                <td>{version.stats.fleschDouma}</td>
                <td>{version.stats.brouwer}</td>
                <td>{version.stats.level}</td>
                <td>{Object.values(version.stats.families).reduce((sum, count) => sum + count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
