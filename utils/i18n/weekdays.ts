import { uiLocale } from '.';

/** Monday to Sunday in the UI language ("Mo.", "Montag"); 1 January 2024 was a Monday. */
export function weekdayNames(width: 'short' | 'long', locale = uiLocale()): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day)));
}
