import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BulkExportError,
  entriesToBufferCsv,
  entriesToHootsuiteCsv,
  HOOTSUITE_MAX_ROWS,
  needsDayOrder,
} from '@/utils/calendar/csv-formats';
import { knownMapping, planCsvImport, readCsv } from '@/utils/calendar/csv-interchange';
import { wallTimeOf } from '@/utils/calendar/time';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ZONE = 'Europe/Berlin';
const fixture = (name: string) => readFileSync(`tests/fixtures/calendar-csv/${name}`, 'utf8');
const summary = (plan: ReturnType<typeof planCsvImport>) =>
  plan.entries.map((entry) => [wallTimeOf(entry.at, ZONE), entry.drafts.x ?? entry.title]);

describe('bulk-scheduling files of other tools', () => {
  it('reads Hootsuite’s bulk composer file: no header row, month/day dates, the link posted after the message', () => {
    const table = readCsv(fixture('hootsuite.csv'));
    expect(table.format).toBe('hootsuite');
    expect(knownMapping(table.headers)).toBeUndefined();
    const plan = planCsvImport(table, 'hootsuite', ZONE, NOW, { platform: 'x' });
    expect(summary(plan)).toEqual([
      [
        { day: '2026-12-01', time: '09:00' },
        'Winter sale starts today, 20% off everything ❄️ https://example.com/sale',
      ],
      [{ day: '2026-12-24', time: '18:30' }, 'Closed for the holidays from tomorrow. See you in January!'],
      [
        { day: '2026-12-31', time: '23:55' },
        'Last post of the year: thank you, all 12,000 of you 🎉 https://example.com/thanks',
      ],
    ]);
    expect(plan.entries.every((entry) => entry.status === 'draft' && entry.platforms[0] === 'x')).toBe(true);
    // The first line is a post, so it is row 1.
    expect(plan.skipped).toEqual([
      {
        label: 'Row 4 (“A 12-hour time Hootsuite would refuse too”)',
        reason: 'Its date “12/28/2026 7:00 pm” isn’t a date (write it as yyyy-mm-dd, optionally with hh:mm).',
      },
    ]);
    expect(plan.notes).toEqual([
      'Read as a Hootsuite bulk composer file.',
      'Dates are read as month/day/year, as “12/24/2026 18:30” shows.',
    ]);
  });

  it('asks for a platform when the file names none, and imports ideas without one', () => {
    const plan = planCsvImport(readCsv(fixture('hootsuite.csv')), 'hootsuite', ZONE, NOW);
    expect(plan.entries.map((entry) => [entry.status, entry.platforms])).toEqual([
      ['idea', []],
      ['idea', []],
      ['idea', []],
    ]);
    expect(plan.notes).toContain(
      'The file doesn’t say which platform its posts are for: pick one to check them as drafts.',
    );
  });

  it('asks for the day order of a Hootsuite file whose dates could all be either, as Hootsuite’s uploader does', () => {
    const table = readCsv('03/04/2026 10:00,April or March?,\r\n05/06/2026 11:00,June or May?,\r\n');
    expect(table.format).toBe('hootsuite');
    expect(needsDayOrder('hootsuite', table)).toBe(true);
    const unsure = planCsvImport(table, 'hootsuite', ZONE, NOW, { platform: 'x' });
    expect(unsure.entries).toEqual([]);
    expect(unsure.skipped[0]).toEqual({
      label: 'Row 1 (“April or March?”)',
      reason:
        'Its date “03/04/2026 10:00” could be day/month or month/day; write the date as yyyy-mm-dd (e.g. 2026-04-03).',
    });
    expect(unsure.notes).toContain(
      'No date in the file shows whether it is day/month or month/day: pick which.',
    );
    const plan = planCsvImport(table, 'hootsuite', ZONE, NOW, { platform: 'x', dayOrder: 'dmy' });
    expect(summary(plan)).toEqual([
      [{ day: '2026-04-03', time: '10:00' }, 'April or March?'],
      [{ day: '2026-06-05', time: '11:00' }, 'June or May?'],
    ]);
    expect(plan.notes).toContain('Dates are read as day/month/year, as you picked.');
    expect(needsDayOrder('hootsuite', readCsv(fixture('hootsuite.csv')))).toBe(false);
  });

  it('reads Buffer’s bulk upload file; a row without Posting Time is skipped, image and tags kept in the notes', () => {
    const table = readCsv(fixture('buffer.csv'));
    expect(table.format).toBe('buffer');
    const plan = planCsvImport(table, 'buffer', ZONE, NOW, { platform: 'x' });
    expect(summary(plan)).toEqual([
      [{ day: '2026-12-03', time: '14:05' }, 'New blog post: five ways to plan a launch, with checklists'],
      [{ day: '2026-12-04', time: '08:00' }, 'Friday tip: schedule in the morning'],
    ]);
    expect(plan.entries[0]?.notes).toBe('Image: https://example.com/launch.png\nBuffer tags: blog,launch');
    expect(plan.skipped).toEqual([
      {
        label: 'Row 3 (“Queued post without a time”)',
        reason:
          'Its Posting Time is empty (Buffer adds such a post to its queue); a calendar entry needs a date.',
      },
    ]);
  });

  it('reads Sprout Social’s file: date, time_24hr and message_text, the day order shown by the file', () => {
    const table = readCsv(fixture('sprout-social.csv'));
    expect(table.format).toBe('sprout');
    const plan = planCsvImport(table, 'sprout', ZONE, NOW, { platform: 'instagram' });
    expect(plan.entries.map((entry) => [wallTimeOf(entry.at, ZONE), entry.drafts.instagram])).toEqual([
      [{ day: '2026-12-03', time: '09:30' }, 'Doors open at the pop-up shop today'],
      [{ day: '2026-12-25', time: '10:00' }, 'Happy holidays from all of us'],
      [{ day: '2026-12-04', time: '19:45' }, 'Evening Q&A in 15 minutes'],
    ]);
    expect(plan.skipped).toEqual([
      {
        label: 'Row 5 (“A day November does not have”)',
        reason: 'Its date or time doesn’t exist in the calendar.',
      },
    ]);
  });

  it('leaves other spreadsheets to the column mapping', () => {
    expect(readCsv('When,Message\n2026-12-01 10:00,Hi\n').format).toBeUndefined();
    expect(readCsv('Title,Date\nLaunch,12/01/2026 10:00\n').format).toBeUndefined();
  });
});

