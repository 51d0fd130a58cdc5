import { describe, expect, it } from 'vitest';
import type { PostNumbers } from '@/utils/analytics/kpis';
import { monthlyReport, monthRange } from '@/utils/analytics/monthly-report';
import type { CalendarEntry } from '@/utils/db/records';

function posted(
  platform: 'x' | 'linkedin',
  at: string,
  engagements: number,
  calendarEntryId?: string,
): PostNumbers {
  const id = `${platform}:${at}`;
  return {
    post: {
      id,
      platform,
      text: id,
      publishedAt: Date.parse(at),
      ...(calendarEntryId ? { calendarEntryId } : {}),
      createdAt: 0,
      updatedAt: 0,
    },
    latest: { id: `${id}@1`, postId: id, readAt: 1, engagements },
  };
}

function planned(
  id: string,
  at: string,
  status: CalendarEntry['status'],
  platforms: CalendarEntry['platforms'],
) {
  return {
    id,
    title: id,
    at: Date.parse(at),
    timeZone: 'Europe/Berlin',
    platforms,
    status,
    drafts: {},
    relationship: 'none',
    createdAt: 0,
    updatedAt: 0,
  } satisfies CalendarEntry;
}

describe('the monthly report', () => {
  it('covers the month’s days in the user’s zone, December into January too', () => {
    // Berlin is UTC+1 in winter: its March starts at 23:00 UTC on the last day of February.
    expect(monthRange('2026-03', 'Europe/Berlin')).toEqual({
      from: Date.parse('2026-02-28T23:00:00Z'),
      // …and ends in summer time (UTC+2).
      to: Date.parse('2026-03-31T22:00:00Z'),
    });
    expect(monthRange('2026-12', 'UTC')).toEqual({
      from: Date.parse('2026-12-01T00:00:00Z'),
      to: Date.parse('2027-01-01T00:00:00Z'),
    });
  });

  it('lists the month’s posts by engagements and sets the plan beside what went out', () => {
    const rows = [
      posted('x', '2026-02-28T23:30:00Z', 500), // 1 March, 00:30 in Berlin
      posted('x', '2026-03-10T10:00:00Z', 40, 'teaser'),
      posted('linkedin', '2026-03-11T10:00:00Z', 40),
      posted('x', '2026-03-31T22:30:00Z', 900), // 1 April in Berlin
    ];
    const entries = [
      planned('teaser', '2026-03-10T09:00:00Z', 'published', ['x', 'linkedin']),
      planned('later', '2026-03-20T09:00:00Z', 'scheduled', ['x']),
      planned('idea', '2026-03-21T09:00:00Z', 'idea', ['linkedin']),
      planned('april', '2026-04-02T09:00:00Z', 'scheduled', ['x']),
    ];
    const report = monthlyReport(rows, entries, '2026-03', 'Europe/Berlin');
    // Equal engagements: the earlier post first.
    expect(report.top.map(({ post }) => post.id)).toEqual([
      'x:2026-02-28T23:30:00Z',
      'x:2026-03-10T10:00:00Z',
      'linkedin:2026-03-11T10:00:00Z',
    ]);
    expect(report.entries.map((entry) => entry.id)).toEqual(['teaser', 'later', 'idea']);
    expect(report.plan).toEqual([
      { platform: 'linkedin', planned: 1, published: 1, posts: 1, matched: 0 },
      { platform: 'x', planned: 2, published: 1, posts: 2, matched: 1 },
    ]);
  });
});
