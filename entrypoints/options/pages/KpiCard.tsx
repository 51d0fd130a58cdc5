import type { Kpi } from '@/utils/analytics/kpis';
import { formatNumber, uiLocale } from '@/utils/i18n';

const percent = (value: number) =>
  `${(value * 100).toLocaleString(uiLocale(), { maximumFractionDigits: 2, minimumFractionDigits: 1 })} %`;

/** A KPI's value, then the formula it came from, then why it is missing (the dashboard and the report). */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  return (
    <section className="kpi" aria-label={kpi.label}>
      <div className="kpi-label">{kpi.label}</div>
      <div className="kpi-value">
        {kpi.value === undefined ? '—' : kpi.isRate ? percent(kpi.value) : formatNumber(kpi.value)}
      </div>
      <div className="kpi-formula">= {kpi.formula}</div>
      {kpi.missing && <div className="kpi-missing">{kpi.missing}</div>}
    </section>
  );
}
