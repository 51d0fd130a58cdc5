import ICAL from 'ical.js';

/**
 * A cap on the recurrence work one file may cause. ical.js expands rules without limit: a time zone that
 * changes its clocks every minute since 1970, or a rule no date can satisfy, keeps it busy for minutes and
 * gigabytes. Every candidate date its iterators consider (including the ones inside a single `next()` that
 * never match) passes through `check_contracting_rules`, so that is where the steps are counted, for event
 * rules and for the rules of the file's own time zones alike.
 */
export class RecurrenceBudgetExceeded extends Error {
  constructor() {
    super('Its repeat rules would take too long to work out.');
    this.name = 'RecurrenceBudgetExceeded';
  }
}

/**
 * Steps for one file, one repeating event in it, and one of its time zones. A year of a daily event takes
 * ~400 steps; a real zone's yearly rules since 1601 take ~430 per observance, and each of their steps costs
 * more (ical.js re-reads the observance's offsets for every change).
 */
export const FILE_RECURRENCE_STEPS = 50_000;
export const EVENT_RECURRENCE_STEPS = 20_000;
export const ZONE_RECURRENCE_STEPS = 5_000;

let remaining = Number.POSITIVE_INFINITY;

type Check = (this: ICAL.RecurIterator) => boolean;
const prototype = ICAL.RecurIterator.prototype as unknown as { check_contracting_rules: Check };
const check = prototype.check_contracting_rules;
prototype.check_contracting_rules = function budgeted(this: ICAL.RecurIterator) {
  remaining -= 1;
  if (remaining < 0) throw new RecurrenceBudgetExceeded();
  return check.call(this);
};

/**
 * Runs `read` (synchronously) with at most `steps` recurrence steps, taken out of any budget it runs inside,
 * so one event's rules can't use up what the rest of its file needs and a whole file stays bounded too.
 */
export function withRecurrenceBudget<T>(steps: number, read: () => T): T {
  const outer = remaining;
  const granted = Math.min(steps, outer);
  remaining = granted;
  try {
    return read();
  } finally {
    remaining = outer - (granted - Math.max(remaining, 0));
  }
}
