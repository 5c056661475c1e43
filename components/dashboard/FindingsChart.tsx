import { useEffect, useMemo, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { CATEGORIES } from '../../lib/engine/rule';
import { translator, type Locale } from '../../lib/i18n';
import type { LogStats } from '../../lib/log/query';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS: Record<(typeof CATEGORIES)[number], string> = {
  source: '#245bdb',
  'personal-data': '#d83931',
  map: '#2ea121',
  commercial: '#f5a623',
  approval: '#7f3bf5',
};

export interface FindingsChartProps {
  locale: Locale;
  months: LogStats['categoriesByMonth'];
}

/** Problems by category over time (a stacked bar), info notes in a bar of their own, and the same figures as a table. */
export function FindingsChart({ locale, months }: FindingsChartProps) {
  const tr = useMemo(() => translator(locale), [locale]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || !months.length) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: months.map((m) => m.month),
        datasets: [
          ...CATEGORIES.map((c) => ({
            label: tr(`category.${c}`),
            data: months.map((m) => m.counts[c] ?? 0),
            backgroundColor: COLORS[c],
            stack: 'violations',
          })),
          // Info notes stand beside the violations in a bar of their own, hatched grey.
          { label: tr('findings.notes'), data: months.map((m) => m.notes ?? 0), backgroundColor: '#c9cdd4', stack: 'notes' },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [months, tr]);
  if (!months.length) return <p className="empty">{tr('findings.none')}</p>;
  return (
    <section className="findings" aria-labelledby="findings-caption">
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={tr('findings.chartLabel')} id="findings-chart" />
      </div>
      <p className="hint">{tr('findings.notesHint')}</p>
      <table id="findings-table">
        <caption id="findings-caption">{tr('findings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('findings.month')}</th>
            {CATEGORIES.map((c) => (
              <th scope="col" key={c}>
                {tr(`category.${c}`)}
              </th>
            ))}
            <th scope="col" className="notes">
              {tr('findings.notes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              {CATEGORIES.map((c) => (
                <td key={c}>{m.counts[c] ?? 0}</td>
              ))}
              <td className="notes">{m.notes ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
