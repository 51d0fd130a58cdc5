import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ICalendarImportError, parseICalendar } from '@/utils/calendar/ical-import';
import { isTimeZone, wallTimeOf } from '@/utils/calendar/time';

/**
 * Real-world iCalendar files from the test suites of ical.js, python icalendar and libical (see README.md).
 * Each file either imports, with every imported event's title and start as the file says, or is refused with
 * a sentence; no file throws anything else. The expected titles and starts are read from each file here by a
 * deliberately plain reader (unfold, then the VEVENT's own SUMMARY and DTSTART lines), not by the importer.
 */

const HERE = import.meta.dirname;
const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-23T12:00:00Z');

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(directory, entry.name))
      : entry.name.endsWith('.ics')
        ? [join(directory, entry.name)]
        : [],
  );
}

interface Expected {
  title: string;
  start?: string;
  tzid?: string;
}

/** The file's VEVENTs (outside any other component's nesting), each with its own SUMMARY and DTSTART. */
function expectedEvents(text: string): Expected[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
  const events: Expected[] = [];
  let current: Expected | undefined;
  let depth = 0;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      depth += 1;
      if (upper === 'BEGIN:VEVENT' && !current) {
        current = { title: '' };
        depth = 1;
      }
      continue;
    }
    if (upper.startsWith('END:')) {
      depth -= 1;
      if (current && depth === 0) {
        events.push(current);
        current = undefined;
      }
      continue;
    }
    if (!current || depth !== 1) continue;
    const summary = /^SUMMARY(?:;[^:]*)?:(.*)$/i.exec(line);
    if (summary && !current.title)
      current.title = (summary[1] ?? '')
        .replace(/\\([\\;,nN])/g, (_m, c: string) => (c.toLowerCase() === 'n' ? '\n' : c))
        .trim();
    const start = /^DTSTART((?:;(?:"[^"]*"|[^:"])*)?):(.*)$/i.exec(line);
    if (start && current.start === undefined) {
      current.start = (start[2] ?? '').trim();
      const tzid = /;TZID=("([^"]*)"|[^;:]*)/i.exec(start[1] ?? '');
      if (tzid) current.tzid = (tzid[2] ?? tzid[1] ?? '').trim();
    }
  }
  return events;
}

const outcome = { imported: 0, refused: 0, eventsImported: 0, eventsSkipped: 0 };

describe('real-world iCalendar files', () => {
  const collection = files(HERE).sort();

  it('holds at least 100 files', () => {
    expect(collection.length).toBeGreaterThanOrEqual(100);
  });

  it.each(collection.map((path) => [relative(HERE, path), path]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    let plan: ReturnType<typeof parseICalendar>;
    try {
      plan = parseICalendar(text, ZONE, NOW);
    } catch (error) {
      expect(error).toBeInstanceOf(ICalendarImportError);
      const message = (error as Error).message;
      // A sentence: starts with a capital, ends with a full stop (or a closing bracket after one), no internals.
      expect(message).toMatch(/^[A-Z].*[.)]$/s);
      expect(message).not.toMatch(/undefined|null|TypeError|Cannot read/);
      outcome.refused += 1;
      return;
    }
    outcome.imported += 1;
    outcome.eventsImported += plan.entries.length;
    outcome.eventsSkipped += plan.skipped.length;
    const expected = expectedEvents(text);
    const skippedIndices = new Set(
      plan.skipped.map((item) => Number(/^Event (\d+) /.exec(item.label)?.[1] ?? Number.NaN) - 1),
    );
    for (const item of plan.skipped) {
      expect(item.label).toMatch(/^Event \d+ \(“.*”\)$/s);
      expect(item.reason).toMatch(/^[A-Z].*\.$/s);
      expect(item.reason).not.toMatch(/undefined|null|TypeError|Cannot read/);
    }
    // With BEGIN and END lines that don't pair up, which VEVENT is which is the importer's reading, not ours.
    if (plan.skipped.some((item) => item.reason.startsWith('It isn’t closed'))) return;
    const kept = expected.filter((_event, index) => !skippedIndices.has(index));
    expect(plan.entries).toHaveLength(kept.length);
    plan.entries.forEach((entry, index) => {
      const want = kept[index];
      if (!want) throw new Error('more entries than events');
      expect(entry.title).toBe(want.title || 'Untitled event');
      const start = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(want.start ?? '');
      expect(start, `event ${index + 1} has a start the importer read`).not.toBeNull();
      if (!start) return;
      const [, y, m, d, hh, mm, ss, z] = start;
      const day = `${y}-${m}-${d}`;
      if (hh === undefined) {
        expect(wallTimeOf(entry.at, ZONE)).toEqual({ day, time: '09:00' });
      } else if (z) {
        expect(new Date(entry.at).toISOString()).toBe(`${day}T${hh}:${mm}:${ss === '60' ? '59' : ss}.000Z`);
      } else {
        const zone = want.tzid === undefined ? ZONE : isTimeZone(want.tzid) ? want.tzid : undefined;
        // Wall-clock times in a zone only the file defines are checked by the importer's own unit tests.
        if (zone) expect(wallTimeOf(entry.at, zone).day).toBe(day);
      }
    });
  });

  afterAll(() => {
    console.info(
      `iCalendar collection: ${outcome.imported} of ${collection.length} files imported (${outcome.eventsImported} events, ${outcome.eventsSkipped} skipped with a reason), ${outcome.refused} refused with a reason.`,
    );
  });
});
