import { describe, expect, it } from 'vitest';
import { arrivedInReview, canApprove, waitingForReview } from '@/utils/team/review';
import { calendarEntry } from './calendar-entry';

const rita = { username: 'rita', roles: ['reviewer'] };
const wendy = { username: 'wendy', roles: ['writer'] };

describe('waiting for my review', () => {
  it('lists the entries in review, soonest first, to a member who can approve them', () => {
    const entries = [
      calendarEntry({ id: 'later', status: 'in-review', at: Date.parse('2027-02-02T09:00:00Z') }),
      calendarEntry({ id: 'draft', status: 'draft' }),
      calendarEntry({ id: 'sooner', status: 'in-review', at: Date.parse('2027-01-05T09:00:00Z') }),
      calendarEntry({ id: 'approved', status: 'approved' }),
    ];
    expect(waitingForReview(entries, rita.roles).map((entry) => entry.id)).toEqual(['sooner', 'later']);
    // A server admin may approve too (the workspace's rules let an admin do what a reviewer does).
    expect(waitingForReview(entries, ['_admin']).map((entry) => entry.id)).toEqual(['sooner', 'later']);
  });

  it('asks nothing of a writer, or of someone not connected', () => {
    const entries = [calendarEntry({ status: 'in-review' })];
    expect(waitingForReview(entries, wendy.roles)).toEqual([]);
    expect(waitingForReview(entries, undefined)).toEqual([]);
    expect(canApprove(['writer'])).toBe(false);
  });
});

describe('a notification when an entry arrives in review', () => {
  const inReviewBy = (by: string, before = calendarEntry({ status: 'draft' })) => ({
    before,
    entry: { ...before, status: 'in-review' as const },
    audit: [
      { at: 1, by: 'wendy', status: 'draft' as const },
      { at: 2, by, status: 'in-review' as const },
    ],
  });

  it("is for a reviewer, when another member's change puts an entry in review", () => {
    expect(arrivedInReview([inReviewBy('wendy')], rita).map((entry) => entry.status)).toEqual(['in-review']);
    // New to this install and already in review: it arrived in review too.
    expect(arrivedInReview([{ ...inReviewBy('wendy'), before: undefined }], rita)).toHaveLength(1);
  });

  it('is not for my own change (from another device), nor an entry already in review, nor a writer', () => {
    expect(arrivedInReview([inReviewBy('rita')], rita)).toEqual([]);
    expect(arrivedInReview([inReviewBy('wendy', calendarEntry({ status: 'in-review' }))], rita)).toEqual([]);
    expect(arrivedInReview([inReviewBy('wendy')], wendy)).toEqual([]);
    const approved = { ...inReviewBy('wendy'), entry: calendarEntry({ status: 'approved' }) };
    expect(arrivedInReview([approved], rita)).toEqual([]);
  });
});
