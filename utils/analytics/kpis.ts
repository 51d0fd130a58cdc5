import type { PlatformId } from '../checks/types';
import type { Metric, OwnPost, PostSnapshot } from '../db/analytics-records';
import { type MessageKey, pluralWith, t } from '../i18n';

/**
 * The KPIs a social media manager reports, computed from each post's newest snapshot. Every KPI carries its
 * formula in words, and says why it is missing when the exports don't give what it needs: a platform without
 * impressions has no click-through rate, not a zero one.
 */

export const RATE_BASES = ['reach', 'impressions', 'followers'] as const;
export type RateBasis = (typeof RATE_BASES)[number];

export interface Kpi {
  label: string;
  /** A fraction for rates (0.04 = 4 %), a count otherwise; undefined when it can't be computed. */
  value: number | undefined;
  formula: string;
  /** Why there is no value. */
  missing?: string;
  isRate: boolean;
}

export interface PostNumbers {
  post: OwnPost;
  latest: PostSnapshot;
}

/** Each post with its newest snapshot; posts without any are left out. */
export function latestNumbers(posts: readonly OwnPost[], snapshots: readonly PostSnapshot[]): PostNumbers[] {
  const newest = new Map<string, PostSnapshot>();
  for (const snapshot of snapshots) {
    const seen = newest.get(snapshot.postId);
    if (!seen || snapshot.readAt > seen.readAt) newest.set(snapshot.postId, snapshot);
  }
  return posts.flatMap((post) => {
    const latest = newest.get(post.id);
    return latest ? [{ post, latest }] : [];
  });
}

/**
 * A post's engagements: the platform's own count when the export gives one (X, Meta), else the sum of the
 * interactions it gives (likes + comments + shares + saves).
 */
export function engagementsOf(snapshot: PostSnapshot): number | undefined {
  if (snapshot.engagements !== undefined) return snapshot.engagements;
  const parts = [snapshot.likes, snapshot.comments, snapshot.shares, snapshot.saves].filter(
    (value): value is number => value !== undefined,
  );
  return parts.length > 0 ? parts.reduce((sum, value) => sum + value, 0) : undefined;
}

function sumOf(rows: readonly PostNumbers[], metric: Metric): number {
  return rows.reduce((sum, { latest }) => sum + (latest[metric] ?? 0), 0);
}

/** Σ numerator / Σ denominator over the posts that have both, so a post missing one doesn't skew the rate. */
function pooledRate(
  rows: readonly PostNumbers[],
  numerator: (snapshot: PostSnapshot) => number | undefined,
  denominator: Metric,
): { value: number | undefined; posts: number } {
  let top = 0;
  let bottom = 0;
  let posts = 0;
  for (const { latest } of rows) {
    const over = numerator(latest);
    const under = latest[denominator];
    if (over === undefined || under === undefined || under === 0) continue;
    top += over;
    bottom += under;
    posts++;
  }
  return { value: posts > 0 ? top / bottom : undefined, posts };
}

/** A measure's word inside a sentence ("impressions"), in the UI language. */
const METRIC_WORDS: Record<Metric, MessageKey> = {
  impressions: 'analyticsKpiWordImpressions',
  reach: 'analyticsKpiWordReach',
  views: 'analyticsKpiWordViews',
  likes: 'analyticsKpiWordLikes',
  comments: 'analyticsKpiWordComments',
  shares: 'analyticsKpiWordShares',
  saves: 'analyticsKpiWordSaves',
  clicks: 'analyticsKpiWordClicks',
  engagements: 'analyticsKpiWordEngagements',
  followers: 'analyticsKpiWordFollowers',
};
export const metricWord = (metric: Metric) => t(METRIC_WORDS[metric]);
const RATE_LABELS: Record<RateBasis, MessageKey> = {
  reach: 'analyticsKpiRateByReach',
  impressions: 'analyticsKpiRateByImpressions',
  followers: 'analyticsKpiRateByFollowers',
};

export interface KpiOptions {
  basis: RateBasis;
  /** The account's follower count, for the rate by followers (no export gives it per post). */
  followers?: number;
  /** Platform name for sentences, e.g. "TikTok". */
  platformName: string;
}

