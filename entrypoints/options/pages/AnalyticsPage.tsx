import { useLiveQuery } from 'dexie-react-hooks';
import Papa from 'papaparse';
import { useRef, useState } from 'react';
import { formatOf } from '@/utils/analytics/export-formats';
import {
  type AnalyticsImportPlan,
  type ExportTable,
  layoutOfFormat,
  layoutOfSource,
  planAnalyticsImport,
  readExport,
} from '@/utils/analytics/import-export';
import {
  dashboardView,
  defaultBasis,
  engagementsOf,
  type Kpi,
  latestNumbers,
  platformKpis,
  RATE_BASES,
  type RateBasis,
  WEEKDAY_NAMES,
} from '@/utils/analytics/kpis';
import { headerKey } from '@/utils/calendar/csv-interchange';
import { platformName } from '@/utils/calendar/platform-names';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import { IMPORT_FIELDS, type ImportField, type ImportSource } from '@/utils/db/analytics-records';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { SITES } from '@/utils/sites';
import type { Notice } from './CalendarPage';
import { download } from './CalendarTransfer';
import { ColumnMapping } from './ColumnMapping';
import { useModalDialog } from './useModalDialog';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);
const calendar = calendarRepository(db);
const VIEWER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The planned posts table shows the newest ones; the CSV export has them all. */
const PLANNED_SHOWN = 50;
const NUMBER = new Intl.NumberFormat('en');
const count = (value: number) => NUMBER.format(value);
const DATE_TIME = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const FIELD_LABELS: Record<ImportField, string> = {
  postId: 'Post id',
  permalink: 'Link to the post',
  text: 'Post text or title',
  publishedAt: 'Publish time',
  format: 'Post type',
  impressions: 'Impressions',
  reach: 'Reach',
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares or reposts',
  saves: 'Saves',
  clicks: 'Clicks',
  engagements: 'Engagements',
  followers: 'Followers',
};