describe('exports for Hootsuite and Buffer', () => {
  const entries = [
    calendarEntry({ id: 'a', at: Date.parse('2026-12-01T08:00:00Z'), drafts: { x: 'Sale, today only 🚀' } }),
    calendarEntry({ id: 'b', title: 'Just an idea', status: 'idea', platforms: [], drafts: {} }),
  ];

  it('writes Hootsuite’s shape, which its own import reads back', () => {
    const { text, exported, withoutText } = entriesToHootsuiteCsv(entries);
    expect(text).toBe('12/01/2026 09:00,"Sale, today only 🚀",');
    expect([exported, withoutText]).toEqual([1, 1]);
    const plan = planCsvImport(readCsv(text), 'hootsuite', ZONE, NOW, { platform: 'x', dayOrder: 'mdy' });
    expect(summary(plan)).toEqual([[{ day: '2026-12-01', time: '09:00' }, 'Sale, today only 🚀']]);
  });

  it('writes Buffer’s headers and times, which its own import reads back', () => {
    const { text } = entriesToBufferCsv(entries);
    expect(text).toBe('Text,Image URL,Tags,Posting Time\r\n"Sale, today only 🚀",,,2026-12-01 09:00');
    const table = readCsv(text);
    expect(table.format).toBe('buffer');
    expect(summary(planCsvImport(table, 'buffer', ZONE, NOW, { platform: 'x' }))).toEqual([
      [{ day: '2026-12-01', time: '09:00' }, 'Sale, today only 🚀'],
    ]);
  });

  it('refuses what Hootsuite would refuse, with a sentence', () => {
    expect(() => entriesToHootsuiteCsv([entries[1] ?? calendarEntry()])).toThrow(
      'No entry has post text to schedule in Hootsuite.',
    );
    const many = Array.from({ length: HOOTSUITE_MAX_ROWS + 1 }, (_, index) =>
      calendarEntry({ id: `e${index}`, drafts: { x: `Post ${index}` } }),
    );
    expect(() => entriesToHootsuiteCsv(many)).toThrow(BulkExportError);
    expect(() => entriesToHootsuiteCsv(many)).toThrow(/at most 350 posts per file/);
  });
});
