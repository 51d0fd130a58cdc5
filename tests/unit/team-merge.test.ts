import { describe, expect, it } from 'vitest';
import { CalendarEntrySchema } from '@/utils/db/records';
import { mergeEntries, sameContent } from '@/utils/team/merge';
import { calendarEntry } from './calendar-entry';

/**
 * One entry edited by two members at once, merged against the version both started from: what only one of
 * them changed is kept whichever version wins, what both changed is theirs or mine as the user chooses.
 */
const base = calendarEntry({ updatedAt: 10 });

describe('merging two edits of one calendar entry', () => {
  it('merges parts that only one side changed, each platform draft on its own', () => {
    const mine = {
      ...base,
      title: 'Spring launch',
      drafts: { ...base.drafts, x: 'It is here 🌱' },
      updatedAt: 20,
    };
    const theirs = {
      ...base,
      notes: 'Legal said yes.',
      drafts: { ...base.drafts, linkedin: 'Today we launch.' },
      updatedAt: 30,
    };
    const merge = mergeEntries(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.keep('mine');
    expect(merged).toMatchObject({
      title: 'Spring launch',
      notes: 'Legal said yes.',
      drafts: { x: 'It is here 🌱', linkedin: 'Today we launch.' },
    });
    expect(merge.keep('theirs')).toEqual(merged);
    expect(CalendarEntrySchema.safeParse(merged).success).toBe(true);
  });

  it('keeps both texts of a part changed on both sides until one is chosen', () => {
    const mine = { ...base, title: 'Ours', drafts: { ...base.drafts, x: 'Mine on X' }, updatedAt: 20 };
    const theirs = {
      ...base,
      notes: 'Theirs only',
      drafts: { ...base.drafts, x: 'Theirs on X' },
      updatedAt: 30,
    };
    const merge = mergeEntries(base, mine, theirs);
    expect(merge.conflicts).toEqual([{ kind: 'draft', platform: 'x' }]);
    expect(merge.keep('mine')).toMatchObject({
      title: 'Ours',
      notes: 'Theirs only',
      drafts: { x: 'Mine on X' },
    });
    expect(merge.keep('theirs')).toMatchObject({
      title: 'Ours',
      notes: 'Theirs only',
      drafts: { x: 'Theirs on X' },
    });
  });

  it('treats the same change on both sides as no conflict', () => {
    const mine = { ...base, status: 'in-review' as const, updatedAt: 20 };
    const theirs = { ...base, status: 'in-review' as const, updatedAt: 30 };
    expect(mergeEntries(base, mine, theirs).conflicts).toEqual([]);
  });

  it('moves date and time zone together, and the partnership with the partner’s name', () => {
    const mine = { ...base, at: base.at + 3_600_000, updatedAt: 20 };
    const theirs = { ...base, timeZone: 'America/New_York', updatedAt: 30 };
    expect(mergeEntries(base, mine, theirs).conflicts).toEqual([{ kind: 'when' }]);

    const paid = { ...base, relationship: 'paid' as const, partnerBrand: 'Acme', updatedAt: 20 };
    const gifted = { ...base, relationship: 'gifted' as const, partnerBrand: 'Globex', updatedAt: 30 };
    const merge = mergeEntries(base, paid, gifted);
    expect(merge.conflicts).toEqual([{ kind: 'partnership' }]);
    expect(merge.keep('mine')).toMatchObject({ relationship: 'paid', partnerBrand: 'Acme' });
    expect(merge.keep('theirs')).toMatchObject({ relationship: 'gifted', partnerBrand: 'Globex' });
  });

  it('keeps a field one side removed removed, and a draft one side added', () => {
    const { notes: _dropped, ...withoutNotes } = base;
    const mine = { ...withoutNotes, updatedAt: 20 };
    const theirs = { ...base, drafts: { ...base.drafts, bluesky: 'Hello Bluesky' }, updatedAt: 30 };
    const merge = mergeEntries(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    const merged = merge.keep('mine');
    expect('notes' in merged).toBe(false);
    expect(merged.drafts.bluesky).toBe('Hello Bluesky');
  });

  it('without the version both started from, every part that differs is a conflict', () => {
    const mine = { ...base, title: 'A', updatedAt: 20 };
    const theirs = { ...base, notes: 'B', updatedAt: 30 };
    expect(mergeEntries(undefined, mine, theirs).conflicts).toEqual([{ kind: 'title' }, { kind: 'notes' }]);
  });

  it('compares content regardless of key order and save time', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        notes: base.notes,
        ...base,
        updatedAt: 99,
        drafts: { linkedin: base.drafts.linkedin, x: base.drafts.x },
      }),
    );
    expect(sameContent(base, reordered)).toBe(true);
    expect(sameContent(base, { ...base, title: 'Other' })).toBe(false);
  });
});
