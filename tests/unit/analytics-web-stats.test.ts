import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeExport, isWorkbook } from '@/utils/analytics/export-file';
import type { PostNumbers } from '@/utils/analytics/kpis';
import { planWebStatsImport, WebStatsImportError } from '@/utils/analytics/web-stats-import';
import { conversionRate, joinWebStats, webStatsInRange } from '@/utils/analytics/web-stats-join';
import { analyticsRepository } from '@/utils/db/analytics';
import type { OwnPost } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';
import { setTestUiLanguage } from '../setup/i18n';

const NOW = Date.UTC(2026, 3, 2);
const fixture = (path: string) => decodeExport(readFileSync(`tests/fixtures/analytics/${path}`));

describe('GA4 Traffic acquisition export', () => {
  const plan = planWebStatsImport(fixture('ga4-traffic-acquisition-session-campaign.csv'), 'x.csv', NOW);

  it('reads the table under the comment lines, with the period the comments give', () => {
    expect(plan.tool).toBe('ga4');
    expect(plan.rows).toHaveLength(4);
    const x = plan.rows.find((row) => row.campaign === 'spring-collection' && row.source === 'x');
    expect(x).toMatchObject({ sessions: 412, visitors: 388, conversions: 23 });
    expect(x?.periodStart).toBe(Date.UTC(2026, 2, 1));
    expect(x?.periodEnd).toBe(Date.UTC(2026, 3, 1));
    expect(plan.skipped).toEqual([]);
  });

  it('leaves a total row out and refuses a row whose number is not one, naming its line', () => {
    const text = fixture('ga4-traffic-acquisition-session-campaign.csv').replace(
      '(direct),(direct),950,1104',
      '(direct),(direct),950,many',
    );
    const broken = planWebStatsImport(`${text}Grand total,,3379,3956,2563,0,0,0,0,0,113,0,0\n`, 'x.csv', NOW);
    expect(broken.rows).toHaveLength(3);
    expect(broken.skipped).toEqual([{ line: 14, reason: 'Its “sessions” cell “many” isn’t a number.' }]);
    expect(broken.notes).toContain(
      'The file’s total row is left out; the totals are computed from the rows.',
    );
  });

  it('reads only the first table when the file holds more', () => {
    const text = `${fixture('ga4-traffic-acquisition-session-campaign.csv')}\n# Chart data\nDate,Sessions\n20260301,88\n`;
    expect(planWebStatsImport(text, 'x.csv', NOW).rows).toHaveLength(4);
  });
});

describe('Matomo Referrers › Campaigns export', () => {
  it('decodes the UTF-16 file and reads the label as the campaign', () => {
    const plan = planWebStatsImport(fixture('matomo-referrers-campaigns.csv'), 'Campaigns.csv', NOW);
    expect(plan.tool).toBe('matomo');
    expect(plan.rows.map((row) => [row.campaign, row.sessions, row.visitors, row.conversions])).toEqual([
      ['spring-collection', 344, 301, 21],
      ['newsletter-march', 131, 120, 6],
    ]);
    expect(plan.notes).toContain(
      'The file doesn’t say which dates it covers; its numbers count for the whole campaign.',
    );
  });
});

describe('Plausible export zip files', () => {
  it('reads visitors from utm_campaigns.csv and conversions from the goal-filtered one', () => {
    const visits = planWebStatsImport(fixture('plausible/utm_campaigns.csv'), 'utm_campaigns.csv', NOW);
    const goals = planWebStatsImport(fixture('plausible-goal/utm_campaigns.csv'), 'utm_campaigns.csv', NOW);
    expect(visits.rows[0]).toMatchObject({ tool: 'plausible', campaign: 'spring-collection', visitors: 377 });
    expect(goals.rows[0]).toMatchObject({ campaign: 'spring-collection', conversions: 19 });
    // Same campaign, same id: the two files add up to one row in the store.
    expect(goals.rows[0]?.id).toBe(visits.rows[0]?.id);
    expect(visits.notes).toContain(
      'This file has no conversions (key events or goals), so there is no conversion rate from it.',
    );
  });

  it('refuses a renamed file, since only the name says which report it is', () => {
    expect(() => planWebStatsImport(fixture('plausible/utm_campaigns.csv'), 'export.csv', NOW)).toThrow(
      WebStatsImportError,
    );
  });
});

