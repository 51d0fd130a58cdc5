import { describe, expect, it } from 'vitest';
import {
  CsvImportError,
  entriesToCsv,
  headerKey,
  knownMapping,
  planCsvImport,
  readCsv,
} from '@/utils/calendar/csv-interchange';
import { wallTimeOf } from '@/utils/calendar/time';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ZONE = 'Europe/Berlin';

describe('calendar CSV', () => {
  it('round-trips OnBrand’s own CSV without asking for a mapping', () => {
    const entries = [
      calendarEntry({
        id: 'a',
        title: 'Launch, day “one” 🚀',
        drafts: { x: 'Line one\nLine two, with a comma' },
      }),
    ];
    const table = readCsv(entriesToCsv(entries));
    const mapping = knownMapping(table.headers);
    expect(mapping).toBeDefined();
    const plan = planCsvImport(table, mapping ?? {}, ZONE, NOW);
    const [original] = entries;
    expect(plan.entries[0]).toMatchObject({
      title: original?.title,
      platforms: original?.platforms,
      campaign: original?.campaign,
      drafts: { x: 'Line one\nLine two, with a comma', linkedin: 'Line one\nLine two, with a comma' },
      status: 'draft',
    });
    expect(wallTimeOf(plan.entries[0]?.at ?? 0, ZONE)).toEqual(wallTimeOf(original?.at ?? 0, ZONE));
  });

  it('reads any spreadsheet through a mapping and skips bad rows with the reason', () => {
    const table = readCsv(
      [
        'When,Message,Network',
        '2026-12-01 14:30,Winter sale starts,Instagram',
        '03/04/2026 10:00,Ambiguous,X',
        '25/12/2026 09:15,Christmas,Twitter',
        'tomorrow,Nope,X',
        '2026-12-02,Unknown network,MySpace',
      ].join('\n'),
    );
    expect(knownMapping(table.headers)).toBeUndefined();
    const plan = planCsvImport(table, { date: 'When', text: 'Message', platforms: 'Network' }, ZONE, NOW);
    expect(plan.entries.map((e) => [e.title, wallTimeOf(e.at, ZONE), e.platforms])).toEqual([
      ['Winter sale starts', { day: '2026-12-01', time: '14:30' }, ['instagram']],
      ['Christmas', { day: '2026-12-25', time: '09:15' }, ['x']],
    ]);
    expect(plan.skipped).toEqual([
      {
        label: 'Row 3 (“Ambiguous”)',
        reason:
          'Its date “03/04/2026 10:00” could be day/month or month/day; write the date as yyyy-mm-dd (e.g. 2026-04-03).',
      },
      {
        label: 'Row 5 (“Nope”)',
        reason: 'Its date “tomorrow” isn’t a date (write it as yyyy-mm-dd, optionally with hh:mm).',
      },
      {
        label: 'Row 6 (“Unknown network”)',
        reason: 'Its platforms: “MySpace” isn’t a platform OnBrand checks.',
      },
    ]);
  });

  it('remembers mappings per header set, whatever the case or spacing', () => {
    expect(headerKey(['When ', 'message'])).toBe(headerKey(['when', 'Message']));
    expect(headerKey(['When', 'Message'])).not.toBe(headerKey(['Message', 'When']));
  });

  it('refuses a file with nothing to import, saying why', () => {
    expect(() => readCsv('')).toThrow(CsvImportError);
    expect(() => readCsv('Title,Date\n')).toThrow('The file has a header row but no rows.');
    const table = readCsv('Title,Date\nNo date,\n');
    expect(() => planCsvImport(table, { title: 'Title', date: 'Date' }, ZONE, NOW)).toThrow(
      'Nothing in the file can be imported. Row 2 (“No date”): It has no date.',
    );
  });
});
