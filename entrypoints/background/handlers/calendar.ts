import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { draftReports, summariseFindings } from '@/utils/calendar/entry-findings';
import { platformName } from '@/utils/calendar/platform-names';
import { PlatformIdSchema } from '@/utils/checks/schemas';
import type { PlatformId } from '@/utils/checks/types';
import { brandsRepository } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import type { OnBrandDatabase } from '@/utils/db/database';
import { publishingMarkets } from '@/utils/db/markets';
import { partnersRepository } from '@/utils/db/partners';
import type { CalendarEntry, CalendarStatus } from '@/utils/db/records';
import { RecordInputError } from '@/utils/db/table-repository';
import { plural, t } from '@/utils/i18n';
import { SITE_META } from '@/utils/sites/meta';
import type { Handlers } from '../router';

export const REMINDER_ALARM = 'onbrand.calendar.reminder';
const NOTIFICATION_PREFIX = 'onbrand-calendar';
const LAST_REMINDED_KEY = 'calendar.lastRemindedAt';
const OPENED_FROM_REMINDER_KEY = 'calendar.openedFromReminder';
/** Ideas aren't plans yet and published posts are done: neither gets a reminder. */
const REMINDED_STATUSES: readonly CalendarStatus[] = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'scheduled',
];
/** After the browser was closed for a while, reminders older than this are not shown any more. */
const CATCH_UP_MS = 12 * 3_600_000;
/** The overlay offers a draft from this long before its time … */
const DUE_EARLY_MS = 3_600_000;
/** … until this long after it. */
const DUE_LATE_MS = 12 * 3_600_000;

const OpenedFromReminderSchema = z.object({
  tabId: z.number(),
  entryId: z.string(),
  platform: PlatformIdSchema,
});

/** A crisis paused it: no reminder until it is resumed. */
const isReminded = (entry: Pick<CalendarEntry, 'status' | 'pausedBy'>) =>
  REMINDED_STATUSES.includes(entry.status) && !entry.pausedBy;

function notificationId(entryId: string, platform: PlatformId | ''): string {
  return `${NOTIFICATION_PREFIX}:${entryId}:${platform}`;
}

function parseNotificationId(id: string): { entryId: string; platform?: PlatformId } | undefined {
  const [prefix, entryId, platform] = id.split(':');
  if (prefix !== NOTIFICATION_PREFIX || !entryId) return undefined;
  const parsed = PlatformIdSchema.safeParse(platform);
  return { entryId, platform: parsed.success ? parsed.data : undefined };
}

/** Reminders: one alarm at the next entry's time; when it rings, a notification per platform of each entry due. */
export function calendarReminders(db: OnBrandDatabase) {
  const calendar = calendarRepository(db);

  async function reschedule(now = Date.now()): Promise<number | null> {
    const next = await db.calendarEntries.where('at').above(now).filter(isReminded).first();
    await browser.alarms.clear(REMINDER_ALARM);
    if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.at });
    return next?.at ?? null;
  }

  async function notify(entry: CalendarEntry): Promise<void> {
    const { markets } = await publishingMarkets(
      db,
      browser.i18n.getUILanguage(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    const reports = draftReports(entry, {
      brands: await brandsRepository(db).list(),
      partners: await partnersRepository(db).list(),
      markets,
    });
    const targets = reports.length > 0 ? reports : [undefined];
    for (const report of targets) {
      const { state, count } = summariseFindings(report ? [report] : []);
      const findings =
        state === 'empty'
          ? t('reminderNoDraft')
          : count === 0
            ? t('reminderNoFindings')
            : plural('reminderFindings', count);
      await browser.notifications.create(notificationId(entry.id, report?.platform ?? ''), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/calendar-reminder.png'),
        title: report ? t('reminderTitle', platformName(report.platform)) : t('reminderTitleAnyPlatform'),
        message: t('reminderMessage', entry.title, findings),
      });
    }
  }

  /** Shows what fell due since the last reminder (at most CATCH_UP_MS back), then sets the next alarm. */
  async function remindDue(now = Date.now()): Promise<void> {
    const stored = (await browser.storage.local.get(LAST_REMINDED_KEY))[LAST_REMINDED_KEY];
    // With no record of the last reminder (a fresh install, or extension storage cleared while an alarm was
    // set) the catch-up window is all there is to go by: a reminder shown twice beats one never shown.
    const since = Math.max(typeof stored === 'number' ? stored : 0, now - CATCH_UP_MS);
    await browser.storage.local.set({ [LAST_REMINDED_KEY]: now });
    // (since, now]: an entry at exactly the alarm time is due now, and was not due last time.
    for (const entry of (await calendar.between(since + 1, now + 1)).filter(isReminded)) await notify(entry);
    await reschedule(now);
  }

  async function openFromNotification(id: string): Promise<void> {
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    await browser.notifications.clear(id);
    const entry = await calendar.get(parsed.entryId);
    if (!entry || !parsed.platform) {
      await browser.tabs.create({
        url: browser.runtime.getURL(`/options.html#/calendar?entry=${encodeURIComponent(parsed.entryId)}`),
      });
      return;
    }
    const tab = await browser.tabs.create({ url: SITE_META[parsed.platform].composerUrl });
    if (tab.id !== undefined)
      await browser.storage.session.set({
        [OPENED_FROM_REMINDER_KEY]: { tabId: tab.id, entryId: entry.id, platform: parsed.platform },
      });
  }

  /** Registers the listeners; call synchronously in the background's main(). */
  function start(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void remindDue();
    });
    browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
    browser.runtime.onStartup.addListener(() => void remindDue());
    browser.runtime.onInstalled.addListener(() => void remindDue());
  }

  return { reschedule, remindDue, openFromNotification, start };
}

