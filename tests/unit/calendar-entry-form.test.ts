import { describe, expect, it } from 'vitest';
import { draftReports, entryFindings, summariseFindings } from '@/utils/calendar/entry-findings';
import { entryFromForm, formOf, newEntryForm } from '@/utils/calendar/entry-form';
import { setTestUiLanguage } from '../setup/i18n';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('the entry editor’s form', () => {
  it('turns a 02:30 on the spring-forward day into 03:30, and says so', () => {
    const form = { ...newEntryForm('2026-03-29', '02:30'), title: 'Early bird' };
    const result = entryFromForm(form, 'Europe/Berlin', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new Date(result.entry.at).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(result.time.note).toBe(
      '02:30 doesn’t exist on 2026-03-29 in Europe/Berlin (the clocks go forward); it is set to 03:30.',
    );
  });

  it('refuses a missing date with a message instead of storing a broken time', () => {
    const result = entryFromForm({ ...newEntryForm('', '10:00'), title: 'No date' }, 'Europe/Berlin', NOW);
    expect(result).toEqual({
      ok: false,
      problems: [
        'Date and time: pick a date and time that exist in the calendar. Details: "" is not a date (yyyy-mm-dd).',
      ],
    });
  });

  it('says what is wrong with the date in German, with the technical reason only as a detail', () => {
    setTestUiLanguage('de');
    const result = entryFromForm({ ...newEntryForm('', '10:00'), title: 'No date' }, 'Europe/Berlin', NOW);
    setTestUiLanguage('en');
    expect(result).toEqual({
      ok: false,
      problems: [
        'Datum und Uhrzeit: Wählen Sie ein Datum und eine Uhrzeit, die es im Kalender gibt. Details: "" is not a date (yyyy-mm-dd).',
      ],
    });
  });

  it('collects every field problem at once', () => {
    const result = entryFromForm(
      { ...newEntryForm('2026-11-24'), relationship: 'affiliate', platforms: ['x', 'x'] },
      'Europe/Berlin',
      NOW,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      'Title: Give the entry a title.',
      'Platforms: A platform is listed twice.',
      'Partner brand: Name the partner brand of a paid, gifted or affiliate post.',
    ]);
  });

  it('round-trips a stored entry through the form, dropping empty optional fields', () => {
    const stored = calendarEntry({ createdAt: 5, updatedAt: 5 });
    const result = entryFromForm(formOf(stored, 'Europe/Berlin'), 'Europe/Berlin', NOW);
    expect(result.ok && result.entry).toEqual({ ...stored, updatedAt: NOW });
    const bare = entryFromForm(
      { ...formOf(stored, 'Europe/Berlin'), campaign: '  ', notes: '' },
      'Europe/Berlin',
      NOW,
    );
    expect(bare.ok && 'campaign' in bare.entry).toBe(false);
    expect(bare.ok && 'notes' in bare.entry).toBe(false);
  });

  it('tells where an entry was planned when it is edited in another zone', () => {
    const stored = calendarEntry({ at: Date.parse('2026-07-01T08:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(formOf(stored, 'America/New_York')).toMatchObject({
      day: '2026-07-01',
      time: '04:00',
      plannedIn: { timeZone: 'Europe/Berlin', day: '2026-07-01', time: '10:00' },
    });
    expect(formOf(stored, 'Europe/Berlin').plannedIn).toBeUndefined();
  });
});

describe('an entry’s findings', () => {
  it('checks each platform’s draft as the composer does, and sums up the worst', () => {
    const entry = calendarEntry({
      platforms: ['x', 'linkedin', 'bluesky'],
      drafts: { x: 'a'.repeat(290), linkedin: 'Fine.' },
    });
    const reports = draftReports(entry);
    expect(reports.map((report) => [report.platform, report.state, report.count, report.limit])).toEqual([
      ['x', 'error', 290, 280],
      ['linkedin', 'ok', 5, 3000],
      ['bluesky', 'empty', 0, 300],
    ]);
    // The engine's own wording may change; its contract (category, severity) is what the calendar shows.
    expect(reports[0]?.findings).toContainEqual(
      expect.objectContaining({ category: 'platform', severity: 'error' }),
    );
    const summary = summariseFindings(reports);
    expect(summary.state).toBe('error');
    expect(summary.count).toBe(reports[0]?.findings.length);
    expect(entryFindings(entry)).toEqual(summary);
  });

  it('is empty until a platform has a draft', () => {
    expect(entryFindings(calendarEntry({ id: 'blank', drafts: {} }))).toEqual({ state: 'empty', count: 0 });
  });
});

describe('the published posts’ links in the entry editor', () => {
  const published = {
    ...newEntryForm('2026-03-02'),
    title: 'Spring teaser',
    platforms: ['x', 'linkedin'] as const,
    status: 'published' as const,
    publishedLinks: { x: ' https://x.com/acmecoffee/status/1861000000000000001 ', linkedin: '' },
  };

  it('are kept per platform while the entry is published, and survive the next edit', () => {
    const result = entryFromForm({ ...published, platforms: ['x', 'linkedin'] }, 'UTC', NOW);
    if (!result.ok) throw new Error(result.problems.join(' '));
    expect(result.entry.publishedLinks).toEqual({ x: 'https://x.com/acmecoffee/status/1861000000000000001' });
    const again = entryFromForm(formOf(result.entry, 'UTC'), 'UTC', NOW);
    expect(again.ok && again.entry.publishedLinks).toEqual(result.entry.publishedLinks);
  });

  it('go with the platform they are for, and with the published status', () => {
    const noX = entryFromForm({ ...published, platforms: ['linkedin'] }, 'UTC', NOW);
    expect(noX.ok && 'publishedLinks' in noX.entry).toBe(false);
    const back = entryFromForm({ ...published, platforms: ['x'], status: 'scheduled' }, 'UTC', NOW);
    expect(back.ok && 'publishedLinks' in back.entry).toBe(false);
  });

  it('refuse what is not a web address, with a sentence', () => {
    const result = entryFromForm(
      { ...published, platforms: ['x'], publishedLinks: { x: 'javascript:alert(1)' } },
      'UTC',
      NOW,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      'Link to the post on X: A published post’s link must be a web address starting with https://.',
    ]);
  });
});