/** The KPIs of one platform's posts. */
export function platformKpis(rows: readonly PostNumbers[], options: KpiOptions): Kpi[] {
  const { basis, followers, platformName } = options;
  const hasImpressions = rows.some(({ latest }) => latest.impressions !== undefined);
  const hasClicks = rows.some(({ latest }) => latest.clicks !== undefined);
  const engagementTotal = rows.reduce((sum, { latest }) => sum + (engagementsOf(latest) ?? 0), 0);
  const engagementsInWords = t('analyticsKpiEngagementsInWords');

  let engagementRate: Kpi;
  if (basis === 'followers') {
    const perPost = rows.length > 0 ? engagementTotal / rows.length : undefined;
    engagementRate = {
      label: t(RATE_LABELS.followers),
      value: followers && perPost !== undefined ? perPost / followers : undefined,
      formula: t('analyticsKpiRateByFollowersFormula', engagementsInWords),
      ...(followers ? {} : { missing: t('analyticsKpiEnterFollowers', platformName) }),
      isRate: true,
    };
  } else {
    const rate = pooledRate(rows, engagementsOf, basis);
    engagementRate = {
      label: t(RATE_LABELS[basis]),
      value: rate.value,
      formula: pluralWith('analyticsKpiRateFormula', rate.posts, engagementsInWords, metricWord(basis)),
      ...(rate.value === undefined
        ? {
            missing: rows.some(({ latest }) => latest[basis] !== undefined)
              ? t('analyticsKpiNoEngagements', platformName)
              : t('analyticsKpiNoBasis', platformName, metricWord(basis)),
          }
        : {}),
      isRate: true,
    };
  }

  const ctr = pooledRate(rows, (snapshot) => snapshot.clicks, 'impressions');
  const clickThrough: Kpi = {
    label: t('analyticsKpiCtr'),
    value: ctr.value,
    formula: pluralWith('analyticsKpiCtrFormula', ctr.posts),
    ...(ctr.value === undefined
      ? {
          missing: !hasImpressions
            ? t('analyticsKpiNoImpressions', platformName)
            : !hasClicks
              ? t('analyticsKpiNoClicks', platformName)
              : t('analyticsKpiNoBoth'),
        }
      : {}),
    isRate: true,
  };

  const count = (label: MessageKey, metric: Metric): Kpi => {
    const given = rows.some(({ latest }) => latest[metric] !== undefined);
    return {
      label: t(label),
      value: given ? sumOf(rows, metric) : undefined,
      formula: t('analyticsKpiSumFormula', metricWord(metric)),
      ...(given ? {} : { missing: t('analyticsKpiNoMetric', platformName, metricWord(metric)) }),
      isRate: false,
    };
  };

  return [
    {
      label: t('analyticsKpiPosts'),
      value: rows.length,
      formula: t('analyticsKpiPostsFormula'),
      isRate: false,
    },
    engagementRate,
    clickThrough,
    count('analyticsFieldImpressions', 'impressions'),
    count('analyticsFieldReach', 'reach'),
    count('analyticsFieldViews', 'views'),
    {
      label: t('analyticsFieldEngagements'),
      value: engagementTotal,
      formula: `Σ ${engagementsInWords}`,
      isRate: false,
    },
  ];
}

/** The basis a platform's rate uses unless the user picks another: what its export gives. */
export function defaultBasis(rows: readonly PostNumbers[]): RateBasis {
  if (rows.some(({ latest }) => latest.reach !== undefined)) return 'reach';
  if (rows.some(({ latest }) => latest.impressions !== undefined)) return 'impressions';
  return 'followers';
}

export function groupByPlatform(rows: readonly PostNumbers[]): Map<PlatformId, PostNumbers[]> {
  const groups = new Map<PlatformId, PostNumbers[]>();
  for (const row of rows) {
    const list = groups.get(row.post.platform) ?? [];
    list.push(row);
    groups.set(row.post.platform, list);
  }
  return groups;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Building an Intl.DateTimeFormat costs far more than using one; the dashboard asks once per post.
const weekdayHourFormats = new Map<string, Intl.DateTimeFormat>();

/** Weekday (0 = Monday) and hour of an instant in a time zone. */
export function weekdayHour(at: number, timeZone: string): [number, number] {
  let format = weekdayHourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    weekdayHourFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(at));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    parts.find((part) => part.type === 'weekday')?.value ?? '',
  );
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  return [weekday, hour];
}

