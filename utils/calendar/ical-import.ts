import ICAL from 'ical.js';
import type { CalendarEntry } from '../db/records';
import { CAMPAIGN_CATEGORY_PREFIX } from './ical-export';
import { platformFromName } from './platform-names';
import { isTimeZone, resolveWallTime } from './time';

/** Imported events without a time of day (all-day events) are planned for this hour. */
export const ALL_DAY_TIME = '09:00';
const MAX_FILE_CHARACTERS = 5_000_000;
const MAX_EVENTS = 5_000;

/** Why a file can't be imported. Nothing was written. */
export class ICalendarImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ICalendarImportError';
  }
}

export interface ParsedICalendar {
  /** New idea entries, not yet stored. */
  entries: CalendarEntry[];
  /** Things the user should know about how events were read (all-day, repeating). */
  notes: string[];
}

interface Context {
  /** The zone floating and all-day times are read in: the user's. */
  timeZone: string;
  /** VTIMEZONE definitions from the file, for zone ids that aren't IANA names (Outlook's Windows names). */
  zones: Map<string, ICAL.Timezone>;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function instantOf(time: ICAL.Time, tzid: string | undefined, context: Context, label: string): number {
  if (time.isDate)
    return resolveWallTime(
      { day: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`, time: ALL_DAY_TIME },
      context.timeZone,
    ).at;
  const wall = {
    day: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`,
    time: `${pad(time.hour)}:${pad(time.minute)}`,
  };
  if (time.zone === ICAL.Timezone.utcTimezone || tzid?.toUpperCase() === 'UTC')
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (tzid === undefined) return resolveWallTime(wall, context.timeZone).at;
  // An IANA id is resolved like every other OnBrand time; a file's own VTIMEZONE covers the rest.
  if (isTimeZone(tzid)) return resolveWallTime(wall, tzid).at;
  const zone = context.zones.get(tzid);
  if (!zone)
    throw new ICalendarImportError(`${label} uses the time zone “${tzid}”, which the file doesn’t define.`);
  return (
    ICAL.Time.fromData(
      {
        year: time.year,
        month: time.month,
        day: time.day,
        hour: time.hour,
        minute: time.minute,
        second: time.second,
      },
      zone,
    ).toUnixTime() * 1000
  );
}

function categoriesOf(event: ICAL.Component): string[] {
  return event
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string');
}

/**
 * Reads an iCalendar file's events as calendar ideas. Throws ICalendarImportError (with the reason) when the
 * file can't be read; the caller stores the entries in one transaction, so a bad file changes nothing.
 */
export function parseICalendar(text: string, timeZone: string, now: number): ParsedICalendar {
  if (text.length > MAX_FILE_CHARACTERS) throw new ICalendarImportError('The file is larger than 5 MB.');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new ICalendarImportError(
      `This is not an iCalendar file (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (root.name !== 'vcalendar')
    throw new ICalendarImportError('This is not an iCalendar file (no VCALENDAR).');
  const events = root.getAllSubcomponents('vevent');
  if (events.length === 0) throw new ICalendarImportError('The file has no events.');
  if (events.length > MAX_EVENTS)
    throw new ICalendarImportError(`The file has ${events.length} events; at most ${MAX_EVENTS} at a time.`);

  const zones = new Map<string, ICAL.Timezone>();
  for (const component of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(component);
    zones.set(zone.tzid, zone);
  }
  const context: Context = { timeZone, zones };
  const notes: string[] = [];
  let allDay = 0;

  const entries = events.map((component, index): CalendarEntry => {
    const event = new ICAL.Event(component);
    const title = (event.summary ?? '').trim() || 'Untitled event';
    const label = `Event ${index + 1} (“${title}”)`;
    const start = component.getFirstProperty('dtstart');
    const startTime = start?.getFirstValue();
    if (!start || !(startTime instanceof ICAL.Time))
      throw new ICalendarImportError(`${label} has no start time.`);
    const tzid = start.getFirstParameter('tzid') || undefined;
    const at = instantOf(startTime, tzid, context, label);
    if (!Number.isFinite(at)) throw new ICalendarImportError(`${label} has a start time that can’t be read.`);
    if (startTime.isDate) allDay += 1;
    if (event.isRecurring()) notes.push(`${label} repeats; only its first date was imported.`);

    const categories = categoriesOf(component);
    const platforms = [...new Set(categories.flatMap((name) => platformFromName(name) ?? []))];
    const campaign = categories
      .find((name) => name.startsWith(CAMPAIGN_CATEGORY_PREFIX))
      ?.slice(CAMPAIGN_CATEGORY_PREFIX.length);
    const url = component.getFirstPropertyValue('url');
    const notesText = [event.description?.trim(), typeof url === 'string' ? url : undefined]
      .filter(Boolean)
      .join('\n');
    return {
      id: crypto.randomUUID(),
      title,
      at,
      timeZone,
      platforms,
      status: 'idea',
      ...(campaign ? { campaign } : {}),
      drafts: {},
      relationship: 'none',
      assets: [],
      researchPostIds: [],
      ...(notesText ? { notes: notesText } : {}),
      ...(event.uid ? { icalUid: event.uid } : {}),
      createdAt: now,
      updatedAt: now,
    };
  });
  if (allDay > 0)
    notes.unshift(
      `${allDay} all-day event${allDay === 1 ? ' was' : 's were'} planned for ${ALL_DAY_TIME} (${timeZone}).`,
    );
  return { entries, notes };
}
