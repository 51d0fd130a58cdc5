// iCalendar and CSV interchange figures for `npm run bench`.
// - "collection": every file of tests/conformance/ical (246 real-world .ics files) read into import plans;
// - "hostile zone": a 400-byte file whose VTIMEZONE changes its clocks every minute, answered by the recurrence
//   budget (before the budget this ran out of memory after 87 s);
// - export and CSV round trip of 1,000 entries. Node, no browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { entriesToCsv, knownMapping, planCsvImport, readCsv } from '@/utils/calendar/csv-interchange';
import { entriesToICalendar } from '@/utils/calendar/ical-export';
import { parseICalendar } from '@/utils/calendar/ical-import';
import type { CalendarEntry } from '@/utils/db/records';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const ROOT = join(import.meta.dirname, '../tests/conformance/ical');
const collection = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(ROOT, entry.name))
      .filter((name) => name.endsWith('.ics'))
      .map((name) => readFileSync(join(ROOT, entry.name, name), 'utf8')),
  );

const hostile = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:Hostile',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=MINUTELY',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:a',
  'DTSTART;TZID=Hostile:20261124T100000',
  'SUMMARY:x',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const entries: CalendarEntry[] = Array.from({ length: 1_000 }, (_, index) => ({
  id: `entry-${index}`,
  title: `Post ${index} 🚀 東京`,
  at: NOW + index * 3_600_000,
  timeZone: ZONE,
  platforms: ['x', 'linkedin'],
  status: 'draft',
  drafts: { x: `Draft ${index}, with a comma; and “quotes”` },
  relationship: 'none',
  assets: [],
  researchPostIds: [],
  createdAt: NOW,
  updatedAt: NOW,
}));

function readAll() {
  for (const text of collection) {
    try {
      parseICalendar(text, ZONE, NOW);
    } catch {
      // Refused files count too: the refusal is part of the work.
    }
  }
}

describe('iCalendar import', () => {
  bench(`collection (${collection.length} files)`, readAll, { iterations: 5 });
  bench('hostile zone (minutely VTIMEZONE)', () => {
    try {
      parseICalendar(hostile, ZONE, NOW);
    } catch {
      // Refused with a reason: what is measured is how fast.
    }
  });
});

describe('export and CSV, 1,000 entries', () => {
  bench('iCalendar export (folded by octets)', () => {
    entriesToICalendar(entries);
  });
  bench('CSV export + import plan', () => {
    const table = readCsv(entriesToCsv(entries));
    planCsvImport(table, knownMapping(table.headers) ?? {}, ZONE, NOW);
  });
});
