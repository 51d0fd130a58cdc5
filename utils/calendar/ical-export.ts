import ICAL from 'ical.js';
import { ownUidOf } from '../db/calendar';
import type { CalendarEntry } from '../db/records';
import { platformName } from './platform-names';

/** Posts are moments, but calendar apps want a length; a short slot keeps the day readable. */
const SLOT_MINUTES = 30;
export const CAMPAIGN_CATEGORY_PREFIX = 'Campaign: ';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const LINE_OCTETS = 75;

function descriptionOf(entry: CalendarEntry): string {
  const lines = [`Status: ${entry.status}`];
  if (entry.campaign) lines.push(`Campaign: ${entry.campaign}`);
  if (entry.relationship !== 'none')
    lines.push(`Relationship: ${entry.relationship}${entry.partnerBrand ? ` (${entry.partnerBrand})` : ''}`);
  for (const platform of entry.platforms) {
    const draft = entry.drafts[platform];
    if (draft) lines.push('', `${platformName(platform)} draft:`, draft);
  }
  if (entry.notes) lines.push('', entry.notes);
  return lines.join('\n');
}

/** UTF-8 length of one code point (RFC 3629 §3). */
function octetsOf(character: string): number {
  const point = character.codePointAt(0) ?? 0;
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line at 75 octets of UTF-8, never inside a character: a continuation line's leading space
 * counts too, and an emoji (4 octets) or a CJK character (3) moves whole to the next line.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = octetsOf(character);
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcTime(at: number): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(Math.floor(at / 1000) * 1000), true);
}

function eventOf(entry: CalendarEntry): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', ownUidOf(entry.id));
  event.addPropertyWithValue('dtstamp', utcTime(entry.updatedAt));
  const start = utcTime(entry.at);
  event.addPropertyWithValue('dtstart', start);
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(SLOT_MINUTES * 60));
  event.addPropertyWithValue('summary', entry.title);
  event.addPropertyWithValue('description', descriptionOf(entry));
  const categories = [
    ...entry.platforms.map(platformName),
    ...(entry.campaign ? [`${CAMPAIGN_CATEGORY_PREFIX}${entry.campaign}`] : []),
  ];
  if (categories.length > 0) {
    const property = new ICAL.Property('categories');
    property.setValues(categories);
    event.addProperty(property);
  }
  event.addPropertyWithValue('status', entry.status === 'idea' ? 'TENTATIVE' : 'CONFIRMED');
  event.addPropertyWithValue('created', utcTime(entry.createdAt));
  event.addPropertyWithValue('last-modified', utcTime(entry.updatedAt));
  return event;
}

/**
 * An iCalendar (RFC 5545) file of the entries, for Google Calendar, Apple Calendar, Outlook and the like,
 * written by ical.js (the library the import reads with). Times are in UTC, which every app reads the same
 * way; platforms and the campaign travel as CATEGORIES so a re-import gets them back. Times keep their seconds
 * (iCalendar has no finer unit).
 */
export function entriesToICalendar(entries: CalendarEntry[]): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//OnBrand//Calendar//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', 'OnBrand');
  for (const entry of entries) calendar.addSubcomponent(eventOf(entry));
  return `${contentLines(calendar.jCal as ComponentJson)
    .map(foldLine)
    .join('\r\n')}\r\n`;
}

type ComponentJson = [string, unknown[], ComponentJson[]];

/**
 * The component's content lines, unfolded: ical.js writes each property (escaping, value types), and the
 * folding is done by octets above, since ical.js's own folding lets continuation lines reach 76 octets.
 */
function contentLines([name, properties, components]: ComponentJson): string[] {
  return [
    `BEGIN:${name.toUpperCase()}`,
    ...properties.map((property) =>
      ICAL.stringify.property(
        property as Parameters<typeof ICAL.stringify.property>[0],
        ICAL.design.icalendar,
        true,
      ),
    ),
    ...components.flatMap(contentLines),
    `END:${name.toUpperCase()}`,
  ];
}