it('refuses a file that is none of the three, with a sentence in the UI language', () => {
  expect(() => planWebStatsImport('Date,Revenue\n2026-03-01,5\n', 'sales.csv', NOW)).toThrow(
    /isn’t a GA4, Matomo or Plausible export/,
  );
  setTestUiLanguage('de');
  try {
    expect(() => planWebStatsImport('Date,Revenue\n2026-03-01,5\n', 'sales.csv', NOW)).toThrow(
      /ist kein GA4-, Matomo- oder Plausible-Export/,
    );
    const text = fixture('plausible/utm_campaigns.csv').replace('377', 'viele');
    expect(planWebStatsImport(text, 'utm_campaigns.csv', NOW).skipped[0]?.reason).toBe(
      'Ihre Zelle „visitors“ mit „viele“ ist keine Zahl.',
    );
  } finally {
    setTestUiLanguage('en');
  }
});

const post = (id: string, platform: OwnPost['platform'], calendarEntryId?: string): OwnPost => ({
  id,
  platform,
  postId: id.split(':')[1],
  text: id,
  ...(calendarEntryId ? { calendarEntryId } : {}),
  createdAt: NOW,
  updatedAt: NOW,
});
const numbers = (p: OwnPost, clicks?: number, impressions?: number): PostNumbers => ({
  post: p,
  latest: {
    id: `${p.id}@1`,
    postId: p.id,
    readAt: 1,
    ...(clicks !== undefined ? { clicks } : {}),
    ...(impressions !== undefined ? { impressions } : {}),
  },
});

describe('joining web analytics to posts', () => {
  const campaigns: Record<string, string> = {
    'entry-1': 'Spring Collection',
    'entry-2': 'Spring Collection',
  };
  const rows = [
    numbers(post('x:1', 'x', 'entry-1'), 12, 2000),
    numbers(post('linkedin:2', 'linkedin', 'entry-2'), 30),
    numbers(post('x:3', 'x')),
  ];
  const stats = planWebStatsImport(
    fixture('ga4-traffic-acquisition-session-campaign.csv'),
    'x.csv',
    NOW,
  ).rows;

  it('gives sessions and conversions per campaign and platform, by the tag the UTM fix writes', () => {
    const { campaigns: table, perPost } = joinWebStats(rows, stats, (id) => campaigns[id]);
    expect(table).toEqual([
      {
        campaign: 'Spring Collection',
        platform: 'linkedin',
        posts: 1,
        clicks: 30,
        sessions: 230,
        visitors: 201,
        conversions: 17,
      },
      {
        campaign: 'Spring Collection',
        platform: 'x',
        posts: 1,
        clicks: 12,
        impressions: 2000,
        sessions: 412,
        visitors: 388,
        conversions: 23,
      },
    ]);
    // One post per campaign and platform: the rows are that post's.
    expect(perPost.get('x:1')).toEqual({ sessions: 412, visitors: 388, conversions: 23 });
    expect(perPost.has('x:3')).toBe(false);
    expect(conversionRate(table[1] ?? {})).toBeCloseTo(23 / 412);
  });

  it('gives a campaign with two posts on a platform to the post its utm_content names, else to none', () => {
    const two = [...rows, numbers(post('x:4', 'x', 'entry-4'))];
    const all: Record<string, string> = { ...campaigns, 'entry-4': 'spring-collection' };
    const tagged = stats.map((stat) => (stat.source === 'x' ? { ...stat, content: 'entry-4' } : stat));
    expect(joinWebStats(two, tagged, (id) => all[id]).perPost.get('x:4')?.conversions).toBe(23);
    const untagged = joinWebStats(two, stats, (id) => all[id]);
    expect(untagged.perPost.has('x:1')).toBe(false);
    expect(untagged.campaigns.find((line) => line.platform === 'x')?.posts).toBe(2);
  });

  it('leaves out campaigns of posts not shown (a platform filter narrows the table)', () => {
    const onlyX = joinWebStats(rows.slice(0, 1), stats, (id) => campaigns[id]);
    expect(onlyX.campaigns.map((line) => line.platform)).toEqual(['x']);
  });

  it('has no conversion rate without conversions or sessions', () => {
    expect(conversionRate({ sessions: 10 })).toBeUndefined();
    expect(conversionRate({ conversions: 3, visitors: 60 })).toBeCloseTo(0.05);
  });
});

