import { describe, expect, it } from 'vitest';
import { dashboardView, type PostNumbers } from '@/utils/analytics/kpis';
import type { PlatformId } from '@/utils/checks/types';

const MARCH = Date.UTC(2026, 2, 1);
const APRIL = Date.UTC(2026, 3, 1);

function row(id: string, platform: PlatformId, publishedAt: number | undefined, entry?: string): PostNumbers {
  return {
    post: {
      id,
      platform,
      text: id,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(entry ? { calendarEntryId: entry } : {}),
      createdAt: 1,
      updatedAt: 1,
    },
    latest: { id: `${id}@1`, postId: id, readAt: 1, likes: 10, comments: 2 },
  };
}

const rows = [
  row('a', 'x', MARCH, 'e1'),
  row('b', 'instagram', APRIL - 1, 'e2'),
  row('c', 'instagram', APRIL),
  row('d', 'x', undefined),
];
const campaigns: Record<string, string> = { e1: 'Spring', e2: 'Summer' };
const ids = (view: ReturnType<typeof dashboardView>) => view.rows.map(({ post }) => post.id);

describe('dashboardView', () => {
  it('keeps every post without a filter', () => {
    expect(ids(dashboardView(rows, {}, 'UTC'))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('filters by platform and groups what is left', () => {
    const view = dashboardView(rows, { platforms: ['instagram'] }, 'UTC');
    expect(ids(view)).toEqual(['b', 'c']);
    expect([...view.groups.keys()]).toEqual(['instagram']);
  });
  it('takes the start of a date range and leaves out its end and undated posts', () => {
    expect(ids(dashboardView(rows, { from: MARCH, to: APRIL }, 'UTC'))).toEqual(['a', 'b']);
  });
  it('filters by the campaign of the matched calendar entry', () => {
    const view = dashboardView(rows, { campaign: 'Summer' }, 'UTC', (entry) => campaigns[entry]);
    expect(ids(view)).toEqual(['b']);
    expect(view.weeks).toEqual([{ weekStart: Date.UTC(2026, 2, 30), posts: 1, engagements: 12 }]);
  });
  it('filters by the content pillar of the matched calendar entry, with the campaign too when both are set', () => {
    const pillars: Record<string, string> = { e1: 'educational', e2: 'promotional' };
    const pillarOf = (entry: string) => pillars[entry];
    const campaignOf = (entry: string) => campaigns[entry];
    expect(ids(dashboardView(rows, { pillar: 'educational' }, 'UTC', campaignOf, pillarOf))).toEqual(['a']);
    expect(
      ids(dashboardView(rows, { pillar: 'educational', campaign: 'Summer' }, 'UTC', campaignOf, pillarOf)),
    ).toEqual([]);
  });
});
