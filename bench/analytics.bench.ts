// Analytics figures for `npm run bench`: 100,000 snapshots across 5,000 posts (20 readings each).
// What is measured, honestly:
// - reads and the import's write run through real Dexie on fake-indexeddb in Node (a JavaScript IndexedDB),
//   including the zod parse of every row the repository does; the browser's native IndexedDB is another engine;
// - "filter change" is dashboardView, what the #/analytics page computes for a platform/date/campaign filter
//   from the numbers it already read; its peer is a naive re-read of both tables for every change;
// - the import is a 10,000-row file built on the header of the real X export fixture
//   (tests/fixtures/analytics/x-post-activity.csv): read, planned, then stored in one transaction.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { bench, describe } from 'vitest';
import { bestTimes } from '@/utils/analytics/best-times';
import { compareWithResearch } from '@/utils/analytics/competitors';
import { entryResults } from '@/utils/analytics/entry-results';
import { formatOf } from '@/utils/analytics/export-formats';
import { layoutOfFormat, planAnalyticsImport, readExport } from '@/utils/analytics/import-export';
import { type DashboardFilter, dashboardView, latestNumbers } from '@/utils/analytics/kpis';
import { planWebStatsImport } from '@/utils/analytics/web-stats-import';
import { joinWebStats } from '@/utils/analytics/web-stats-join';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import { groupIntoSets, type OwnPost, type PostSnapshot } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';
import { researchPost } from '../tests/shared/research-post';
import { xExportCsv } from './x-export';

const POSTS = 5_000;
const READINGS = 20;
const IMPORT_ROWS = 10_000;
const ZONE = 'Europe/Berlin';
const START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;
const PLATFORMS: PlatformId[] = ['x', 'linkedin', 'instagram', 'facebook', 'tiktok', 'youtube'];
const CAMPAIGNS = ['Spring', 'Summer', 'Launch', 'Evergreen'];

const posts: OwnPost[] = Array.from({ length: POSTS }, (_, index) => ({
  id: `${PLATFORMS[index % PLATFORMS.length]}:${index}`,
  platform: PLATFORMS[index % PLATFORMS.length] as PlatformId,
  postId: String(index),
  text: `Post ${index}: the spring collection, made to last`,
  publishedAt: START + Math.floor((index / POSTS) * YEAR_MS),
  ...(index % 3 === 0 ? { calendarEntryId: `entry-${index}`, matchedBy: 'time-and-text' as const } : {}),
  createdAt: 1,
  updatedAt: 1,
}));
const snapshots: PostSnapshot[] = posts.flatMap((post, index) =>
  Array.from({ length: READINGS }, (_, reading) => ({
    id: `${post.id}@${START + reading * 86_400_000}`,
    postId: post.id,
    readAt: START + reading * 86_400_000,
    impressions: 1_000 + index + reading * 10,
    likes: 20 + reading,
    comments: 3,
    shares: 2,
  })),
);

await Dexie.delete('analytics-bench');
const db = new OnBrandDatabase('analytics-bench');
await analyticsRepository(db).posts.putRows(posts);
await db.snapshotSets.bulkPut(groupIntoSets(snapshots));
const analytics = analyticsRepository(db);
const campaignOf = (entryId: string) => CAMPAIGNS[Number(entryId.slice('entry-'.length)) % CAMPAIGNS.length];
const rows = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());

// The research library beside them: 5,000 saved posts of 50 other accounts on the same platforms.
const RESEARCH_POSTS = 5_000;
const research = Array.from({ length: RESEARCH_POSTS }, (_, index) =>
  researchPost(
    `r${index}`,
    `rival${index % 50}`,
    [{ readAt: START, likes: index % 300, replies: 4, reposts: 2 }],
    {
      platform: PLATFORMS[index % PLATFORMS.length] as PlatformId,
      publishedAt: START + Math.floor((index / RESEARCH_POSTS) * YEAR_MS),
    },
  ),
);

// Each run picks the next filter, as a user clicking through them would.
const FILTERS: DashboardFilter[] = [
  { platforms: ['instagram'] },
  { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 5, 1) },
  { campaign: 'Spring' },
  { platforms: ['x', 'linkedin'], from: Date.UTC(2026, 5, 1), campaign: 'Launch' },
  {},
];
let next = 0;
const nextFilter = () => FILTERS[next++ % FILTERS.length] as DashboardFilter;
console.log(
  `${posts.length} posts and ${snapshots.length} snapshots stored; the filters keep ${FILTERS.map((filter) => dashboardView(rows, filter, ZONE, campaignOf).rows.length).join(', ')} posts.`,
);

const exportCsv = xExportCsv(IMPORT_ROWS);
const table = readExport(exportCsv);
const format = formatOf(table.headers);
if (!format) throw new Error('The generated file is not recognised as the X export.');
let importRun = 0;
const STEADY = { time: 2_000 };

