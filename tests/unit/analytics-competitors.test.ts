import { describe, expect, it } from 'vitest';
import { compareWithResearch } from '@/utils/analytics/competitors';
import type { PostNumbers } from '@/utils/analytics/kpis';
import type { PostSnapshot } from '@/utils/db/analytics-records';
import type { MetricsSnapshot, ResearchPost } from '@/utils/db/records';
import { researchPost } from '../shared/research-post';

function own(id: string, numbers: Partial<PostSnapshot>): PostNumbers {
  return {
    post: { id, platform: 'x', text: '', createdAt: 0, updatedAt: 0 },
    latest: { id: `${id}@1`, postId: id, readAt: 1, ...numbers },
  };
}

function saved(
  id: string,
  handle: string,
  metrics: Omit<MetricsSnapshot, 'readAt'>,
  platform: ResearchPost['platform'] = 'x',
): ResearchPost {
  // An older reading first: the newest one counts.
  return researchPost(
    id,
    handle,
    [
      { readAt: 1, likes: 0 },
      { readAt: 2, ...metrics },
    ],
    { platform },
  );
}

describe('the brand beside its competitors', () => {
  const brand = [
    own('x:1', { impressions: 2000, likes: 40, comments: 5, shares: 10 }),
    own('x:2', { impressions: 1000, likes: 20, comments: 3, shares: 2 }),
  ];
  const research = [
    saved('r1', 'rival', { likes: 10, replies: 1, reposts: 0, views: 900 }),
    saved('r2', 'rival', { likes: 100, replies: 3, reposts: 9, views: 5000 }),
    saved('r3', 'rival', { likes: 30, replies: 2, reposts: 5, views: 1000 }),
    saved('r4', 'other', { likes: 7 }),
    // The brand's own account, saved to research: not a competitor.
    saved('r5', 'Acme', { likes: 9999, replies: 9999 }),
    // A platform the brand has no posts on.
    saved('r6', 'rival', { likes: 1 }, 'instagram'),
  ];

  it('compares the medians per post of the measures both sides have, computed by hand', () => {
    const [x, ...rest] = compareWithResearch(brand, research, [{ platform: 'x', handle: 'acme' }]);
    expect(rest).toEqual([]);
    // X's export has impressions, not the views a post page shows: views are only on one side.
    expect(x).toEqual({
      platform: 'x',
      measures: ['likes', 'comments', 'shares'],
      leftOut: ['views'],
      accounts: [
        { posts: 2, medians: { likes: 30, comments: 4, shares: 6 } },
        { account: '@rival', posts: 3, medians: { likes: 30, comments: 2, shares: 5, views: 1000 } },
        { account: '@other', posts: 1, medians: { likes: 7 } },
      ],
    });
  });

  it('leaves out what only the brand has', () => {
    const [x] = compareWithResearch(brand, [research[3] as ResearchPost], []);
    expect(x).toMatchObject({ measures: ['likes'], leftOut: ['comments', 'shares'] });
  });

  it('leaves out a platform without other accounts’ posts', () => {
    expect(
      compareWithResearch(brand, [research[4] as ResearchPost], [{ platform: 'x', handle: 'acme' }]),
    ).toEqual([]);
  });
});
