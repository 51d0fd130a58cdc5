import ICAL from 'ical.js';
import { calendarEntryProblems } from '../db/calendar';
import type { CalendarEntry } from '../db/records';
import { formatNumber, pluralKey, quoted, t } from '../i18n';
import { Refusal } from '../refusal';
import { EVENT_RECURRENCE_STEPS, FILE_RECURRENCE_STEPS, withRecurrenceBudget } from './ical-budget';
import { CAMPAIGN_CATEGORY_PREFIX } from './ical-export';
import { type Component, parameter, rawProperty, splitCalendars, unescapeText } from './ical-text';
import { CalendarZones, fileZones, instantIn, type LocalDateTime } from './ical-zones';
import { type ImportPlan, nothingImportable, type SkippedItem } from './import-plan';
import { platformFromName } from './platform-names';

/** Imported events without a time of day (all-day events) are planned for this hour. */
export const ALL_DAY_TIME = '09:00';
const ALL_DAY_HOUR = 9;
const MAX_FILE_CHARACTERS = 5_000_000;
const MAX_EVENTS = 5_000;
/** The calendar stores instants from 1970; past 2199 no plan is real and zone rules would be expanded for nothing. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2199;
/** Dates one repeating event may add, so a daily rule over a long range can't flood the calendar. */
export const MAX_OCCURRENCES = 366;

/** Why a whole file can't be imported. Nothing was written. */
export class ICalendarImportError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'ICalendarImportError';
  }
}

/** The dates a repeating event is expanded over (epoch ms, `to` excluded); without it, its first date only. */
export interface RepeatRange {
  from: number;
  to: number;
}

