import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '@/utils/analytics/export-formats';
import { layoutOfFormat, planAnalyticsImport, readExport } from '@/utils/analytics/import-export';
import {
  defaultBasis,
  engagementsOf,
  latestNumbers,
  platformKpis,
  weekdayHourSlots,
  weeklyTrend,
} from '@/utils/analytics/kpis';
import { setTestUiLanguage } from '../setup/i18n';

const READ_AT = Date.UTC(2026, 2, 20);

/** The posts of a fixture export with their numbers, as the dashboard would have them after importing it. */
function rowsOf(name: string, readAt = READ_AT) {
  const table = readExport(readFileSync(`tests/fixtures/analytics/${name}`, 'utf8'));
  const format = formatOf(table.headers);
  if (!format) throw new Error(name);
  const plan = planAnalyticsImport(table, layoutOfFormat(format, table.headers), {
    readAt,
    timeZone: 'UTC',
    now: readAt,
    sourceId: 's',
  });
  return { posts: plan.posts, snapshots: plan.snapshots };
}

const kpi = (kpis: ReturnType<typeof platformKpis>, label: string) => kpis.find((k) => k.label === label);

describe('KPIs, against values computed by hand from the fixture exports', () => {
  it('X: engagement rate by impressions (80 + 30) / (2,000 + 1,000) and CTR (12 + 4) / 3,000', () => {
    const { posts, snapshots } = rowsOf('x-post-activity.csv');
    const rows = latestNumbers(posts, snapshots);
    expect(defaultBasis(rows)).toBe('impressions');
    const kpis = platformKpis(rows, { basis: 'impressions', platformName: 'X' });
    expect(kpi(kpis, 'Engagement rate by impressions')?.value).toBeCloseTo(110 / 3000, 12);
    expect(kpi(kpis, 'Engagement rate by impressions')?.formula).toBe(
      'Σ engagements (the platform’s own count, or likes + comments + shares + saves where it gives none) ÷ Σ impressions, over the 2 posts that have both',
    );
    expect(kpi(kpis, 'Click-through rate')?.value).toBeCloseTo(16 / 3000, 12);
    expect(kpi(kpis, 'Impressions')?.value).toBe(3000);
    expect(kpi(kpis, 'Reach')).toMatchObject({ value: undefined, missing: 'X’s export has no reach.' });
  });

  it('in German: the labels, formulas and reasons come from the German catalogue', () => {
    const { posts, snapshots } = rowsOf('x-post-activity.csv');
    setTestUiLanguage('de');
    try {
      const kpis = platformKpis(latestNumbers(posts, snapshots), { basis: 'impressions', platformName: 'X' });
      expect(kpis.map((k) => k.label)).toEqual([
        'Beiträge',
        'Engagement-Rate nach Impressionen',
        'Klickrate',
        'Impressionen',
        'Reichweite',
        'Aufrufe',
        'Interaktionen',
      ]);
      expect(kpi(kpis, 'Klickrate')?.formula).toBe(
        'Σ Klicks ÷ Σ Impressionen, über die 2 Beiträge, die beides haben',
      );
      expect(kpi(kpis, 'Reichweite')?.missing).toBe('Der Export von X enthält keine Reichweite.');
    } finally {
      setTestUiLanguage('en');
    }
  });

  it('Facebook: engagement rate by reach 450 / 9,000; no click-through rate, and it says why', () => {
    const { posts, snapshots } = rowsOf('meta-facebook.csv');
    const rows = latestNumbers(posts, snapshots);
    expect(defaultBasis(rows)).toBe('reach');
    const kpis = platformKpis(rows, { basis: 'reach', platformName: 'Facebook' });
    expect(kpi(kpis, 'Engagement rate by reach')?.value).toBe(0.05);
    expect(kpi(kpis, 'Click-through rate')).toMatchObject({
      value: undefined,
      missing: 'Facebook doesn’t give impressions in its export, so there is no click-through rate.',
    });
  });

  it('TikTok: engagements are likes + comments + shares; by followers (1,279 + 661) / 2 / 10,000', () => {
    const { posts, snapshots } = rowsOf('tiktok-studio-content.csv');
    const rows = latestNumbers(posts, snapshots);
    expect(rows.map(({ latest }) => engagementsOf(latest))).toEqual([1279, 661]);
    expect(defaultBasis(rows)).toBe('followers');
    const without = platformKpis(rows, { basis: 'followers', platformName: 'TikTok' });
    expect(kpi(without, 'Engagement rate by followers')).toMatchObject({
      value: undefined,
      missing: 'Enter TikTok’s follower count to compute it.',
    });
    const withFollowers = platformKpis(rows, {
      basis: 'followers',
      followers: 10_000,
      platformName: 'TikTok',
    });
    expect(kpi(withFollowers, 'Engagement rate by followers')?.value).toBeCloseTo(0.097, 12);
    expect(kpi(withFollowers, 'Engagement rate by reach')).toBeUndefined();
  });

  it('uses each post’s newest snapshot, not the sum of its snapshots', () => {
    const older = rowsOf('x-post-activity.csv', READ_AT - 86_400_000);
    const newer = rowsOf('x-post-activity.csv');
    const doubledLater = newer.snapshots.map((s) => ({ ...s, impressions: (s.impressions ?? 0) * 2 }));
    const rows = latestNumbers(newer.posts, [...doubledLater, ...older.snapshots]);
    expect(kpi(platformKpis(rows, { basis: 'impressions', platformName: 'X' }), 'Impressions')?.value).toBe(
      6000,
    );
  });

  it('puts posts in their weekday × hour of the viewer’s zone and their week', () => {
    const { posts, snapshots } = rowsOf('x-post-activity.csv');
    const rows = latestNumbers(posts, snapshots);
    // 2026-03-02 09:00 UTC is a Monday, 10:00 in Berlin; 2026-03-04 17:30 UTC a Wednesday, 18:30 in Berlin.
    expect(weekdayHourSlots(rows, 'Europe/Berlin')).toEqual([
      { weekday: 0, hour: 10, posts: 1, meanEngagements: 80 },
      { weekday: 2, hour: 18, posts: 1, meanEngagements: 30 },
    ]);
    expect(weeklyTrend(rows)).toEqual([{ weekStart: Date.UTC(2026, 2, 2), posts: 2, engagements: 110 }]);
  });
});
