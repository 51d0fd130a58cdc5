import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { defaultBasis, engagementsOf, latestNumbers, platformKpis } from '@/utils/analytics/kpis';
import { type Month, monthlyReport, monthRange } from '@/utils/analytics/monthly-report';
import { webStatsInRange } from '@/utils/analytics/web-stats-join';
import { platformName } from '@/utils/calendar/platform-names';
import { dayOf, userTimeZone } from '@/utils/calendar/time';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import { formatNumber, t, uiLocale } from '@/utils/i18n';
import { CalendarContentMix } from './CalendarContentMix';
import { KpiCard } from './KpiCard';
import { CampaignTable } from './WebStats';
import './calendar.css';
import './report.css';
import { AnalyticsTable } from './AnalyticsTable';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);
const calendar = calendarRepository(db);
const brands = brandsRepository(db);
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A top post's text is cut here: the report is a page, not the post. */
const TEXT_SHOWN = 140;

/** `#/analytics/report?month=2026-03`, else the current month where the user is. */
function monthFromHash(): Month {
  const month = new URLSearchParams(location.hash.split('?')[1] ?? '').get('month') ?? '';
  return MONTH_PATTERN.test(month) ? month : dayOf(Date.now(), userTimeZone()).slice(0, 7);
}

/** A titled part of the report: in print each starts a page. */
function ReportSection({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The month on one printable page: KPIs per platform with their formulas, the top posts, the campaigns, the
 * content mix and the plan against what went out. The print stylesheet (report.css) leaves out the
 * navigation and the buttons.
 */
export function AnalyticsReport() {
  const [month, setMonth] = useState(monthFromHash);
  const timeZone = userTimeZone();
  const data = useLiveQuery(async () => {
    const [posts, snapshots, entries, webStats, basis, followers, brandList] = await Promise.all([
      analytics.posts.list(),
      analytics.allSnapshots(),
      calendar.list(),
      analytics.allWebStats(),
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
      brands.list(),
    ]);
    return { rows: latestNumbers(posts, snapshots), entries, webStats, basis, followers, brandList };
  });
  const monthName = new Intl.DateTimeFormat(uiLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
  const dateTime = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const choose = (next: string) => {
    if (!MONTH_PATTERN.test(next)) return;
    setMonth(next);
    history.replaceState(null, '', `#/analytics/report?month=${next}`);
  };

  const report = data && monthlyReport(data.rows, data.entries, month, timeZone);
  const { from, to } = monthRange(month, timeZone);
  const entryById = new Map(data?.entries.map((entry) => [entry.id, entry]));
  const campaignOf = (entryId: string) => entryById.get(entryId)?.campaign;
  const brand = data && (data.brandList.find((candidate) => candidate.isDefault) ?? data.brandList[0]);
  const webStats = data ? webStatsInRange(data.webStats, from, to) : [];

  return (
    <article className="analytics report">
      <h1>{t('analyticsReportTitle', monthName)}</h1>
      <div className="row report-controls">
        <label>
          {t('analyticsReportMonth')}
          <input type="month" value={month} onChange={(event) => choose(event.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('analyticsReportPrint')}
        </button>
        <a href="#/analytics">{t('analyticsReportBack')}</a>
      </div>
      <p className="muted">{t('analyticsReportIntro', monthName, timeZone)}</p>
      {report && (
        <>
          <ReportSection title={t('analyticsReportKpis')}>
            {report.rows.length === 0 && <p>{t('analyticsReportNoPosts', monthName)}</p>}
            {[...report.groups.entries()].map(([platform, rows]) => {
              const name = platformName(platform);
              const followers = data.followers[platform];
              const kpis = platformKpis(rows, {
                basis: data.basis[platform] ?? defaultBasis(rows),
                platformName: name,
                ...(followers ? { followers } : {}),
              });
              return (
                <section
                  key={platform}
                  className="analytics-platform"
                  aria-label={t('analyticsPlatformKpis', name)}
                >
                  <h3>{name}</h3>
                  <div className="kpis">
                    {kpis.map((kpi) => (
                      <KpiCard key={kpi.label} kpi={kpi} />
                    ))}
                  </div>
                </section>
              );
            })}
          </ReportSection>

          {report.top.length > 0 && (
            <ReportSection title={t('analyticsReportTop')}>
              <AnalyticsTable
                label={t('analyticsReportTopCaption')}
                caption={t('analyticsReportTopCaption')}
                rows={report.top}
                rowKey={({ post }) => post.id}
                columns={[
                  {
                    header: t('analyticsFieldText'),
                    cell: ({ post }) =>
                      post.text.length > TEXT_SHOWN ? `${post.text.slice(0, TEXT_SHOWN)}…` : post.text,
                  },
                  { header: t('analyticsColumnPlatform'), cell: ({ post }) => platformName(post.platform) },
                  {
                    header: t('analyticsColumnPublished'),
                    cell: ({ post }) =>
                      post.publishedAt === undefined ? '' : dateTime.format(post.publishedAt),
                  },
                  {
                    header: t('analyticsColumnImpressions'),
                    cell: ({ latest }) =>
                      latest.impressions === undefined ? '—' : formatNumber(latest.impressions),
                  },
                  {
                    header: t('analyticsColumnEngagements'),
                    cell: ({ latest }) => formatNumber(engagementsOf(latest) ?? 0),
                  },
                ]}
              />
            </ReportSection>
          )}

          <ReportSection title={t('analyticsReportCampaigns')}>
            {webStats.length === 0 ? (
              <p className="muted">{t('analyticsReportNoWebStats')}</p>
            ) : (
              <CampaignTable rows={report.rows} stats={webStats} campaignOf={campaignOf} sortable={false} />
            )}
          </ReportSection>

          {report.entries.length > 0 && (
            <div className="report-section">
              <CalendarContentMix entries={report.entries} brand={brand} />
            </div>
          )}

          <ReportSection title={t('analyticsReportPlan')}>
            {report.plan.length === 0 ? (
              <p>{t('analyticsReportNoPlan', monthName)}</p>
            ) : (
              <AnalyticsTable
                label={t('analyticsReportPlanCaption')}
                caption={t('analyticsReportPlanCaption')}
                rows={report.plan}
                rowKey={(line) => line.platform}
                columns={[
                  { header: t('analyticsColumnPlatform'), cell: (line) => platformName(line.platform) },
                  { header: t('analyticsReportColumnPlanned'), cell: (line) => formatNumber(line.planned) },
                  { header: t('analyticsReportColumnMarked'), cell: (line) => formatNumber(line.published) },
                  { header: t('analyticsReportColumnPosts'), cell: (line) => formatNumber(line.posts) },
                  { header: t('analyticsReportColumnMatched'), cell: (line) => formatNumber(line.matched) },
                ]}
              />
            )}
          </ReportSection>
        </>
      )}
    </article>
  );
}
