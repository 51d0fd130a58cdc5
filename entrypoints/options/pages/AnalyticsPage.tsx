import { useLiveQuery } from 'dexie-react-hooks';
import Papa from 'papaparse';
import { useMemo, useRef, useState } from 'react';
import { browsePlatformOf } from '@/utils/analytics/browse-snapshot-rules';
import { decodeExport } from '@/utils/analytics/export-file';
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
  type DashboardFilter,
  dashboardView,
  defaultBasis,
  engagementsOf,
  latestNumbers,
  type PostNumbers,
  platformKpis,
  RATE_BASES,
  type RateBasis,
  type SlotCell,
  type WeekPoint,
} from '@/utils/analytics/kpis';
import { nothingImportedText } from '@/utils/analytics/nothing-imported';
import { joinWebStats, webStatsInRange } from '@/utils/analytics/web-stats-join';
import { headerKey } from '@/utils/calendar/csv-interchange';
import { pillarLabel } from '@/utils/calendar/pillar-labels';
import { platformName } from '@/utils/calendar/platform-names';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportSource,
  type OwnPost,
} from '@/utils/db/analytics-records';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { formatNumber, listOf, type MessageKey, pluralWith, t, uiLocale } from '@/utils/i18n';
import { weekdayNames } from '@/utils/i18n/weekdays';
import { SITES } from '@/utils/sites';
import {
  type AnalyticsColumn,
  AnalyticsTable,
  numberColumn,
  orderedRows,
  type SortOrder,
  textColumn,
} from './AnalyticsTable';
import type { Notice } from './CalendarPage';
import { download } from './CalendarTransfer';
import { ColumnMapping } from './ColumnMapping';
import { CompetitorComparison } from './CompetitorComparison';
import { KpiCard } from './KpiCard';
import { useModalDialog } from './useModalDialog';
import { CampaignTable, WebStatsImport } from './WebStats';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);
const calendar = calendarRepository(db);
const VIEWER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The posts tables show the newest ones; the CSV export has them all. */
const PLANNED_SHOWN = 50;
const count = (value: number) => formatNumber(value);
/** A post read on a page without a time is placed at its first sighting there. */
const timeOf = (post: OwnPost) => post.publishedAt ?? post.seenOnPageAt ?? post.createdAt;
const DATE_TIME = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
const WEEK_DATE = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' });
/** Monday first, as the analytics slots count weekdays. */
const WEEKDAYS = weekdayNames('long');

const FIELD_LABELS: Record<ImportField, MessageKey> = {
  postId: 'analyticsFieldPostId',
  permalink: 'analyticsFieldPermalink',
  text: 'analyticsFieldText',
  publishedAt: 'analyticsFieldPublishedAt',
  format: 'analyticsFieldFormat',
  impressions: 'analyticsFieldImpressions',
  reach: 'analyticsFieldReach',
  views: 'analyticsFieldViews',
  likes: 'analyticsFieldLikes',
  comments: 'analyticsFieldComments',
  shares: 'analyticsFieldShares',
  saves: 'analyticsFieldSaves',
  clicks: 'analyticsFieldClicks',
  engagements: 'analyticsFieldEngagements',
  followers: 'analyticsFieldFollowers',
};

const BASIS_LABELS: Record<RateBasis, MessageKey> = {
  impressions: 'analyticsBasisImpressions',
  reach: 'analyticsBasisReach',
  followers: 'analyticsBasisFollowers',
};

function fieldLabels(): Record<ImportField, string> {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, t(FIELD_LABELS[field])])) as Record<
    ImportField,
    string
  >;
}

interface Pending {
  fileName: string;
  table: ExportTable;
  source: ImportSource;
  readAt: number;
  timeZone: string;
  plan?: AnalyticsImportPlan;
  error?: string;
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
    return { ...pending, plan: undefined, error: nothingImportedText(error) };
  }
}

