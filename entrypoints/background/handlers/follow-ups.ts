import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import type { FollowUp } from '@/utils/db/follow-up-records';
import { followUpsRepository } from '@/utils/db/follow-ups';
import {
  alarmName,
  FOLLOW_UP_ALARM_PREFIX,
  idFromAlarm,
  needsAlarm,
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
 * One alarm per open follow-up (`onbrand.followUp:<id>`) at its snooze or due time; when it rings, a
 * notification whose click opens the post. Done deletes the alarm, a snooze moves it. The alarms are the
 * schedule; `reconcile` makes them match the table after a restore, an upgrade or a browser start.
 */
export function followUpReminders(db: OnBrandDatabase) {
  const followUps = followUpsRepository(db);

  /** Sets, moves or clears the follow-up's alarm to match it. */
  async function sync(followUp: FollowUp): Promise<void> {
    if (needsAlarm(followUp))
      await browser.alarms.create(alarmName(followUp.id), { when: ringsAt(followUp) });
    else await browser.alarms.clear(alarmName(followUp.id));
  }

  /** Every open follow-up has its alarm, and no alarm is left for one that is done or gone. */
  async function reconcile(): Promise<void> {
    const open = await followUps.open();
    const wanted = new Set(open.filter(needsAlarm).map((followUp) => alarmName(followUp.id)));
    for (const alarm of await browser.alarms.getAll())
      if (alarm.name.startsWith(FOLLOW_UP_ALARM_PREFIX) && !wanted.has(alarm.name))
        await browser.alarms.clear(alarm.name);
    for (const followUp of open) await sync(followUp);
  }

  async function ring(id: string, now = Date.now()): Promise<void> {
    const followUp = await followUps.get(id).catch(() => undefined);
    if (followUp?.status !== 'open') return;
    await browser.notifications.create(followUpNotificationId(id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/calendar-reminder.png'),
      title: t('followUpNotificationTitle', whose(followUp), siteName(followUp.platform)),
      message: followUp.note || followUp.excerpt || t('followUpNotificationNoText'),
      ...(followUp.note && followUp.excerpt ? { contextMessage: followUp.excerpt } : {}),
    });
    await followUps.reminded(id, Math.max(now, ringsAt(followUp)));
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
      const id = idFromAlarm(alarm.name);
      if (id) void ring(id);
    });
    browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
    browser.runtime.onStartup.addListener(() => void reconcile());
    browser.runtime.onInstalled.addListener(() => void reconcile());
  }

  return { sync, reconcile, ring, openFromNotification, start };
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
      await reminders.sync(saved);
      return { id: saved.id, dueAt: saved.dueAt };
    },
    'followUps.done': async ({ id }) => {
      const done = await followUps.done(id);
      await reminders.sync(done);
      await browser.notifications.clear(followUpNotificationId(id));
      return { id, status: 'done' };
    },
    'followUps.snooze': async ({ id, snooze }) => {
      const snoozed = await followUps.snooze(id, snoozedUntilFor(snooze, Date.now()));
      await reminders.sync(snoozed);
      await browser.notifications.clear(followUpNotificationId(id));
      return { id, snoozedUntil: snoozed.snoozedUntil ?? snoozed.dueAt };
    },
    'followUps.changed': async () => {
      await reminders.reconcile();
      return {};
    },
  };
}
