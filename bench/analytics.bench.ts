// Analytics figures for `npm run bench`: 100,000 snapshots across 5,000 posts (20 readings each).
// What is measured, honestly:
// - reads and the import's write run through real Dexie on fake-indexeddb in Node (a JavaScript IndexedDB),
//   including the zod parse of every row the repository does; the browser's native IndexedDB is another engine;
// - "filter change" is dashboardView, what the #/analytics page computes for a platform/date/campaign filter
//   from the numbers it already read; its peer is a naive re-read of both tables for every change;
// - the import is a 10,000-row file built on the header of the real X export fixture
//   (tests/fixtures/analytics/x-post-activity.csv): read, planned, then stored in one transaction.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { bench, describe } from 'vitest';
import { formatOf } from '@/utils/analytics/export-formats';
import { layoutOfFormat, planAnalyticsImport, readExport } from '@/utils/analytics/import-export';
import { type DashboardFilter, dashboardView, latestNumbers } from '@/utils/analytics/kpis';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import { groupIntoSets, type OwnPost, type PostSnapshot } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';
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
await db.ownPosts.bulkPut(posts);
await db.snapshotSets.bulkPut(groupIntoSets(snapshots));
const analytics = analyticsRepository(db);
const campaignOf = (entryId: string) => CAMPAIGNS[Number(entryId.slice('entry-'.length)) % CAMPAIGNS.length];
const rows = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());

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
    'naive: re-read both tables through Dexie + zod, then dashboardView',
    async () => {
      const fresh = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());
      dashboardView(fresh, nextFilter(), ZONE, campaignOf);
    },
    { iterations: 5, time: 0 },
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
