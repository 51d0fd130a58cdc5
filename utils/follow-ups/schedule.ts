/**
 * When follow-ups are due, pure and without zod: the feed's follow-up form (a content script), the dashboard,
 * the popup and the background share it. Local times ("tomorrow 9:00") are the browser's own time zone.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The choices of the form on a feed post; `custom` takes the time the user typed. */
export const DUE_PRESETS = ['hour', 'tomorrow', 'days3', 'custom'] as const;
export type DuePreset = (typeof DUE_PRESETS)[number];

/** The one-click snoozes of the dashboard. */
export const SNOOZES = ['hour', 'tomorrow'] as const;
export type Snooze = (typeof SNOOZES)[number];

/** The hour "tomorrow" means: the start of a working day. */
export const TOMORROW_HOUR = 9;

/** 9:00 local time on the day after `now`'s local day (23 or 25 hours away across a clock change). */
export function tomorrowMorning(now: number): number {
  const day = new Date(now);
  day.setDate(day.getDate() + 1);
  day.setHours(TOMORROW_HOUR, 0, 0, 0);
  return day.getTime();
}

/**
 * The due time a preset means at `now`; for `custom`, the value of a `datetime-local` input ("2026-12-08T14:30",
 * local time). Undefined when the custom value is empty, unreadable or not in the future.
 */
export function dueAtFor(preset: DuePreset, now: number, custom = ''): number | undefined {
  switch (preset) {
    case 'hour':
      return now + HOUR;
    case 'tomorrow':
      return tomorrowMorning(now);
    case 'days3':
      return now + 3 * DAY;
    case 'custom': {
      const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(custom);
      if (!match) return undefined;
      const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      const at = new Date(year, month - 1, day, hour, minute).getTime();
      // new Date rolls 2026-02-31 over into March: a date the input could not have given.
      const back = new Date(at);
      if (back.getMonth() !== month - 1 || back.getDate() !== day) return undefined;
      return at > now ? at : undefined;
    }
  }
}

/** When a snooze brings the follow-up back. */
export function snoozedUntilFor(snooze: Snooze, now: number): number {
  return snooze === 'hour' ? now + HOUR : tomorrowMorning(now);
}

/** `datetime-local`'s value for a time (local, to the minute): the custom field starts one hour ahead. */
export function localInputValue(at: number): string {
  const date = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

export interface Scheduled {
  status: 'open' | 'done';
  dueAt: number;
  snoozedUntil?: number;
  remindedAt?: number;
}

/** When the follow-up's reminder rings: its snooze, else its due time. */
export function ringsAt(followUp: Pick<Scheduled, 'dueAt' | 'snoozedUntil'>): number {
  return followUp.snoozedUntil ?? followUp.dueAt;
}

/** Open and its time has come (a snoozed one only once the snooze is over). */
export function isDue(followUp: Scheduled, now: number): boolean {
  return followUp.status === 'open' && ringsAt(followUp) <= now;
}

/** Whether the follow-up's reminder is still to come: open, and its current time not reminded yet. */
export function awaitsReminder(followUp: Scheduled): boolean {
  return followUp.status === 'open' && (followUp.remindedAt ?? -1) < ringsAt(followUp);
}

/** Its reminder is to be shown now: its time has come and it has not been shown for that time. */
export function reminderDue(followUp: Scheduled, now: number): boolean {
  return awaitsReminder(followUp) && ringsAt(followUp) <= now;
}

/** When the next reminder is to be shown (possibly already past), or null when none is to come. */
export function nextReminderAt(followUps: readonly Scheduled[]): number | null {
  let next: number | null = null;
  for (const followUp of followUps)
    if (awaitsReminder(followUp) && (next === null || ringsAt(followUp) < next)) next = ringsAt(followUp);
  return next;
}

/** Open follow-ups, the one due first at the top (ties: the older one first). */
export function openByDueTime<T extends Scheduled & { createdAt: number }>(followUps: readonly T[]): T[] {
  return followUps
    .filter((followUp) => followUp.status === 'open')
    .sort((a, b) => ringsAt(a) - ringsAt(b) || a.createdAt - b.createdAt);
}

/**
 * The one alarm of all follow-ups, at the next reminder's time. Chrome allows an extension at most 500 alarms
 * (docs/follow-ups.md), so there is not one per follow-up.
 */
export const FOLLOW_UP_ALARM = 'onbrand.followUps.next';

/** Before there was one alarm, each open follow-up had its own `onbrand.followUp:<id>`; an update clears them. */
export const LEGACY_FOLLOW_UP_ALARM_PREFIX = 'onbrand.followUp:';