describe(`filter change: ${POSTS} posts, ${snapshots.length} snapshots`, () => {
  bench(
    'dashboardView on the numbers already read (what the page does)',
    () => {
      dashboardView(rows, nextFilter(), ZONE, campaignOf);
    },
    STEADY,
  );
  bench(
    `dashboardView, then the brand beside ${RESEARCH_POSTS} research posts (what the page does since the comparison)`,
    () => {
      compareWithResearch(dashboardView(rows, nextFilter(), ZONE, campaignOf).rows, research, []);
    },
    STEADY,
  );
  bench(
    'best times on one platform from every post (what the entry editor computes per platform ticked)',
    () => {
      bestTimes(
        rows.filter(({ post }) => post.platform === 'x'),
        ZONE,
        { basis: 'impressions' },
      );
    },
    STEADY,
  );
  bench(
    'naive: re-read both tables through Dexie + zod, then dashboardView',
    async () => {
      const fresh = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());
      dashboardView(fresh, nextFilter(), ZONE, campaignOf);
    },
    { iterations: 5, time: 0 },
  );
});

// The calendar's month view of March 2026: the entries matched to the month's posts (a third of them).
const MONTH = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) };
const monthEntryIds = new Set(
  posts.flatMap(({ publishedAt = 0, calendarEntryId }) =>
    calendarEntryId && publishedAt >= MONTH.from && publishedAt < MONTH.to ? [calendarEntryId] : [],
  ),
);
const RATES = { basis: {}, followers: {} };

describe(`the calendar opens: a month of ${monthEntryIds.size} matched entries`, () => {
  bench(
    'before: every post and every snapshot read, then the results of every matched entry',
    async () => {
      entryResults(latestNumbers(await analytics.posts.list(), await analytics.allSnapshots()), RATES);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    "now: the visible entries' posts, their newest readings (sets newest first), their results",
    async () => {
      const matched = await analytics.postsOfEntries(monthEntryIds);
      entryResults(await analytics.latestNumbersOf(matched), RATES);
    },
    { iterations: 10, time: 0 },
  );
  bench(
    "the entry editor's best times on X: X's posts and their newest readings",
    async () => {
      const onX = await analytics.latestNumbersOf(await analytics.postsOn('x'));
      bestTimes(onX, ZONE, { basis: 'impressions' });
    },
    { iterations: 10, time: 0 },
  );
});

describe(`import: a ${IMPORT_ROWS}-row X export`, () => {
  bench(
    'read + plan + store in one transaction',
    async () => {
      const now = Date.now();
      const plan = planAnalyticsImport(readExport(exportCsv), layoutOfFormat(format, table.headers), {
        readAt: START + importRun++ * 1_000,
        timeZone: ZONE,
        now,
        sourceId: 'bench-x',
      });
      await analytics.importExport(
        {
          posts: plan.posts,
          snapshots: plan.snapshots,
          source: {
            id: 'bench-x',
            name: format.name,
            headerKey: table.headers.join(','),
            platform: 'x',
            mapping: {},
            dateOrder: format.dateOrder,
            createdAt: now,
          },
        },
        now,
      );
    },
    { iterations: 5, time: 0 },
  );
});

// Web analytics: a 10,000-row GA4 export on the fixture's comment lines and header row
// (tests/fixtures/analytics/ga4-traffic-acquisition-session-campaign.csv), one row per campaign and source.
const ga4Fixture = readFileSync(
  'tests/fixtures/analytics/ga4-traffic-acquisition-session-campaign.csv',
  'utf8',
);
const ga4Head = ga4Fixture.split('\n').slice(0, 10).join('\n');
const ga4Csv = `${ga4Head}\n${Array.from(
  { length: IMPORT_ROWS },
  (_, index) =>
    `${CAMPAIGNS[index % CAMPAIGNS.length]}-${Math.floor(index / 6)},${PLATFORMS[index % PLATFORMS.length]},90,100,70,40.1,0.7,6,0.7,600,${index % 9},0.05,0`,
).join('\n')}\n`;
const webStats = planWebStatsImport(ga4Csv, 'ga4.csv', START).rows;
for (const [index, campaign] of CAMPAIGNS.entries())
  webStats[index] = { ...webStats[index], campaign } as never;

describe(`web analytics: a ${IMPORT_ROWS}-row GA4 export`, () => {
  bench(
    'read + plan + store in one transaction',
    async () => {
      const plan = planWebStatsImport(ga4Csv, 'ga4.csv', Date.now());
      await analytics.importWebStats(plan.rows);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'join to the posts of a filter change (campaign table and per-post numbers)',
    () => {
      joinWebStats(dashboardView(rows, nextFilter(), ZONE, campaignOf).rows, webStats, campaignOf);
    },
    STEADY,
  );
});
