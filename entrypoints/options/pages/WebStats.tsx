import { useRef, useState } from 'react';
import { decodeExport } from '@/utils/analytics/export-file';
import type { PostNumbers } from '@/utils/analytics/kpis';
import { nothingImportedText } from '@/utils/analytics/nothing-imported';
import { planWebStatsImport, type WebStatsPlan } from '@/utils/analytics/web-stats-import';
import { type CampaignNumbers, conversionRate, joinWebStats } from '@/utils/analytics/web-stats-join';
import { platformName } from '@/utils/calendar/platform-names';
import { analyticsRepository } from '@/utils/db/analytics';
import { getDatabase } from '@/utils/db/database';
import type { WebAnalyticsTool, WebStat } from '@/utils/db/web-stats-records';
import { formatNumber, type MessageKey, t, uiLocale } from '@/utils/i18n';
import { type AnalyticsColumn, AnalyticsTable } from './AnalyticsTable';
import type { Notice } from './CalendarPage';
import { useModalDialog } from './useModalDialog';

const analytics = analyticsRepository(getDatabase());

/** Product names, the same in every language. */
const TOOL_NAMES: Record<WebAnalyticsTool, string> = {
  ga4: 'Google Analytics 4',
  matomo: 'Matomo',
  plausible: 'Plausible',
};

const percent = (value: number) =>
  `${(value * 100).toLocaleString(uiLocale(), { maximumFractionDigits: 2, minimumFractionDigits: 1 })} %`;
const maybe = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value));

/** CTR where the platform gives both clicks and impressions; else which of them it doesn't give. */
function platformCell(line: CampaignNumbers): string {
  return line.platform ? platformName(line.platform) : t('analyticsWebAllPlatforms');
}

/** Clicks ÷ impressions, where the platforms' exports give both. */
function ctrOf(line: CampaignNumbers): number | undefined {
  return line.impressions && line.clicks !== undefined ? line.clicks / line.impressions : undefined;
}

function ctrCell(line: CampaignNumbers): string {
  if (line.impressions === undefined || line.impressions === 0) return t('analyticsWebNoImpressions');
  if (line.clicks === undefined) return t('analyticsWebNoClicks');
  return percent(line.clicks / line.impressions);
}

function rateCell(line: CampaignNumbers): string {
  const rate = conversionRate(line);
  return rate === undefined ? '—' : percent(rate);
}

/** The button that reads a web-analytics export and the preview shown before anything is stored. */
export function WebStatsImport({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; plan: WebStatsPlan }>();

  async function readFile(file: File) {
    try {
      const text = decodeExport(new Uint8Array(await file.arrayBuffer()));
      setPending({ fileName: file.name, plan: planWebStatsImport(text, file.name, Date.now()) });
    } catch (error) {
      onNotice({ kind: 'error', text: nothingImportedText(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function confirm() {
    if (!pending) return;
    try {
      const outcome = await analytics.importWebStats(pending.plan.rows);
      onNotice({
        kind: 'status',
        text: t(
          'analyticsWebImported',
          pending.fileName,
          formatNumber(outcome.added),
          formatNumber(outcome.updated),
        ),
      });
    } catch (error) {
      onNotice({ kind: 'error', text: nothingImportedText(error) });
    } finally {
      setPending(undefined);
    }
  }

  return (
    <>
      <label className="button">
        {t('analyticsWebImportButton')}
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
      </label>
      {pending && (
        <WebStatsPreview
          fileName={pending.fileName}
          plan={pending.plan}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(undefined)}
        />
      )}
    </>
  );
}

function WebStatsPreview({
  fileName,
  plan,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  plan: WebStatsPlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      className="entry-editor import-preview"
      aria-labelledby="web-stats-preview-title"
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="web-stats-preview-title">{t('analyticsWebPreviewTitle', fileName)}</h2>
        <p role="status">
          {t('analyticsWebPreviewPlan', TOOL_NAMES[plan.tool], formatNumber(plan.rows.length))}
        </p>
        {plan.notes.length > 0 && (
          <ul aria-label={t('analyticsHowRead')}>
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan.skipped.length > 0 && (
          <ul className="problems" aria-label={t('analyticsWebRefused')}>
            {plan.skipped.slice(0, 50).map((item) => (
              <li key={item.line}>{t('analyticsWebLine', item.line, item.reason)}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button primary">
            {t('analyticsImport')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('analyticsCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The campaign table's columns (the campaign heads each row): a column's header, its cell, what it sorts by. */
type CampaignColumn = readonly [
  MessageKey,
  (line: CampaignNumbers) => string,
  (line: CampaignNumbers) => number | string | undefined,
];
const CAMPAIGN_COLUMNS: readonly [CampaignColumn, ...CampaignColumn[]] = [
  ['analyticsColumnCampaign', (line) => line.campaign, (line) => line.campaign],
  ['analyticsColumnPlatform', platformCell, platformCell],
  ['analyticsColumnPosts', (line) => formatNumber(line.posts), (line) => line.posts],
  ['analyticsWebColumnClicks', (line) => maybe(line.clicks), (line) => line.clicks],
  ['analyticsColumnImpressions', (line) => maybe(line.impressions), (line) => line.impressions],
  ['analyticsWebColumnCtr', ctrCell, ctrOf],
  ['analyticsWebColumnSessions', (line) => maybe(line.sessions), (line) => line.sessions],
  ['analyticsWebColumnVisitors', (line) => maybe(line.visitors), (line) => line.visitors],
  ['analyticsWebColumnConversions', (line) => maybe(line.conversions), (line) => line.conversions],
  ['analyticsWebColumnConversionRate', rateCell, conversionRate],
];

/**
 * The campaign table for the posts shown, and its CSV export; sortable by each column on the dashboard, in
 * the campaigns' order in the monthly report (`sortable` false), which reads the same every month.
 */
export function CampaignTable({
  rows,
  stats,
  campaignOf,
  sortable = true,
}: {
  rows: readonly PostNumbers[];
  stats: readonly WebStat[];
  campaignOf: (calendarEntryId: string) => string | undefined;
  sortable?: boolean;
}) {
  if (stats.length === 0) return null;
  const { campaigns } = joinWebStats(rows, stats, campaignOf);
  if (campaigns.length === 0) return <p className="muted">{t('analyticsWebNoCampaigns')}</p>;
  const column = ([key, cell, sortValue]: CampaignColumn): AnalyticsColumn<CampaignNumbers> => ({
    header: t(key),
    cell,
    ...(sortable ? { sortValue } : {}),
  });
  const [first, ...others] = CAMPAIGN_COLUMNS;
  return (
    <AnalyticsTable
      label={t('analyticsWebCampaignsCaption')}
      caption={t('analyticsWebCampaignsCaption')}
      columns={[column(first), ...others.map(column)]}
      rows={campaigns}
      rowKey={(line) => `${line.campaign}|${line.platform ?? ''}`}
      csv={{ button: t('analyticsWebExportCampaigns'), fileName: 'onbrand-campaigns.csv' }}
    />
  );
}