export function calendarHandlers(
  db: OnBrandDatabase,
): Pick<Handlers, 'calendar.remindersChanged' | 'calendar.dueDraft' | 'calendar.markPublished'> {
  const calendar = calendarRepository(db);
  const reminders = calendarReminders(db);

  return {
    'calendar.remindersChanged': async () => ({ nextReminderAt: await reminders.reschedule() }),

    'calendar.dueDraft': async ({ platform }, sender, { extensionPage, site }) => {
      if (!extensionPage && site?.id !== platform)
        throw new Error(
          `A page on ${site?.name ?? 'another site'} can’t read ${platformName(platform)} drafts.`,
        );
      const now = Date.now();
      const hasDraft = (entry: CalendarEntry) =>
        entry.status !== 'published' &&
        entry.status !== 'idea' &&
        !entry.pausedBy &&
        entry.platforms.includes(platform) &&
        (entry.drafts[platform] ?? '').trim().length > 0;

      // The entry whose reminder opened this very tab comes first; otherwise the one closest to now.
      const opened = OpenedFromReminderSchema.safeParse(
        (await browser.storage.session.get(OPENED_FROM_REMINDER_KEY))[OPENED_FROM_REMINDER_KEY],
      );
      let entry: CalendarEntry | undefined;
      if (opened.success && opened.data.tabId === sender.tab?.id && opened.data.platform === platform) {
        const candidate = await calendar.get(opened.data.entryId);
        if (candidate && hasDraft(candidate)) entry = candidate;
      }
      entry ??= (await calendar.between(now - DUE_LATE_MS, now + DUE_EARLY_MS))
        .filter(hasDraft)
        .sort((a, b) => Math.abs(a.at - now) - Math.abs(b.at - now))[0];
      return {
        entry: entry
          ? { id: entry.id, title: entry.title, at: entry.at, platform, text: entry.drafts[platform] ?? '' }
          : null,
      };
    },

    'calendar.markPublished': async ({ id, link }, sender, { extensionPage, site }) => {
      const entry = await calendar.get(id);
      if (!entry) throw new RecordInputError(t('calendarEntryGone'));
      if (!extensionPage && (site === undefined || !entry.platforms.includes(site.id)))
        throw new Error(
          'Only the popup, the dashboard or a site the entry is planned for can mark it published.',
        );
      // A page may only record a link of its own site, shown on the page that sends it.
      if (link !== undefined && (site === undefined || !sameOrigin(link, sender.url)))
        throw new Error('Only the page the post was sent from can give its link.');
      const published = await calendar.markPublished(
        id,
        Date.now(),
        link === undefined || site === undefined ? undefined : { platform: site.id, link },
      );
      await reminders.reschedule();
      return { id, status: 'published', publishedAt: published.publishedAt ?? Date.now() };
    },
  };
}

/** Whether `link` is on the same origin as the page at `pageUrl`. */
function sameOrigin(link: string, pageUrl: string | undefined): boolean {
  if (pageUrl === undefined) return false;
  try {
    return new URL(link).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}
