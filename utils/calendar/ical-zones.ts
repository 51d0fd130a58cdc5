import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { quoted, t } from '../i18n';
import { withRecurrenceBudget, ZONE_RECURRENCE_STEPS } from './ical-budget';
import { isTimeZone, resolveLocalTime } from './time';

/** A wall-clock date and time as written in a file (seconds kept). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** How a TZID was understood, for the preview's notes. */
export type ZoneReading =
  | { kind: 'iana'; timeZone: string; note?: string }
  | { kind: 'file'; zone: ICAL.Timezone }
  /** `reason`: why an event in the zone is skipped, in a sentence. */
  | { kind: 'unknown'; reason: string };

const UTC_NAMES = new Set(['UTC', 'Z', 'GMT', 'ETC/UTC', 'ETC/GMT', 'UNIVERSAL', 'ZULU']);

/** `/mozilla.org/20050126_1/America/New_York`, `/freeassociation.sourceforge.net/Tzfile/Europe/London`. */
function ianaSuffix(tzid: string): string | undefined {
  const parts = tzid.split('/').filter(Boolean);
  for (let start = 1; start < parts.length - 1; start += 1) {
    const candidate = parts.slice(start).join('/');
    if (candidate.includes('/') && isTimeZone(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Reads the zones of one calendar. An IANA name is trusted over the file's own definition (the browser's zone
 * data knows the history); then the file's VTIMEZONE; then Outlook's Windows names through CLDR's mapping
 * (the `windows-iana` package), since Outlook often leaves the VTIMEZONE out.
 */
export class CalendarZones {
  private readonly broken = new Set<string>();

  constructor(private readonly fileZones: Map<string, ICAL.Timezone>) {}

  read(tzid: string): ZoneReading {
    if (UTC_NAMES.has(tzid.toUpperCase())) return { kind: 'iana', timeZone: 'UTC' };
    if (isTimeZone(tzid)) return { kind: 'iana', timeZone: tzid };
    const own = this.fileZones.get(tzid);
    if (own && !this.broken.has(tzid)) return { kind: 'file', zone: own };
    if (this.broken.has(tzid)) return { kind: 'unknown', reason: t('calendarIcsZoneTooOften', quoted(tzid)) };
    const windows = findIana(tzid)[0];
    if (windows && isTimeZone(windows))
      return {
        kind: 'iana',
        timeZone: windows,
        note: t('calendarIcsZoneOutlook', quoted(tzid), windows),
      };
    const suffix = ianaSuffix(tzid);
    if (suffix) return { kind: 'iana', timeZone: suffix };
    return { kind: 'unknown', reason: t('calendarIcsZoneUndefined', quoted(tzid)) };
  }

  /** The instant of a wall-clock time in the zone; undefined when the zone's own rules can't be worked out. */
  instant(
    time: LocalDateTime,
    reading: ZoneReading & { kind: 'iana' | 'file' },
    tzid: string,
  ): number | undefined {
    const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    if (reading.kind === 'iana') return instantIn(asUtc, reading.timeZone);
    try {
      // ical.js expands the zone's rules up to the year asked for; the budget bounds hostile rules.
      return withRecurrenceBudget(
        ZONE_RECURRENCE_STEPS,
        () => ICAL.Time.fromData({ ...time, isDate: false }, reading.zone).toUnixTime() * 1000,
      );
    } catch {
      // A half-expanded zone would answer wrongly from now on, so it is not asked again.
      this.broken.add(tzid);
      return undefined;
    }
  }
}

/** A wall-clock time (written as if UTC) in an IANA zone, resolved as RFC 5545 says (see time.ts). */
export function instantIn(asUtc: number, timeZone: string): number {
  if (timeZone === 'UTC') return asUtc;
  return resolveLocalTime(asUtc, (at) => tzOffset(timeZone, new Date(at))).at;
}

/** The VTIMEZONE definitions of a calendar by TZID (ones ical.js can't read are left out). */
export function fileZones(components: ICAL.Component[]): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const component of components) {
    try {
      const zone = new ICAL.Timezone(component);
      if (zone.tzid) zones.set(zone.tzid, zone);
    } catch {
      // An unreadable definition is reported through the events that use it.
    }
  }
  return zones;
}
