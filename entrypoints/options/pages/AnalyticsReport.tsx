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
              <table className="analytics-table" aria-label={t('analyticsReportTopCaption')}>
                <caption>{t('analyticsReportTopCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analyticsFieldText')}</th>
                    <th scope="col">{t('analyticsColumnPlatform')}</th>
                    <th scope="col">{t('analyticsColumnPublished')}</th>
                    <th scope="col">{t('analyticsColumnImpressions')}</th>
                    <th scope="col">{t('analyticsColumnEngagements')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.top.map(({ post, latest }) => (
                    <tr key={post.id}>
                      <th scope="row">
                        {post.text.length > TEXT_SHOWN ? `${post.text.slice(0, TEXT_SHOWN)}…` : post.text}
                      </th>
                      <td>{platformName(post.platform)}</td>
                      <td>{post.publishedAt === undefined ? '' : dateTime.format(post.publishedAt)}</td>
                      <td>{latest.impressions === undefined ? '—' : formatNumber(latest.impressions)}</td>
                      <td>{formatNumber(engagementsOf(latest) ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ReportSection>
          )}

          <ReportSection title={t('analyticsReportCampaigns')}>
            {webStats.length === 0 ? (
              <p className="muted">{t('analyticsReportNoWebStats')}</p>
            ) : (
              <CampaignTable rows={report.rows} stats={webStats} campaignOf={campaignOf} />
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
              <table className="analytics-table" aria-label={t('analyticsReportPlanCaption')}>
                <caption>{t('analyticsReportPlanCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('analyticsColumnPlatform')}</th>
                    <th scope="col">{t('analyticsReportColumnPlanned')}</th>
                    <th scope="col">{t('analyticsReportColumnMarked')}</th>
                    <th scope="col">{t('analyticsReportColumnPosts')}</th>
                    <th scope="col">{t('analyticsReportColumnMatched')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.plan.map((line) => (
                    <tr key={line.platform}>
                      <th scope="row">{platformName(line.platform)}</th>
                      <td>{formatNumber(line.planned)}</td>
                      <td>{formatNumber(line.published)}</td>
                      <td>{formatNumber(line.posts)}</td>
                      <td>{formatNumber(line.matched)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </ReportSection>
        </>
      )}
    </article>
  );
}
