import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import type { FollowUp } from '@/utils/db/follow-up-records';
import { followUpsRepository } from '@/utils/db/follow-ups';
import {
  FOLLOW_UP_ALARM,
  LEGACY_FOLLOW_UP_ALARM_PREFIX,
  nextReminderAt,
  reminderDue,
  ringsAt,
  snoozedUntilFor,
} from '@/utils/follow-ups/schedule';
import { t } from '@/utils/i18n';
import { siteName } from '@/utils/sites/meta';
import type { Handlers } from '../router';

const NOTIFICATION_PREFIX = 'onbrand-follow-up:';

export const followUpNotificationId = (id: string) => `${NOTIFICATION_PREFIX}${id}`;

/** Who the follow-up is about, as the notification names them: the handle, else the name, else the site. */
function whose(followUp: FollowUp): string {
  return followUp.author.handle || followUp.author.name || siteName(followUp.platform);
}

/**
 * The background's reminder work runs one piece at a time: a ring that read the table before a save must not set
 * the alarm after that save did, and a start-up and a ring at once must not both show the same reminder.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * One alarm for all follow-ups (`FOLLOW_UP_ALARM`) at the next reminder's time, as the calendar does: Chrome
 * allows an extension 500 alarms, and a user may well keep more follow-ups open. When it rings, a notification
 * (whose click opens the post) for every open follow-up whose time has come and was not reminded yet
 * (`remindedAt`), then the alarm moves on to the next one. Save, done and snooze move it; a restore, a browser
 * start and an install or update show what was missed and set it again.
 */
export function followUpReminders(db: OnBrandDatabase) {
  const followUps = followUpsRepository(db);

  /** Sets the alarm at the next reminder's time (in the past it rings at once), or clears it if none is to come. */
  async function arm(): Promise<number | null> {
    const next = nextReminderAt(await followUps.open());
    if (next === null) await browser.alarms.clear(FOLLOW_UP_ALARM);
    else await browser.alarms.create(FOLLOW_UP_ALARM, { when: next });
    return next;
  }

  async function notify(followUp: FollowUp): Promise<void> {
    await browser.notifications.create(followUpNotificationId(followUp.id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/calendar-reminder.png'),
      title: t('followUpNotificationTitle', whose(followUp), siteName(followUp.platform)),
      message: followUp.note || followUp.excerpt || t('followUpNotificationNoText'),
      ...(followUp.note && followUp.excerpt ? { contextMessage: followUp.excerpt } : {}),
    });
  }

  /** Shows every reminder due by `now` not shown yet, each recorded as shown, then sets the alarm for the next. */
  async function remindDue(now = Date.now()): Promise<void> {
    await oneAtATime(async () => {
      try {
        for (const followUp of await followUps.open())
          if (reminderDue(followUp, now)) {
            // A notification the browser refused is not tried again: retrying would ring the alarm forever.
            await notify(followUp).catch((error: unknown) =>
              console.warn('OnBrand: a follow-up reminder could not be shown.', error),
            );
            await followUps.reminded(followUp.id, Math.max(now, ringsAt(followUp)));
          }
      } finally {
        // Also after a failure (one deleted meanwhile): the alarm, then in the past, rings again at once.
        await arm();
      }
    });
  }

  /** Moves the alarm to the next reminder's time after a follow-up was saved, done or snoozed. */
  function reschedule(): Promise<number | null> {
    return oneAtATime(arm);
  }

  /** After a start, an install or update, or a restore: the one-per-follow-up alarms of older versions go. */
  async function reconcile(now = Date.now()): Promise<void> {
    for (const alarm of await browser.alarms.getAll())
      if (alarm.name.startsWith(LEGACY_FOLLOW_UP_ALARM_PREFIX)) await browser.alarms.clear(alarm.name);
    await remindDue(now);
  }

  async function openFromNotification(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    await browser.notifications.clear(notificationId);
    const followUp = await followUps
      .get(notificationId.slice(NOTIFICATION_PREFIX.length))
      .catch(() => undefined);
    await browser.tabs.create({
      url: followUp?.url ?? browser.runtime.getURL('/options.html#/follow-ups'),
    });
  }

  /** Registers the listeners; call synchronously in the background's main(). */
  function start(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      // A timer may fire a moment early; what was due at the alarm's time is due.
      if (alarm.name === FOLLOW_UP_ALARM) void remindDue(Math.max(Date.now(), alarm.scheduledTime));
    });
    browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
    browser.runtime.onStartup.addListener(() => void reconcile());
    browser.runtime.onInstalled.addListener(() => void reconcile());
  }

  return { reschedule, remindDue, reconcile, openFromNotification, start };
}

export function followUpHandlers(
  db: OnBrandDatabase,
): Pick<Handlers, 'followUps.save' | 'followUps.done' | 'followUps.snooze' | 'followUps.changed'> {
  const followUps = followUpsRepository(db);
  const reminders = followUpReminders(db);

  return {
    'followUps.save': async (input, _sender, { extensionPage, site }) => {
      // A page can only file follow-ups on its own site's posts: a forged one can't point at another site.
      if (!extensionPage && site?.id !== input.platform)
        throw new Error(
          `A page on ${site?.name ?? 'another site'} can’t save ${siteName(input.platform)} posts.`,
        );
      const saved = await followUps.add(input);
      await reminders.reschedule();
      return { id: saved.id, dueAt: saved.dueAt };
    },
    'followUps.done': async ({ id }) => {
      await followUps.done(id);
      await reminders.reschedule();
      await browser.notifications.clear(followUpNotificationId(id));
      return { id, status: 'done' };
    },
    'followUps.snooze': async ({ id, snooze }) => {
      const snoozed = await followUps.snooze(id, snoozedUntilFor(snooze, Date.now()));
      await reminders.reschedule();
      await browser.notifications.clear(followUpNotificationId(id));
      return { id, snoozedUntil: snoozed.snoozedUntil ?? snoozed.dueAt };
    },
    'followUps.changed': async () => {
      await reminders.reconcile();
      return {};
    },
  };
}
