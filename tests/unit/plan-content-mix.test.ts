import { describe, expect, it } from 'vitest';
import { contentMix, DEFAULT_PROMOTIONAL_PERCENT, pillarsOf } from '@/utils/calendar/content-mix';
import { entryFromForm, formOf } from '@/utils/calendar/entry-form';
import { type CalendarFilters, matchesFilters } from '@/utils/calendar/filters';
import { newBrand } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { type Brand, BrandSchema, CalendarEntrySchema } from '@/utils/db/records';
import { mergeEntries } from '@/utils/team/merge';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const entries = (...pillars: (string | undefined)[]) =>
  pillars.map((pillar, index) => ({ ...calendarEntry({ id: `e${index}` }), pillar }));

function brandWith(contentMix: Brand['contentMix']): Brand {
  return { ...newBrand('Acme', { name: 'Acme', version: 1, rules: [], marks: [] }, NOW), contentMix };
}

describe('the content mix of a period', () => {
  it('counts 2 promotional of 6 with a pillar as 33 %, one over a 20 % target, and leaves the unassigned out', () => {
    const mix = contentMix(
      entries(
        'promotional',
        'promotional',
        'educational',
        'educational',
        'community',
        'entertaining',
        undefined,
      ),
      undefined,
    );
    expect(mix.total).toBe(7);
    expect(mix.unassigned).toBe(1);
    expect(mix.promotional).toBe(2);
    expect(mix.promotionalPercent).toBe(33);
    expect(mix.targetPercent).toBe(DEFAULT_PROMOTIONAL_PERCENT);
    // 20 % of 6 is 1.2: one promotional entry is allowed, so one is too many.
    expect(mix.overBy).toBe(1);
    expect(mix.pillars.map((p) => [p.value, p.count, p.percent])).toEqual([
      ['promotional', 2, 33],
      ['educational', 2, 33],
      ['entertaining', 1, 17],
      ['community', 1, 17],
      ['user-generated', 0, 0],
    ]);
  });

  it('is within an 80/20 target at exactly one promotional entry in five', () => {
    const mix = contentMix(
      entries('promotional', 'educational', 'educational', 'community', 'community'),
      undefined,
    );
    expect([mix.promotionalPercent, mix.overBy]).toEqual([20, 0]);
  });

  it('uses the brand’s own target and its own pillars, several of them promotional', () => {
    const brand = brandWith({
      promotionalPercent: 50,
      pillars: [
        { name: 'Offers', promotional: true },
        { name: 'Launches', promotional: true },
        { name: 'Behind the scenes', promotional: false },
      ],
    });
    expect(pillarsOf(brand).map((p) => p.value)).toEqual(['Offers', 'Launches', 'Behind the scenes']);
    const mix = contentMix(entries('Offers', 'Launches', 'Offers', 'Behind the scenes'), brand);
    // 3 of 4 promotional (75 %), 50 % allows 2.
    expect([mix.promotional, mix.promotionalPercent, mix.targetPercent, mix.overBy]).toEqual([3, 75, 50, 1]);
  });

  it('keeps a pillar that is no longer in the brand’s list as its own row, the standard promotional one still promotional', () => {
    const brand = brandWith({ promotionalPercent: 20, pillars: [{ name: 'Tips', promotional: false }] });
    const mix = contentMix(entries('Tips', 'promotional', 'Old pillar'), brand);
    expect(mix.pillars.map((p) => [p.value, p.count, p.promotional])).toEqual([
      ['Tips', 1, false],
      ['promotional', 1, true],
      ['Old pillar', 1, false],
    ]);
    expect(mix.promotional).toBe(1);
  });

  it('has no shares and nothing over when no entry has a pillar', () => {
    const mix = contentMix(entries(undefined, undefined), undefined);
    expect([mix.unassigned, mix.promotionalPercent, mix.overBy]).toEqual([2, 0, 0]);
  });
});

describe('pillars on calendar entries and brands', () => {
  const db = freshDatabaseEachTest('plan-content-mix');

  it('stores an entry’s pillar and filters the calendar by it', async () => {
    const calendar = calendarRepository(db());
    await calendar.save(calendarEntry({ id: 'a', pillar: 'educational' }));
    await calendar.save(calendarEntry({ id: 'b' }));
    const stored = await calendar.list();
    const filters: CalendarFilters = { pillar: 'educational' };
    expect(stored.filter((entry) => matchesFilters(entry, filters)).map((entry) => entry.id)).toEqual(['a']);
  });

  it('keeps the pillar and the crisis pause through the entry editor, so an edit does not resume a paused post', () => {
    const stored = calendarEntry({ pillar: 'community', pausedBy: 'crisis-1' });
    const form = formOf(stored, 'Europe/Berlin');
    const result = entryFromForm({ ...form, title: 'Edited while paused' }, 'Europe/Berlin', NOW);
    expect(result.ok && [result.entry.pillar, result.entry.pausedBy]).toEqual(['community', 'crisis-1']);
    const cleared = entryFromForm({ ...form, pillar: '' }, 'Europe/Berlin', NOW);
    expect(cleared.ok && 'pillar' in cleared.entry).toBe(false);
  });

  it('refuses a target outside 0–100 % and a pillar listed twice, with sentences a user can act on', () => {
    const parse = (contentMix: unknown) => BrandSchema.safeParse({ ...brandWith(undefined), contentMix });
    expect(parse({ promotionalPercent: 120, pillars: [] }).error?.issues[0]?.message).toBe(
      'The promotional share is between 0 and 100 %.',
    );
    expect(
      parse({
        promotionalPercent: 20,
        pillars: [
          { name: 'Tips', promotional: false },
          { name: 'tips ', promotional: true },
        ],
      }).error?.issues[0]?.message,
    ).toBe('A content pillar is listed twice.');
    expect(parse({ promotionalPercent: 20 }).success).toBe(true);
  });

  it('reads entries and brands stored before pillars existed', () => {
    expect(CalendarEntrySchema.safeParse(calendarEntry()).success).toBe(true);
    expect(BrandSchema.safeParse(brandWith(undefined)).success).toBe(true);
  });

  it('merges a pillar changed by one team member and asks when both changed it', () => {
    const base = calendarEntry({ pillar: 'educational' });
    const mine = { ...base, pillar: 'community' };
    expect(mergeEntries(base, mine, base).keep('mine').pillar).toBe('community');
    expect(mergeEntries(base, mine, { ...base, pillar: 'promotional' }).conflicts).toEqual([
      { kind: 'pillar' },
    ]);
  });
});