interface Start {
  time: LocalDateTime;
  isDate: boolean;
  utc: boolean;
  tzid?: string;
  raw: string;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i;

/** A DTSTART value read strictly: ical.js turns month 13 into January of the next year and throws on `2026-11-24`. */
function readStart(component: Component, name = 'DTSTART'): Start | 'missing' | 'invalid' {
  const property = rawProperty(component, name);
  if (!property) return 'missing';
  const raw = `${name}${property.params}:${property.value}`;
  const match = DATE_TIME.exec(property.value.trim());
  if (!match) return 'invalid';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const isDate = match[4] === undefined;
  const [hour, minute, second] = isDate ? [0, 0, 0] : [Number(match[4]), Number(match[5]), Number(match[6])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return 'invalid';
  // 23:59:60 is a leap second (RFC 5545 §3.3.12); it is read as the second before.
  if (hour > 23 || minute > 59 || second > 60) return 'invalid';
  const tzid = parameter(property.params, 'TZID');
  return {
    time: { year, month, day, hour, minute, second: Math.min(second, 59) },
    isDate,
    utc: match[7] !== undefined && match[7] !== '',
    ...(tzid ? { tzid } : {}),
    raw,
  };
}

/** The first of the component's lines that ical.js can't read on its own, to show the user. */
function unreadableLine(component: Component): string | undefined {
  return component.lines.find((line) => {
    if (/^(BEGIN|END):/i.test(line)) return false;
    try {
      ICAL.parse.property(line);
      return false;
    } catch {
      return true;
    }
  });
}

function titleOf(component: Component): string {
  const summary = rawProperty(component, 'SUMMARY');
  return (summary ? unescapeText(summary.value) : '').trim() || t('calendarIcsUntitled');
}

/** A line of the file in quotation marks, cut to a length that fits a sentence. */
function quotedLine(line: string): string {
  return quoted(line.length > 80 ? `${line.slice(0, 79)}…` : line);
}

function categoriesOf(event: ICAL.Component): string[] {
  return event
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string');
}

function textOf(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function localOf(time: ICAL.Time): LocalDateTime {
  const { year, month, day, hour, minute, second } = time;
  return { year, month, day, hour, minute, second };
}

interface FileReading {
  timeZone: string;
  now: number;
  repeats?: RepeatRange;
  entries: CalendarEntry[];
  skipped: SkippedItem[];
  notes: Set<string>;
  allDay: number;
  seenUids: Map<string, string>;
}

/** One calendar of the file: its zones, then its events in order. */
function readCalendar(
  block: ReturnType<typeof splitCalendars>['calendars'][number],
  file: FileReading,
  first: number,
) {
  const parsed = new Map<Component, ICAL.Component | Error>();
  for (const component of block.components) {
    try {
      const wrapped = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...component.lines, 'END:VCALENDAR'].join('\r\n');
      const root = new ICAL.Component(ICAL.parse(wrapped));
      const inner = root.getAllSubcomponents()[0];
      parsed.set(component, inner ?? new Error('empty'));
    } catch (error) {
      parsed.set(component, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const zoneComponents = [...parsed.entries()].flatMap(([component, value]) =>
    component.name === 'VTIMEZONE' && value instanceof ICAL.Component ? [value] : [],
  );
  const zones = new CalendarZones(fileZones(zoneComponents));
  const events = block.components.filter((component) => component.name === 'VEVENT');
  const moved = movedDates(events, zones, file);
  events.forEach((component, index) => {
    const title = titleOf(component);
    const label = t('calendarIcsEvent', formatNumber(first + index), quoted(title));
    const skip = (reason: string) => file.skipped.push({ label, reason });
    try {
      readEvent(component, parsed.get(component), { title, label, moved }, zones, file, skip);
    } catch {
      // Whatever ical.js trips on inside one event costs that event only, in words the user can act on.
      skip(t('calendarIcsUnreadable'));
    }
  });
  return events.length;
}

/** The original dates of occurrences that a RECURRENCE-ID event moves or changes, per UID. */
function movedDates(events: Component[], zones: CalendarZones, file: FileReading): Map<string, Set<number>> {
  const moved = new Map<string, Set<number>>();
  for (const component of events) {
    const uid = rawProperty(component, 'UID')?.value.trim();
    const original = readStart(component, 'RECURRENCE-ID');
    if (!uid || typeof original !== 'object') continue;
    const at = instantOfStart(original, zones, file.timeZone);
    if (at !== undefined) moved.set(uid, (moved.get(uid) ?? new Set()).add(at));
  }
  return moved;
}

/** Where a start (or a RECURRENCE-ID) is in time; undefined when its zone can't be read. */
function instantOfStart(
  start: Start,
  zones: CalendarZones,
  timeZone: string,
  time = start.time,
): number | undefined {
  if (start.isDate) return instantIn(Date.UTC(time.year, time.month - 1, time.day, ALL_DAY_HOUR), timeZone);
  if (start.utc) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (!start.tzid)
    return instantIn(
      Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second),
      timeZone,
    );
  const zone = zones.read(start.tzid);
  return zone.kind === 'unknown' ? undefined : zones.instant(time, zone, start.tzid);
}

function readEvent(
  component: Component,
  parsed: ICAL.Component | Error | undefined,
  { title, label, moved }: { title: string; label: string; moved: Map<string, Set<number>> },
  zones: CalendarZones,
  file: FileReading,
  skip: (reason: string) => void,
) {
  if (!component.closed) return skip(t('calendarIcsNotClosed'));
  const start = readStart(component);
  if (start === 'missing') return skip(t('calendarIcsNoStart'));
  if (start === 'invalid') {
    const line = rawProperty(component, 'DTSTART');
    return skip(t('calendarIcsBadStart', quotedLine(`DTSTART${line?.params ?? ''}:${line?.value ?? ''}`)));
  }
  if (!(parsed instanceof ICAL.Component)) {
    const line = unreadableLine(component);
    return skip(line ? t('calendarIcsBadLine', quotedLine(line)) : t('calendarIcsBadLineUnknown'));
  }

  if (start.tzid && !start.utc && !start.isDate) {
    const zone = zones.read(start.tzid);
    if (zone.kind === 'unknown') return skip(zone.reason);
    if (zone.kind === 'iana' && zone.note) file.notes.add(zone.note);
  }
  const instantOf = (time: LocalDateTime) => instantOfStart(start, zones, file.timeZone, time);

  const event = new ICAL.Event(parsed);
  const uid = textOf(parsed, 'uid');
  if (uid) {
    const key = `${uid}\u0000${textOf(parsed, 'recurrence-id') ?? String(parsed.getFirstPropertyValue('recurrence-id') ?? '')}`;
    const earlier = file.seenUids.get(key);
    if (earlier) return skip(t('calendarIcsSameEvent', earlier));
    file.seenUids.set(key, label);
  }

  let starts: number[];
  const recurring = event.isRecurring() && !parsed.hasProperty('recurrence-id');
  if (recurring && file.repeats) {
    const found = occurrences(event, start, instantOf, file.repeats, (uid && moved.get(uid)) || new Set());
    if (found === 'budget') return skip(t('calendarIcsRepeatsTooOften'));
    if (found.length === 0) return skip(t('calendarIcsRepeatsOutside'));
    if (found.length === MAX_OCCURRENCES)
      file.notes.add(t('calendarIcsRepeatsCut', formatNumber(MAX_OCCURRENCES)));
    starts = found;
  } else {
    if (start.time.year < FIRST_YEAR) return skip(t('calendarIcsTooEarly', start.time.year, FIRST_YEAR));
    if (start.time.year > LAST_YEAR) return skip(t('calendarIcsTooLate', start.time.year, LAST_YEAR));
    const at = instantOf(start.time);
    if (at === undefined) return skip(t('calendarIcsZoneTooOften', quoted(start.tzid ?? '')));
    starts = [at];
    if (recurring) file.notes.add(t('calendarIcsFirstDateOnly'));
  }
  if (start.isDate) file.allDay += 1;

  const categories = categoriesOf(parsed);
  const platforms = [...new Set(categories.flatMap((name) => platformFromName(name) ?? []))];
  const campaign = categories
    .find((name) => name.startsWith(CAMPAIGN_CATEGORY_PREFIX))
    ?.slice(CAMPAIGN_CATEGORY_PREFIX.length);
  const notes = [textOf(parsed, 'description'), textOf(parsed, 'url')].filter(Boolean).join('\n');
  const recurrenceId = parsed.getFirstPropertyValue('recurrence-id');
  const entries = starts.map((at): CalendarEntry => {
    // One UID per date, so a re-import of the same range adds nothing and a moved date replaces its original.
    const dated = recurring && file.repeats ? `#${new Date(at).toISOString()}` : '';
    const moved =
      recurrenceId instanceof ICAL.Time ? `#${new Date(recurrenceId.toUnixTime() * 1000).toISOString()}` : '';
    const icalUid = uid ? `${uid}${dated || moved}` : undefined;
    return {
      id: crypto.randomUUID(),
      title,
      at,
      timeZone: file.timeZone,
      platforms,
      status: 'idea',
      ...(campaign ? { campaign } : {}),
      drafts: {},
      relationship: 'none',
      assets: [],
      researchPostIds: [],
      ...(notes ? { notes } : {}),
      ...(icalUid && icalUid.length <= 500 ? { icalUid } : {}),
      createdAt: file.now,
      updatedAt: file.now,
    };
  });
  const problems = entries[0] ? calendarEntryProblems(entries[0]) : [];
  if (problems.length > 0) return skip(problems.join(' '));
  file.entries.push(...entries);
}

/** The event's dates inside the range, bounded in steps (a rule from 1601 that fires every minute) and in count. */
function occurrences(
  event: ICAL.Event,
  start: Start,
  instantOf: (time: LocalDateTime) => number | undefined,
  range: RepeatRange,
  moved: Set<number>,
): number[] | 'budget' {
  const dtstart = ICAL.Time.fromData({ ...start.time, isDate: start.isDate });
  const found: number[] = [];
  try {
    withRecurrenceBudget(EVENT_RECURRENCE_STEPS, () => {
      const expansion = event.iterator(dtstart);
      for (let next = expansion.next(); next; next = expansion.next()) {
        if (next.year > LAST_YEAR) break;
        const at = instantOf(localOf(next));
        if (at === undefined || at >= range.to) break;
        if (at >= range.from && !moved.has(at)) found.push(at);
        if (found.length === MAX_OCCURRENCES) break;
      }
    });
  } catch {
    return 'budget';
  }
  return found;
}

export interface ICalendarOptions {
  /** The zone floating and all-day times are read in: the user's. */
  timeZone: string;
  now: number;
  repeats?: RepeatRange;
}

/**
 * Reads an iCalendar file as calendar ideas: every event that can be read becomes an entry, every other one is
 * listed with the reason, and nothing is stored (the caller shows the plan, then writes it in one transaction).
 * Throws ICalendarImportError, with a sentence, only when nothing in the file can be imported.
 */
export function parseICalendar(
  text: string,
  timeZone: string,
  now: number,
  repeats?: RepeatRange,
): ImportPlan {
  if (text.length > MAX_FILE_CHARACTERS) throw new ICalendarImportError(t('calendarFileTooLarge'));
  const split = splitCalendars(text);
  if (split.calendars.length === 0) throw new ICalendarImportError(t('calendarIcsNotCalendar'));
  const eventCount = split.calendars.reduce(
    (sum, block) => sum + block.components.filter((component) => component.name === 'VEVENT').length,
    0,
  );
  if (eventCount === 0) throw new ICalendarImportError(t('calendarIcsNoEvents'));
  if (eventCount > MAX_EVENTS)
    throw new ICalendarImportError(
      t('calendarIcsTooManyEvents', formatNumber(eventCount), formatNumber(MAX_EVENTS)),
    );

  const file: FileReading = {
    timeZone,
    now,
    ...(repeats ? { repeats } : {}),
    entries: [],
    skipped: [],
    notes: new Set(),
    allDay: 0,
    seenUids: new Map(),
  };
  withRecurrenceBudget(FILE_RECURRENCE_STEPS, () => {
    let first = 1;
    for (const block of split.calendars) first += readCalendar(block, file, first);
  });
  if (file.entries.length > MAX_EVENTS)
    throw new ICalendarImportError(
      t('calendarIcsTooManyEntries', formatNumber(file.entries.length), formatNumber(MAX_EVENTS)),
    );
  if (file.entries.length === 0) throw new ICalendarImportError(nothingImportable(file.skipped));
  const notes = [...file.notes];
  if (file.allDay > 0)
    notes.unshift(
      t(pluralKey('calendarIcsAllDay', file.allDay), formatNumber(file.allDay), ALL_DAY_TIME, timeZone),
    );
  if (split.calendars.length > 1) notes.push(t('calendarIcsCalendars', formatNumber(split.calendars.length)));
  if (split.strayLines > 0) notes.push(t('calendarIcsStrayText'));
  if (split.truncated) notes.push(t('calendarIcsTruncated'));
  return { entries: file.entries, skipped: file.skipped, notes };
}