export interface SlotCell {
  weekday: number;
  hour: number;
  posts: number;
  /** Average engagements per post published in this slot. */
  meanEngagements: number;
}

/** Posts and average engagements per weekday × hour of publishing, in the viewer's zone; empty slots left out. */
export function weekdayHourSlots(rows: readonly PostNumbers[], timeZone: string): SlotCell[] {
  const cells = new Map<number, { posts: number; engagements: number }>();
  for (const { post, latest } of rows) {
    if (post.publishedAt === undefined) continue;
    const [weekday, hour] = weekdayHour(post.publishedAt, timeZone);
    const key = weekday * 24 + hour;
    const cell = cells.get(key) ?? { posts: 0, engagements: 0 };
    cell.posts++;
    cell.engagements += engagementsOf(latest) ?? 0;
    cells.set(key, cell);
  }
  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, cell]) => ({
      weekday: Math.floor(key / 24),
      hour: key % 24,
      posts: cell.posts,
      meanEngagements: cell.engagements / cell.posts,
    }));
}

export interface WeekPoint {
  /** Monday 00:00 UTC of the ISO week the posts were published in. */
  weekStart: number;
  posts: number;
  engagements: number;
}

/** Engagements of the posts published each week (UTC weeks), oldest first. */
export function weeklyTrend(rows: readonly PostNumbers[]): WeekPoint[] {
  const weeks = new Map<number, WeekPoint>();
  const DAY = 86_400_000;
  for (const { post, latest } of rows) {
    if (post.publishedAt === undefined) continue;
    const day = Math.floor(post.publishedAt / DAY);
    // 1970-01-01 was a Thursday: (day + 3) % 7 is days since Monday.
    const weekStart = (day - ((day + 3) % 7)) * DAY;
    const point = weeks.get(weekStart) ?? { weekStart, posts: 0, engagements: 0 };
    point.posts++;
    point.engagements += engagementsOf(latest) ?? 0;
    weeks.set(weekStart, point);
  }
  return [...weeks.values()].sort((a, b) => a.weekStart - b.weekStart);
}

/** What the dashboard shows: posts of some platforms, published in a range, planned for a campaign or pillar. */
export interface DashboardFilter {
  platforms?: readonly PlatformId[];
  /** Published at or after (ms). */
  from?: number;
  /** Published before (ms). */
  to?: number;
  campaign?: string;
  /** A content pillar's value (utils/calendar/content-mix.ts): posts matched to entries of that pillar. */
  pillar?: string;
}

export interface DashboardView {
  rows: PostNumbers[];
  groups: Map<PlatformId, PostNumbers[]>;
  slots: SlotCell[];
  weeks: WeekPoint[];
}

/**
 * The dashboard for a filter, from the numbers already read: a filter change recomputes this and never
 * re-reads the database. `campaignOf` and `pillarOf` give a calendar entry's campaign and content pillar, for
 * posts matched to one.
 */
export function dashboardView(
  all: readonly PostNumbers[],
  filter: DashboardFilter,
  timeZone: string,
  campaignOf: (calendarEntryId: string) => string | undefined = () => undefined,
  pillarOf: (calendarEntryId: string) => string | undefined = () => undefined,
): DashboardView {
  const platforms = filter.platforms?.length ? new Set(filter.platforms) : undefined;
  const dated = filter.from !== undefined || filter.to !== undefined;
  const rows = all.filter(({ post }) => {
    if (platforms && !platforms.has(post.platform)) return false;
    if (dated) {
      if (post.publishedAt === undefined) return false;
      if (filter.from !== undefined && post.publishedAt < filter.from) return false;
      if (filter.to !== undefined && post.publishedAt >= filter.to) return false;
    }
    const entryId = post.calendarEntryId;
    if (filter.campaign !== undefined && (entryId === undefined || campaignOf(entryId) !== filter.campaign))
      return false;
    if (filter.pillar !== undefined && (entryId === undefined || pillarOf(entryId) !== filter.pillar))
      return false;
    return true;
  });
  return {
    rows,
    groups: groupByPlatform(rows),
    slots: weekdayHourSlots(rows, timeZone),
    weeks: weeklyTrend(rows),
  };
}