describe('storing web analytics', () => {
  const NAME = 'web-stats-test';
  let db: OnBrandDatabase;
  beforeEach(() => {
    db = new OnBrandDatabase(NAME);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('merges a second Plausible file into the rows of the first', async () => {
    const repo = analyticsRepository(db);
    const visits = planWebStatsImport(fixture('plausible/utm_campaigns.csv'), 'utm_campaigns.csv', NOW);
    const goals = planWebStatsImport(fixture('plausible-goal/utm_campaigns.csv'), 'utm_campaigns.csv', NOW);
    expect(await repo.importWebStats(visits.rows)).toEqual({ added: 2, updated: 0 });
    expect(await repo.importWebStats(goals.rows)).toEqual({ added: 0, updated: 2 });
    const stored = await repo.allWebStats();
    expect(stored.find((row) => row.campaign === 'spring-collection')).toMatchObject({
      visitors: 377,
      conversions: 19,
    });
  });

  it('stores nothing when one row is invalid', async () => {
    const repo = analyticsRepository(db);
    const rows = planWebStatsImport(fixture('plausible/utm_campaigns.csv'), 'utm_campaigns.csv', NOW).rows;
    const bad = [...rows, { ...rows[0], id: 'bad', visitors: -1 } as (typeof rows)[number]];
    await expect(repo.importWebStats(bad)).rejects.toThrow(/webStats/);
    expect(await db.webStats.count()).toBe(0);
  });
});

describe('web-analytics rows in the dashboard’s date range', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const stat = (id: string, period?: [string, string]) => ({
    id,
    tool: 'ga4' as const,
    importedAt: 1,
    campaign: 'spring',
    sessions: 1,
    ...(period ? { periodStart: day(period[0]), periodEnd: day(period[1]) } : {}),
  });
  // GA4 periods end at the start of the day after the file's "# End date" (the import adds a day).
  const march = stat('march', ['2026-03-01', '2026-04-01']);
  const april = stat('april', ['2026-04-01', '2026-05-01']);
  const undated = stat('plausible');
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

  it('keeps the periods that overlap the range, the range’s end left out', () => {
    expect(ids(webStatsInRange([march, april, undated], day('2026-03-15'), day('2026-04-01')))).toEqual([
      'march',
      'plausible',
    ]);
    expect(ids(webStatsInRange([march, april], day('2026-03-31'), day('2026-04-02')))).toEqual([
      'march',
      'april',
    ]);
  });

  it('keeps every row without a range, and rows whose file gave no period in any range', () => {
    expect(ids(webStatsInRange([march, april, undated]))).toEqual(['march', 'april', 'plausible']);
    expect(ids(webStatsInRange([undated], day('2030-01-01'), day('2030-02-01')))).toEqual(['plausible']);
  });
});

describe('a spreadsheet workbook instead of a CSV', () => {
  // The first bytes of a Compound File (the legacy .xls), [MS-CFB] §2.2, then a header sector's filler.
  const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const xlsx = readFileSync('tests/fixtures/analytics/workbook-all-posts.xlsx');

  it('is refused with what to do, in English and German', () => {
    for (const bytes of [xls, xlsx]) {
      expect(isWorkbook(bytes)).toBe(true);
      expect(() => decodeExport(bytes)).toThrow(/Excel workbook.*save the sheet with the posts as CSV/);
    }
    setTestUiLanguage('de');
    expect(() => decodeExport(xlsx)).toThrow(/Excel-Arbeitsmappe.*als CSV/);
    setTestUiLanguage('en');
  });

  it('does not take a CSV for one, whatever its encoding', () => {
    for (const name of ['x-post-activity.csv', 'matomo-referrers-campaigns.csv'])
      expect(isWorkbook(readFileSync(`tests/fixtures/analytics/${name}`))).toBe(false);
  });
});
