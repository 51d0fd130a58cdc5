import { describe, expect, it } from 'vitest';
import { entryResults } from '@/utils/analytics/entry-results';
import type { PostNumbers } from '@/utils/analytics/kpis';
import type { PostSnapshot } from '@/utils/db/analytics-records';

function post(id: string, calendarEntryId: string | undefined, numbers: Partial<PostSnapshot>): PostNumbers {
  return {
    post: {
      id,
      platform: id.startsWith('x') ? 'x' : 'instagram',
      text: '',
      ...(calendarEntryId ? { calendarEntryId } : {}),
      createdAt: 0,
      updatedAt: 0,
    },
    latest: { id: `${id}@5`, postId: id, readAt: 5, ...numbers },
  };
}

describe('a calendar entry’s results', () => {
  const rows = [
    post('x:1', 'launch', { impressions: 2000, engagements: 80, likes: 40, comments: 5, shares: 10 }),
    post('x:2', undefined, { impressions: 1000, engagements: 30 }),
    post('instagram:1', 'launch', { reach: 3000, likes: 200, comments: 30 }),
  ];

  it('are the matched posts’ newest numbers with the rate by each platform’s basis, hand-computed', () => {
    const results = entryResults(rows, { basis: {}, followers: {} });
    expect([...results.keys()]).toEqual(['launch']);
    expect(results.get('launch')).toEqual([
      // Instagram gives reach: (200 + 30) ÷ 3,000.
      {
        platform: 'instagram',
        readAt: 5,
        basis: 'reach',
        likes: 200,
        comments: 30,
        engagements: 230,
        rate: 230 / 3000,
      },
      // X gives impressions: 80 ÷ 2,000.
      {
        platform: 'x',
        readAt: 5,
        basis: 'impressions',
        likes: 40,
        comments: 5,
        shares: 10,
        engagements: 80,
        rate: 0.04,
      },
    ]);
  });

  it('follow the basis the user picked, and have no rate where the numbers lack it', () => {
    const results = entryResults(rows, {
      basis: { x: 'followers', instagram: 'impressions' },
      followers: { x: 4000 },
    });
    expect(results.get('launch')?.map(({ platform, rate }) => [platform, rate])).toEqual([
      ['instagram', undefined],
      ['x', 80 / 4000],
    ]);
  });
});
