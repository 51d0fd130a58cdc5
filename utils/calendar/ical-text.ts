/**
 * The line level of iCalendar files as they come from real apps, before ical.js reads them: unfolding,
 * calendars one after another or with text around them, and components cut out one by one so that one line
 * ical.js can't read costs one event, not the whole file.
 */

export interface CalendarBlock {
  /** Top-level components (VEVENT, VTIMEZONE, VTODO…), each with its own BEGIN and END lines. */
  components: Component[];
  /** The calendar's own property lines (VERSION, PRODID, X-WR-TIMEZONE…). */
  properties: string[];
  /** Components found outside any BEGIN:VCALENDAR … END:VCALENDAR, read as one more calendar. */
  implicit?: true;
}

export interface Component {
  /** Upper-case: VEVENT, VTIMEZONE… */
  name: string;
  lines: string[];
  /** False when the file ends (or its calendar ends) before this component's END line. */
  closed: boolean;
}

export interface SplitFile {
  calendars: CalendarBlock[];
  /** Non-blank lines outside every BEGIN:VCALENDAR … END:VCALENDAR. */
  strayLines: number;
  /** A calendar without its END:VCALENDAR line (a file cut short). */
  truncated: boolean;
}

const BEGIN = /^BEGIN:(.+)$/i;
const END = /^END:(.+)$/i;

/** RFC 5545 §3.1: a line break followed by one space or tab continues the line. Any line-break style is accepted. */
export function unfoldedLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

/** Properties whose value may be a DATE; Outlook and holiday feeds often omit VALUE=DATE on them. */
const DATE_PROPERTIES = /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:]*)?):(\d{8}(?:,\d{8})*)$/i;

/** Adds the VALUE=DATE a date-only value needs for ical.js (which would read it as a broken date-time). */
export function withDateValueType(line: string): string {
  const match = DATE_PROPERTIES.exec(line);
  if (!match || /;VALUE=/i.test(match[2] ?? '')) return line;
  return `${match[1]}${match[2]};VALUE=DATE:${match[3]}`;
}

function componentName(line: string, pattern: RegExp): string | undefined {
  return pattern.exec(line.trim())?.[1]?.trim().toUpperCase();
}

/** Every VCALENDAR in the text, cut into top-level components. */
export function splitCalendars(text: string): SplitFile {
  const calendars: CalendarBlock[] = [];
  let strayLines = 0;
  let truncated = false;
  let calendar: CalendarBlock | undefined;
  let component: Component | undefined;
  let depth = 0;

  for (const raw of unfoldedLines(text)) {
    const line = raw.trimEnd();
    const begins = componentName(line, BEGIN);
    const ends = componentName(line, END);
    if (begins === 'VCALENDAR' && calendar?.implicit && !component) {
      calendars.push(calendar);
      calendar = undefined;
    }
    if (!calendar) {
      if (begins === 'VCALENDAR') {
        calendar = { components: [], properties: [] };
        continue;
      }
      // RFC 5545's own examples (and some feeds) list bare VEVENTs and VTIMEZONEs after the calendar.
      if (!begins || begins === 'VALARM') {
        if (line.trim()) strayLines += 1;
        continue;
      }
      calendar = { components: [], properties: [], implicit: true };
    }
    if (ends === 'VCALENDAR') {
      if (component) calendar.components.push({ ...component, closed: false });
      calendars.push(calendar);
      calendar = undefined;
      component = undefined;
      depth = 0;
      continue;
    }
    if (!component) {
      if (begins) {
        component = { name: begins, lines: [line], closed: false };
        depth = 1;
      } else if (line.trim()) calendar.properties.push(line);
      continue;
    }
    component.lines.push(withDateValueType(line));
    if (begins) depth += 1;
    else if (ends) {
      depth -= 1;
      if (depth === 0) {
        calendar.components.push({ ...component, closed: ends === component.name });
        component = undefined;
      }
    }
  }
  if (calendar) {
    truncated = !calendar.implicit;
    if (component) calendar.components.push(component);
    calendars.push(calendar);
  }
  return { calendars, strayLines, truncated };
}

/** The first value of a property in a component's own lines (not its sub-components'), unescaped. */
export function rawProperty(
  component: Component,
  name: string,
): { params: string; value: string } | undefined {
  let depth = 0;
  for (const line of component.lines) {
    if (BEGIN.test(line)) depth += 1;
    else if (END.test(line)) depth -= 1;
    else if (depth === 1) {
      const match = new RegExp(`^${name}([;:])`, 'i').exec(line);
      if (!match) continue;
      const rest = line.slice(name.length);
      // Parameter values may be quoted and hold colons; the value starts after the first unquoted colon.
      let quoted = false;
      for (let index = 0; index < rest.length; index += 1) {
        const character = rest[index];
        if (character === '"') quoted = !quoted;
        else if (character === ':' && !quoted)
          return { params: rest.slice(0, index), value: rest.slice(index + 1) };
      }
      return { params: rest, value: '' };
    }
  }
  return undefined;
}

/** A parameter's value from a property's raw parameter text, e.g. TZID from `;TZID="W. Europe Standard Time"`. */
export function parameter(params: string, name: string): string | undefined {
  const match = new RegExp(`;${name}=("([^"]*)"|[^;:]*)`, 'i').exec(params);
  if (!match) return undefined;
  return (match[2] ?? match[1] ?? '').trim() || undefined;
}

/** RFC 5545 §3.3.11 text unescaping, for a title read from a line ical.js couldn't parse. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}