interface Pending {
  fileName: string;
  table: ExportTable;
  source: ImportSource;
  readAt: number;
  timeZone: string;
  plan?: AnalyticsImportPlan;
  error?: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function plannedFrom(pending: Pending): Pending {
  const format = formatOf(pending.table.headers);
  const layout = format ? layoutOfFormat(format, pending.table.headers) : layoutOfSource(pending.source);
  try {
    const plan = planAnalyticsImport(pending.table, layout, {
      readAt: pending.readAt,
      timeZone: pending.timeZone,
      now: Date.now(),
      sourceId: pending.source.id,
    });
    return { ...pending, plan, error: undefined };
  } catch (error) {
    return { ...pending, plan: undefined, error: errorText(error) };
  }
}

const percent = (value: number) =>
  `${(value * 100).toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 1 })} %`;

function KpiCard({ kpi }: { kpi: Kpi }) {
  return (
    <section className="kpi" aria-label={kpi.label}>
      <div className="kpi-label">{kpi.label}</div>
      <div className="kpi-value">
        {kpi.value === undefined ? '—' : kpi.isRate ? percent(kpi.value) : kpi.value.toLocaleString('en')}
      </div>
      <div className="kpi-formula">= {kpi.formula}</div>
      {kpi.missing && <div className="kpi-missing">{kpi.missing}</div>}
    </section>
  );
}

/** The import preview: what the file gives, what is refused and why; nothing is stored until “Import”. */
function ImportPreview({
  pending,
  onZone,
  onConfirm,
  onCancel,
}: {
  pending: Pending;
  onZone: (zone: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useModalDialog();
  const { plan } = pending;
  const zones = Intl.supportedValuesOf('timeZone');
  return (
    <dialog
      ref={dialog}
      className="entry-editor import-preview"
      aria-labelledby="analytics-preview-title"
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="analytics-preview-title">Import {pending.fileName}</h2>
        {plan ? (
          <p role="status">
            {plan.layoutName}:{' '}
            {Object.entries(plan.perPlatform)
              .map(
                ([platform, count]) =>
                  `${count} ${platformName(platform as PlatformId)} post${count === 1 ? '' : 's'}`,
              )
              .join(', ')}{' '}
            will be imported
            {plan.skipped.length > 0
              ? `; ${plan.skipped.length} row${plan.skipped.length === 1 ? ' is' : 's are'} skipped`
              : ''}
            . Nothing is stored until you confirm.
          </p>
        ) : (
          <p role="alert">{pending.error}</p>
        )}
        <label>
          Times without a zone in the file are in
          <select value={pending.timeZone} onChange={(event) => onZone(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </label>
        {plan && plan.notes.length > 0 && (
          <ul aria-label="How the file was read">
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan && plan.skipped.length > 0 && (
          <ul className="problems" aria-label="Skipped">
            {plan.skipped.slice(0, 50).map((item) => (
              <li key={item.label}>
                {item.label}: {item.reason}
              </li>
            ))}
            {plan.skipped.length > 50 && <li>…and {plan.skipped.length - 50} more.</li>}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!plan}>
            Import
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The brand's own numbers: imports of the platforms' exports, KPIs per platform, when posts do best. */
export function AnalyticsPage() {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<Pending>();
  const [mapping, setMapping] = useState<Pending>();
  const [unknownPlatform, setUnknownPlatform] = useState<PlatformId>('pinterest');
  const [unknownOrder, setUnknownOrder] = useState<ImportSource['dateOrder']>('iso');
  const data = useLiveQuery(async () => {
    const [posts, snapshots, basis, followers, entries] = await Promise.all([
      analytics.posts.list(),
      analytics.allSnapshots(),
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
      calendar.list(),
    ]);
    return {
      rows: latestNumbers(posts, snapshots),
      basis,
      followers,
      entries: new Map(entries.map((entry) => [entry.id, entry])),
    };
  });
  const [campaign, setCampaign] = useState<string>('');

  async function readFile(file: File) {
    try {
      const table = readExport(await file.text());
      const sourceKey = headerKey(table.headers);
      const format = formatOf(table.headers);
      const remembered = await analytics.sourceFor(sourceKey);
      const now = Date.now();
      const source: ImportSource = remembered ?? {
        id: crypto.randomUUID(),
        name: format?.name ?? file.name,
        headerKey: sourceKey,
        platform: format && format.platform !== 'facebook-or-instagram' ? format.platform : 'facebook',
        mapping: {},
        dateOrder: format?.dateOrder ?? 'iso',
        createdAt: now,
      };
      const next: Pending = {
        fileName: file.name,
        table,
        source,
        readAt: file.lastModified || now,
        timeZone: VIEWER_ZONE,
      };
      if (format || remembered) setPending(plannedFrom(next));
      else setMapping(next);
    } catch (error) {
      setNotice({ kind: 'error', text: `Nothing was imported: ${errorText(error)}` });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function confirm(ready: Pending) {
    if (!ready.plan) return;
    try {
      const outcome = await analytics.importExport(
        { posts: ready.plan.posts, snapshots: ready.plan.snapshots, source: ready.source },
        Date.now(),
      );
      setNotice({
        kind: 'status',
        text: `Imported ${count(outcome.added)} new post${outcome.added === 1 ? '' : 's'} and updated ${count(outcome.updated)} from ${ready.fileName}.${ready.plan.skipped.length ? ` ${count(ready.plan.skipped.length)} skipped.` : ''}${outcome.matched ? ` ${count(outcome.matched)} matched to calendar entries.` : ''}`,
      });
    } catch (error) {
      setNotice({ kind: 'error', text: `Nothing was imported: ${errorText(error)}` });
    } finally {
      setPending(undefined);
    }
  }

  function exportCsv() {
    const rows = data?.rows ?? [];
    const csv = Papa.unparse(
      {
        fields: [
          'Platform',
          'Published',
          'Link',
          'Text',
          'Impressions',
          'Reach',
          'Views',
          'Engagements',
          'Clicks',
          'Calendar entry',
          'Campaign',
        ],
        data: rows.map(({ post, latest }) => [
          platformName(post.platform),
          post.publishedAt === undefined ? '' : new Date(post.publishedAt).toISOString(),
          post.permalink ?? '',
          post.text,
          latest.impressions ?? '',
          latest.reach ?? '',
          latest.views ?? '',
          engagementsOf(latest) ?? '',
          latest.clicks ?? '',
          data?.entries.get(post.calendarEntryId ?? '')?.title ?? '',
          data?.entries.get(post.calendarEntryId ?? '')?.campaign ?? '',
        ]),
      },
      { newline: '\r\n' },
    );
    download(csv, 'onbrand-analytics.csv', 'text/csv');
  }

  const campaignOf = (entryId: string) => data?.entries.get(entryId)?.campaign;
  const campaigns = [
    ...new Set(
      (data?.rows ?? []).flatMap(({ post }) => {
        const name = post.calendarEntryId && campaignOf(post.calendarEntryId);
        return name ? [name] : [];
      }),
    ),
  ].sort((a, b) => a.localeCompare(b));
  const view = data
    ? dashboardView(data.rows, campaign ? { campaign } : {}, VIEWER_ZONE, campaignOf)
    : undefined;
  const planned = (view?.rows ?? [])
    .filter(({ post }) => post.calendarEntryId && data?.entries.has(post.calendarEntryId))
    .sort((a, b) => (b.post.publishedAt ?? 0) - (a.post.publishedAt ?? 0))
    .slice(0, PLANNED_SHOWN);
  const groups = view ? [...view.groups.entries()] : [];
  const slots = view?.slots ?? [];
  const weeks = view?.weeks ?? [];

  return (
    <section className="analytics" aria-labelledby="analytics-title">
      <h1 id="analytics-title">Analytics</h1>
      <p className="muted">
        Import the analytics exports of X, LinkedIn, Facebook and Instagram (Meta Business Suite), TikTok
        Studio and YouTube Studio as CSV; any other spreadsheet is read once you say which column is which.
      </p>
      <div className="row">
        <label className="button">
          Import an analytics export…
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
        <button type="button" className="button" disabled={!data?.rows.length} onClick={exportCsv}>
          Export posts (.csv)
        </button>
      </div>
      <p className={`notice-line ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
        {notice?.text}
      </p>

      {data && data.rows.length === 0 && <p>No numbers yet: import an export to see your KPIs.</p>}

      {campaigns.length > 0 && (
        <label>
          Campaign
          <select value={campaign} onChange={(event) => setCampaign(event.target.value)}>
            <option value="">All posts</option>
            {campaigns.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
      )}

      {groups.map(([platform, rows]) => {
        const name = platformName(platform);
        const basis: RateBasis = data?.basis[platform] ?? defaultBasis(rows);
        const followers = data?.followers[platform];
        const kpis = platformKpis(rows, { basis, platformName: name, ...(followers ? { followers } : {}) });
        return (
          <section key={platform} className="analytics-platform" aria-label={`${name} KPIs`}>
            <h2>{name}</h2>
            <div className="row">
              <label>
                Engagement rate by
                <select
                  value={basis}
                  onChange={async (event) => {
                    const all = await settings.read('analyticsRateBasis');
                    await settings.write('analyticsRateBasis', {
                      ...all,
                      [platform]: event.target.value as RateBasis,
                    });
                  }}
                >
                  {RATE_BASES.map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              </label>
              {basis === 'followers' && (
                <label>
                  {name} followers
                  <input
                    type="number"
                    min={0}
                    defaultValue={followers ?? ''}
                    onBlur={async (event) => {
                      const all = await settings.read('analyticsFollowers');
                      const value = Number(event.target.value);
                      await settings.write('analyticsFollowers', {
                        ...all,
                        ...(Number.isInteger(value) && value > 0 ? { [platform]: value } : {}),
                      });
                    }}
                  />
                </label>
              )}
            </div>
            <div className="kpis">
              {kpis.map((kpi) => (
                <KpiCard key={kpi.label} kpi={kpi} />
              ))}
            </div>
          </section>
        );
      })}

      {planned.length > 0 && (
        <table className="analytics-table" aria-label="Posts planned in the calendar">
          <caption>
            Posts matched to the calendar entries they were planned as (same platform, published 12 h before
            to 48 h after the entry, and most of the words of its draft), newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Calendar entry</th>
              <th scope="col">Campaign</th>
              <th scope="col">Platform</th>
              <th scope="col">Published</th>
              <th scope="col">Impressions</th>
              <th scope="col">Engagements</th>
            </tr>
          </thead>
          <tbody>
            {planned.map(({ post, latest }) => {
              const entry = data?.entries.get(post.calendarEntryId ?? '');
              return (
                <tr key={post.id}>
                  <th scope="row">{entry?.title}</th>
                  <td>{entry?.campaign ?? ''}</td>
                  <td>{platformName(post.platform)}</td>
                  <td>{post.publishedAt === undefined ? '' : DATE_TIME.format(post.publishedAt)}</td>
                  <td>{latest.impressions === undefined ? '—' : count(latest.impressions)}</td>
                  <td>{count(engagementsOf(latest) ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {weeks.length > 0 && (
        <table className="analytics-table" aria-label="Engagements per week">
          <caption>Engagements of the posts published each week (weeks from Monday, UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Posts</th>
              <th scope="col">Engagements</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{new Date(week.weekStart).toISOString().slice(0, 10)}</th>
                <td>{week.posts}</td>
                <td>{week.engagements.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {slots.length > 0 && (
        <table className="analytics-table" aria-label="Posts by weekday and hour">
          <caption>
            When posts did best: average engagements per post by weekday and hour ({VIEWER_ZONE})
          </caption>
          <thead>
            <tr>
              <th scope="col">Weekday</th>
              <th scope="col">Hour</th>
              <th scope="col">Posts</th>
              <th scope="col">Average engagements</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={`${slot.weekday}-${slot.hour}`}>
                <th scope="row">{WEEKDAY_NAMES[slot.weekday]}</th>
                <td>{`${String(slot.hour).padStart(2, '0')}:00`}</td>
                <td>{slot.posts}</td>
                <td>{Math.round(slot.meanEngagements).toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {mapping && (
        <ColumnMapping
          fileName={mapping.fileName}
          headers={mapping.table.headers}
          fields={IMPORT_FIELDS}
          labels={FIELD_LABELS}
          hint="OnBrand doesn’t know this layout. Say which column holds what: a post id or link, and at least one number, are needed. The answer is remembered for files with these columns."
          initial={{}}
          ready={(chosen) =>
            Boolean(
              (chosen.postId || chosen.permalink) && IMPORT_FIELDS.slice(5).some((field) => chosen[field]),
            )
          }
          onCancel={() => setMapping(undefined)}
          onDone={(chosen) => {
            const source: ImportSource = {
              ...mapping.source,
              platform: unknownPlatform,
              dateOrder: unknownOrder,
              mapping: chosen as ImportSource['mapping'],
            };
            setMapping(undefined);
            setPending(plannedFrom({ ...mapping, source }));
          }}
        >
          <label>
            Platform
            <select
              value={unknownPlatform}
              onChange={(event) => setUnknownPlatform(event.target.value as PlatformId)}
            >
              {SITES.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Dates are written
            <select
              value={unknownOrder}
              onChange={(event) => setUnknownOrder(event.target.value as ImportSource['dateOrder'])}
            >
              <option value="iso">year first (2026-03-01)</option>
              <option value="month-first">month first (03/01/2026)</option>
              <option value="day-first">day first (01/03/2026)</option>
            </select>
          </label>
        </ColumnMapping>
      )}
      {pending && (
        <ImportPreview
          pending={pending}
          onZone={(timeZone) => setPending(plannedFrom({ ...pending, timeZone }))}
          onConfirm={() => void confirm(pending)}
          onCancel={() => setPending(undefined)}
        />
      )}
    </section>
  );
}