/** "X post activity: 2 X posts will be imported; 1 row is skipped. Nothing is stored until you confirm." */
function planSentence(plan: AnalyticsImportPlan): string {
  const posts = listOf(
    Object.entries(plan.perPlatform).map(([platform, posts]) =>
      pluralWith('analyticsPlatformPosts', posts, platformName(platform as PlatformId)),
    ),
  );
  return plan.skipped.length > 0
    ? t(
        new Intl.PluralRules(uiLocale()).select(plan.skipped.length) === 'one'
          ? 'analyticsPreviewPlanSkipped_one'
          : 'analyticsPreviewPlanSkipped_other',
        plan.layoutName,
        posts,
        count(plan.skipped.length),
      )
    : t('analyticsPreviewPlan', plan.layoutName, posts);
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
        <h2 id="analytics-preview-title">{t('analyticsPreviewTitle', pending.fileName)}</h2>
        {plan ? <p role="status">{planSentence(plan)}</p> : <p role="alert">{pending.error}</p>}
        <label>
          {t('analyticsTimeZone')}
          <select value={pending.timeZone} onChange={(event) => onZone(event.target.value)}>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </label>
        {plan && plan.notes.length > 0 && (
          <ul aria-label={t('analyticsHowRead')}>
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {plan && plan.skipped.length > 0 && (
          <ul className="problems" aria-label={t('analyticsSkipped')}>
            {plan.skipped.slice(0, 50).map((item) => (
              <li key={item.label}>
                {item.label}: {item.reason}
              </li>
            ))}
            {plan.skipped.length > 50 && (
              <li>{t('analyticsMoreSkipped', count(plan.skipped.length - 50))}</li>
            )}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!plan}>
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

/** Everything the dashboard shows, read again whenever one of its tables changes. */
async function readDashboard() {
  const [posts, snapshots, basis, followers, entries, webStats, sources] = await Promise.all([
    analytics.posts.list(),
    analytics.allSnapshots(),
    settings.read('analyticsRateBasis'),
    settings.read('analyticsFollowers'),
    calendar.list(),
    analytics.allWebStats(),
    analytics.sources.list(),
  ]);
  return {
    sourceNames: new Map(sources.map((source) => [source.id, source.name])),
    rows: latestNumbers(posts, snapshots),
    webStats,
    basis,
    followers,
    entries: new Map(entries.map((entry) => [entry.id, entry])),
  };
}
type DashboardData = Awaited<ReturnType<typeof readDashboard>>;

/** What the dashboard shows of its data under a filter: the views, tables and filter choices. */
function dashboardOf(data: DashboardData | undefined, filter: DashboardFilter) {
  const campaignOf = (entryId: string) => data?.entries.get(entryId)?.campaign;
  const pillarOf = (entryId: string) => data?.entries.get(entryId)?.pillar;
  const campaigns = [
    ...new Set(
      (data?.rows ?? []).flatMap(({ post }) => {
        const name = post.calendarEntryId && campaignOf(post.calendarEntryId);
        return name ? [name] : [];
      }),
    ),
  ].sort((a, b) => a.localeCompare(b));
  const pillars = [
    ...new Set(
      (data?.rows ?? []).flatMap(({ post }) => {
        const value = post.calendarEntryId && pillarOf(post.calendarEntryId);
        return value ? [value] : [];
      }),
    ),
  ].sort((a, b) => pillarLabel(a).localeCompare(pillarLabel(b)));
  const view = data ? dashboardView(data.rows, filter, VIEWER_ZONE, campaignOf, pillarOf) : undefined;
  const present = [...new Set((data?.rows ?? []).map(({ post }) => post.platform))].sort();
  // Web-analytics rows of the date range only, like the posts (rows without a period stay: see webStatsInRange).
  const webStats = data ? webStatsInRange(data.webStats, filter.from, filter.to) : [];
  const perPost = view ? joinWebStats(view.rows, webStats, campaignOf).perPost : new Map();
  // Newest first until a header is clicked; the tables show the first PLANNED_SHOWN of the sorted rows.
  const planned = (view?.rows ?? [])
    .filter(({ post }) => post.calendarEntryId && data?.entries.has(post.calendarEntryId))
    .sort((a, b) => (b.post.publishedAt ?? 0) - (a.post.publishedAt ?? 0));
  const newest = [...(view?.rows ?? [])].sort((a, b) => timeOf(b.post) - timeOf(a.post));
  return { campaigns, pillars, view, present, webStats, perPost, planned, newest };
}

/** The brand's own numbers: imports of the platforms' exports, KPIs per platform, when posts do best. */
export function AnalyticsPage() {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<Pending>();
  const [mapping, setMapping] = useState<Pending>();
  const [unknownPlatform, setUnknownPlatform] = useState<PlatformId>('pinterest');
  const [unknownOrder, setUnknownOrder] = useState<ImportSource['dateOrder']>('iso');
  const data = useLiveQuery(readDashboard);
  const [postOrder, setPostOrder] = useState<SortOrder>(null);
  const [campaign, setCampaign] = useState<string>('');
  const [pillar, setPillar] = useState<string>('');
  const [platforms, setPlatforms] = useState<PlatformId[]>([]);
  /** `yyyy-mm-dd` from the date inputs, read as days in the viewer's zone. */
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');

  async function readFile(file: File) {
    try {
      const table = readExport(decodeExport(new Uint8Array(await file.arrayBuffer())));
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
      setNotice({ kind: 'error', text: nothingImportedText(error) });
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
        text: [
          pluralWith('analyticsImported', outcome.added, count(outcome.updated), ready.fileName),
          ready.plan.skipped.length ? t('analyticsImportSkipped', count(ready.plan.skipped.length)) : '',
          outcome.matched ? t('analyticsImportMatched', count(outcome.matched)) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    } catch (error) {
      setNotice({ kind: 'error', text: nothingImportedText(error) });
    } finally {
      setPending(undefined);
    }
  }

  const sourceOf = (sourceId: string | undefined) => {
    const readOn = browsePlatformOf(sourceId);
    if (readOn) return t('analyticsSourceReadOn', platformName(readOn));
    const name = sourceId && data?.sourceNames.get(sourceId);
    return name ? t('analyticsSourceImport', name) : '';
  };

  /** The calendar entry a post was matched to, if it is still in the calendar. */
  const entryOf = (post: OwnPost) => data?.entries.get(post.calendarEntryId ?? '');

  const platformColumn = textColumn<PostNumbers>(t('analyticsColumnPlatform'), ({ post }) =>
    platformName(post.platform),
  );
  const publishedColumn = (none: string): AnalyticsColumn<PostNumbers> => ({
    header: t('analyticsColumnPublished'),
    cell: ({ post }) => (post.publishedAt === undefined ? none : DATE_TIME.format(post.publishedAt)),
    sortValue: ({ post }) => post.publishedAt,
  });
  const postColumns: [AnalyticsColumn<PostNumbers>, ...AnalyticsColumn<PostNumbers>[]] = [
    textColumn(t('analyticsFieldText'), ({ post }) =>
      post.text.length > 120 ? `${post.text.slice(0, 119)}…` : post.text,
    ),
    platformColumn,
    publishedColumn('—'),
    numberColumn(t('analyticsFieldLikes'), ({ latest }) => latest.likes),
    numberColumn(t('analyticsFieldComments'), ({ latest }) => latest.comments),
    numberColumn(t('analyticsFieldShares'), ({ latest }) => latest.shares),
    numberColumn(t('analyticsFieldViews'), ({ latest }) => latest.views),
    textColumn(t('analyticsColumnSource'), ({ latest }) => sourceOf(latest.sourceId)),
    {
      header: t('analyticsColumnReadAt'),
      cell: ({ latest }) => DATE_TIME.format(latest.readAt),
      sortValue: ({ latest }) => latest.readAt,
    },
  ];

  function exportCsv() {
    // What is shown: the filtered posts, in the order the posts table shows them.
    const rows = orderedRows(newest, postColumns, postOrder);
    const csv = Papa.unparse(
      {
        fields: [
          t('analyticsColumnPlatform'),
          t('analyticsColumnPublished'),
          t('analyticsFieldPermalink'),
          t('analyticsFieldText'),
          t('analyticsFieldImpressions'),
          t('analyticsFieldReach'),
          t('analyticsFieldViews'),
          t('analyticsColumnEngagements'),
          t('analyticsFieldClicks'),
          t('analyticsFieldLikes'),
          t('analyticsFieldComments'),
          t('analyticsFieldShares'),
          t('analyticsColumnSource'),
          t('analyticsColumnEntry'),
          t('analyticsColumnCampaign'),
          t('analyticsWebColumnSessions'),
          t('analyticsWebColumnConversions'),
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
          latest.likes ?? '',
          latest.comments ?? '',
          latest.shares ?? '',
          sourceOf(latest.sourceId),
          entryOf(post)?.title ?? '',
          entryOf(post)?.campaign ?? '',
          perPost.get(post.id)?.sessions ?? '',
          perPost.get(post.id)?.conversions ?? '',
        ]),
      },
      { newline: '\r\n' },
    );
    download(csv, 'onbrand-analytics.csv', 'text/csv');
  }

  const campaignOf = (entryId: string) => data?.entries.get(entryId)?.campaign;
  // What the filters show, worked out again only when the data or a filter changes: every render of the page
  // (a notice, the import preview opening) went through every post, 100 ms per render with 20,000 posts.
  const filter = useMemo(() => {
    const dayStart = (day: string) => (day ? new Date(`${day}T00:00`).getTime() : undefined);
    const untilDay = dayStart(until);
    return {
      ...(campaign ? { campaign } : {}),
      ...(pillar ? { pillar } : {}),
      ...(platforms.length ? { platforms } : {}),
      ...(from ? { from: dayStart(from) } : {}),
      // The end date is a whole day: posts published before the next one starts.
      ...(untilDay !== undefined ? { to: untilDay + 86_400_000 } : {}),
    };
  }, [campaign, pillar, platforms, from, until]);
  const { campaigns, pillars, view, present, webStats, perPost, planned, newest } = useMemo(
    () => dashboardOf(data, filter),
    [data, filter],
  );
  const groups = view ? [...view.groups.entries()] : [];
  const slots = view?.slots ?? [];
  const weeks = view?.weeks ?? [];

  return (
    <section className="analytics" aria-labelledby="analytics-title">
      <h1 id="analytics-title">{t('analyticsTitle')}</h1>
      <p className="muted">{t('analyticsIntro')}</p>
      <div className="row">
        <label className="button">
          {t('analyticsImportButton')}
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
        <WebStatsImport onNotice={setNotice} />
        <button type="button" className="button" disabled={!view?.rows.length} onClick={exportCsv}>
          {t('analyticsExportCsv')}
        </button>
        <a href="#/analytics/report">{t('analyticsReportLink')}</a>
      </div>
      <p className={`notice-line ${notice?.kind ?? ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
        {notice?.text}
      </p>

      {data && data.rows.length === 0 && <p>{t('analyticsNoNumbers')}</p>}

      {present.length > 0 && (
        <div className="row filters">
          <fieldset>
            <legend>{t('analyticsFilterPlatforms')}</legend>
            {present.map((platform) => (
              <label key={platform}>
                <input
                  type="checkbox"
                  checked={platforms.includes(platform)}
                  onChange={(event) =>
                    setPlatforms(
                      event.target.checked
                        ? [...platforms, platform]
                        : platforms.filter((chosen) => chosen !== platform),
                    )
                  }
                />
                {platformName(platform)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('analyticsFilterFrom')}
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label>
            {t('analyticsFilterUntil')}
            <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
          </label>
          {campaigns.length > 0 && (
            <label>
              {t('analyticsCampaign')}
              <select value={campaign} onChange={(event) => setCampaign(event.target.value)}>
                <option value="">{t('analyticsAllPosts')}</option>
                {campaigns.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          )}
          {pillars.length > 0 && (
            <label>
              {t('calendarPillar')}
              <select value={pillar} onChange={(event) => setPillar(event.target.value)}>
                <option value="">{t('analyticsAllPosts')}</option>
                {pillars.map((value) => (
                  <option key={value} value={value}>
                    {pillarLabel(value)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}

      {groups.map(([platform, rows]) => {
        const name = platformName(platform);
        const basis: RateBasis = data?.basis[platform] ?? defaultBasis(rows);
        const followers = data?.followers[platform];
        const kpis = platformKpis(rows, { basis, platformName: name, ...(followers ? { followers } : {}) });
        return (
          <section
            key={platform}
            className="analytics-platform"
            aria-label={t('analyticsPlatformKpis', name)}
          >
            <h2>{name}</h2>
            <div className="row">
              <label>
                {t('analyticsRateBy')}
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
                    <option key={option} value={option}>
                      {t(BASIS_LABELS[option])}
                    </option>
                  ))}
                </select>
              </label>
              {basis === 'followers' && (
                <label>
                  {t('analyticsFollowers', name)}
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

      {newest.length > 0 && (
        <AnalyticsTable
          label={t('analyticsOwnPostsLabel')}
          caption={t('analyticsOwnPostsCaption')}
          rows={newest}
          rowKey={({ post }) => post.id}
          limit={PLANNED_SHOWN}
          order={postOrder}
          onOrder={setPostOrder}
          columns={postColumns}
        />
      )}

      {view && <CompetitorComparison rows={view.rows} filter={filter} />}

      {planned.length > 0 && (
        <AnalyticsTable
          label={t('analyticsPlannedLabel')}
          caption={t('analyticsPlannedCaption')}
          rows={planned}
          rowKey={({ post }) => post.id}
          limit={PLANNED_SHOWN}
          columns={[
            textColumn<PostNumbers>(t('analyticsColumnEntry'), ({ post }) => entryOf(post)?.title ?? ''),
            textColumn<PostNumbers>(
              t('analyticsColumnCampaign'),
              ({ post }) => entryOf(post)?.campaign ?? '',
            ),
            platformColumn,
            publishedColumn(''),
            numberColumn<PostNumbers>(t('analyticsColumnImpressions'), ({ latest }) => latest.impressions),
            numberColumn<PostNumbers>(
              t('analyticsColumnEngagements'),
              ({ latest }) => engagementsOf(latest) ?? 0,
            ),
            numberColumn<PostNumbers>(t('analyticsWebColumnClicks'), ({ latest }) => latest.clicks),
            numberColumn<PostNumbers>(
              t('analyticsWebColumnSessions'),
              ({ post }) => perPost.get(post.id)?.sessions,
            ),
            numberColumn<PostNumbers>(
              t('analyticsWebColumnConversions'),
              ({ post }) => perPost.get(post.id)?.conversions,
            ),
          ]}
        />
      )}

      {data && view && <CampaignTable rows={view.rows} stats={webStats} campaignOf={campaignOf} />}

      {weeks.length > 0 && (
        <AnalyticsTable
          label={t('analyticsWeeksLabel')}
          caption={t('analyticsWeeksCaption')}
          rows={weeks}
          rowKey={(week) => String(week.weekStart)}
          columns={[
            {
              header: t('analyticsColumnWeekOf'),
              cell: (week) => (
                <time dateTime={new Date(week.weekStart).toISOString().slice(0, 10)}>
                  {WEEK_DATE.format(week.weekStart)}
                </time>
              ),
              text: (week) => WEEK_DATE.format(week.weekStart),
              sortValue: (week) => week.weekStart,
            },
            numberColumn<WeekPoint>(t('analyticsColumnPosts'), (week) => week.posts),
            numberColumn<WeekPoint>(t('analyticsColumnEngagements'), (week) => week.engagements),
          ]}
        />
      )}

      {slots.length > 0 && (
        <AnalyticsTable
          label={t('analyticsSlotsLabel')}
          caption={t('analyticsSlotsCaption', VIEWER_ZONE)}
          rows={slots}
          rowKey={(slot) => `${slot.weekday}-${slot.hour}`}
          columns={[
            {
              header: t('analyticsColumnWeekday'),
              cell: (slot) => WEEKDAYS[slot.weekday],
              // Monday to Sunday, the week's order, not the names' alphabet.
              sortValue: (slot) => slot.weekday,
              ascendingFirst: true,
            },
            {
              header: t('analyticsColumnHour'),
              cell: (slot) => `${String(slot.hour).padStart(2, '0')}:00`,
              sortValue: (slot) => slot.hour,
              ascendingFirst: true,
            },
            numberColumn<SlotCell>(t('analyticsColumnPosts'), (slot) => slot.posts),
            numberColumn<SlotCell>(t('analyticsColumnAverage'), (slot) => Math.round(slot.meanEngagements)),
          ]}
        />
      )}

      {mapping && (
        <ColumnMapping
          fileName={mapping.fileName}
          headers={mapping.table.headers}
          fields={IMPORT_FIELDS}
          labels={fieldLabels()}
          hint={t('analyticsMappingHint')}
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
            {t('analyticsMappingPlatform')}
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
            {t('analyticsDatesWritten')}
            <select
              value={unknownOrder}
              onChange={(event) => setUnknownOrder(event.target.value as ImportSource['dateOrder'])}
            >
              <option value="iso">{t('analyticsDatesIso')}</option>
              <option value="month-first">{t('analyticsDatesMonthFirst')}</option>
              <option value="day-first">{t('analyticsDatesDayFirst')}</option>
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
