import { uiLocale } from '.';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago" / "vor 5 Minuten": the largest unit that fits, rounded, in the UI language. */
export function relativeTime(at: number, now = Date.now(), locale = uiLocale()): string {
  let value = (at - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size || unit === 'year')
      return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(Math.round(value), unit);
    value /= size;
  }
  return '';
}
