// Calendar figures for `npm run bench`, with 10,000 entries over a year (about 830 a month).
// What is measured, honestly:
// - range queries run through Dexie on fake-indexeddb in Node (a JavaScript IndexedDB), including the zod
//   parse of every row the repository does; the browser's native IndexedDB is a different engine;
// - "month view" is react-dom/server rendering the real CalendarMonthView to a string after the pure
//   layout, with each chip's findings (checkDraft per platform); no DOM, no layout or paint by a browser.
// Peers in the same run: a full-table scan for the range, and per-entry zone math for the layout.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { bench, describe } from 'vitest';
import { CalendarMonthView } from '@/entrypoints/options/pages/CalendarMonthView';
import { layoutMonth, monthGridDays, rangeOf, weekDays } from '@/utils/calendar/layout';
import { dayOf, resolveWallTime } from '@/utils/calendar/time';
import type { PlatformId } from '@/utils/checks/types';
import { calendarRepository } from '@/utils/db/calendar';
import { OnBrandDatabase } from '@/utils/db/database';
import { CALENDAR_STATUSES, type CalendarEntry, type CalendarStatus } from '@/utils/db/records';

const ZONE = 'Europe/Berlin';
const ENTRIES = 10_000;
const MONTH = '2026-03';
const START = resolveWallTime({ day: '2026-01-01', time: '00:00' }, ZONE).at;
const YEAR_MS = 365 * 86_400_000;
const PLATFORMS: PlatformId[][] = [
  ['x'],
  ['linkedin', 'x'],
  ['instagram'],
  ['bluesky', 'threads'],
  ['tiktok'],
];

function makeEntry(index: number): CalendarEntry {
  const platforms = PLATFORMS[index % PLATFORMS.length] as PlatformId[];
  return {
    id: `bench-${index}`,
    title: `Post ${index}: a product update for the spring campaign`,
    at: START + Math.floor((index / ENTRIES) * YEAR_MS),
    timeZone: ZONE,
    platforms,
    status: CALENDAR_STATUSES[index % CALENDAR_STATUSES.length] as CalendarStatus,
    campaign: `Campaign ${index % 7}`,
    drafts: Object.fromEntries(
      platforms.map((platform) => [
        platform,
        `Draft ${index} for ${platform} with a link https://example.com/${index} 🚀`,
      ]),
    ),
    relationship: 'none',
    assets: [],
    researchPostIds: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

const entries = Array.from({ length: ENTRIES }, (_, index) => makeEntry(index));
await Dexie.delete('calendar-bench');
const db = new OnBrandDatabase('calendar-bench');
await db.calendarEntries.bulkPut(entries);
const calendar = calendarRepository(db);
const monthRange = rangeOf(monthGridDays(MONTH, 1), ZONE);
const weekRange = rangeOf(weekDays('2026-03-25', 1), ZONE);
const monthEntries = await calendar.between(monthRange.from, monthRange.to);
// The machine running this is shared: longer runs give steadier medians.
const STEADY = { time: 2_000 };
console.log(`${ENTRIES} entries stored; the ${MONTH} grid (42 days) holds ${monthEntries.length} of them.`);

describe(`range query: the ${MONTH} month grid out of ${ENTRIES} entries`, () => {
  bench(
    'Dexie `at` index between() + zod parse (what the views do)',
    async () => {
      await calendar.between(monthRange.from, monthRange.to);
    },
    STEADY,
  );
  bench(
    'the same for one week (the week view, the popup)',
    async () => {
      await calendar.between(weekRange.from, weekRange.to);
    },
    STEADY,
  );
  bench('peer: read the whole table and filter', async () => {
    const all = calendar.parseMany(await db.calendarEntries.toArray());
    all.filter((entry) => entry.at >= monthRange.from && entry.at < monthRange.to);
  });
});

const render = (visible: CalendarEntry[]) =>
  renderToString(
    createElement(CalendarMonthView, {
      weeks: layoutMonth(MONTH, ZONE, visible, { weekStart: 1, today: '2026-03-15' }),
      timeZone: ZONE,
      colourBy: 'platform',
      locale: 'en-GB',
      onOpen: () => {},
      onMove: () => {},
      onCreate: () => {},
      onDropOnDay: () => {},
      onShowDay: () => {},
    }),
  );
let version = 2;

describe(`month view: ${MONTH} with its ${monthEntries.length} entries (react-dom/server, no browser)`, () => {
  bench(
    'layout + render, findings cached (re-render)',
    () => {
      render(monthEntries);
    },
    STEADY,
  );
  bench(
    'layout + render, findings computed fresh (first render)',
    () => {
      // A new updatedAt makes every entry a new version, so each chip's drafts are checked again.
      version += 1;
      render(monthEntries.map((entry) => ({ ...entry, updatedAt: version })));
    },
    STEADY,
  );
});

describe(`month layout alone (pure) with all ${ENTRIES} entries`, () => {
  bench('layoutMonth: day starts once, sorted walk', () => {
    layoutMonth(MONTH, ZONE, entries, { weekStart: 1 });
  });
  bench('peer: zone day of every entry, grouped in a Map', () => {
    const byDay = new Map<string, CalendarEntry[]>();
    for (const entry of entries) {
      const day = dayOf(entry.at, ZONE);
      byDay.set(day, [...(byDay.get(day) ?? []), entry]);
    }
  });
});
