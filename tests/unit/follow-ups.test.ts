import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  followUpHandlers,
  followUpNotificationId,
  followUpReminders,
} from '@/entrypoints/background/handlers/follow-ups';
import { createRouter, type Handlers, type Sender } from '@/entrypoints/background/router';
import type { OnBrandDatabase } from '@/utils/db/database';
import { FollowUpSchema } from '@/utils/db/follow-up-records';
import { excerptOf, followUpsRepository, type NewFollowUp } from '@/utils/db/follow-ups';
import {
  awaitsReminder,
  dueAtFor,
  FOLLOW_UP_ALARM,
  isDue,
  localInputValue,
  nextReminderAt,
  openByDueTime,
  reminderDue,
  ringsAt,
  snoozedUntilFor,
} from '@/utils/follow-ups/schedule';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabase } from '../shared/fresh-database';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 7 December 2026, 14:30 in the test's own time zone: "tomorrow 9:00" is 8 December, 9:00 there.
const NOW = new Date(2026, 11, 7, 14, 30).getTime();
const identity = { extensionId: fakeBrowser.runtime.id, extensionBaseUrl: fakeBrowser.runtime.getURL('/') };
const dashboard: Sender = { id: identity.extensionId, url: `${identity.extensionBaseUrl}options.html` };
const tab = (url: string): Sender => ({ id: identity.extensionId, url, tab: { id: 3, url } });

const POST: NewFollowUp = {
  platform: 'x',
  url: 'https://x.com/acmecoffee/status/1859000000000000001',
  postId: '1859000000000000001',
  author: { name: 'Acme Coffee', handle: '@acmecoffee' },
  text: 'Our   new marmalade\nlatte is here.',
  note: '  Ask about the oat version  ',
  dueAt: NOW + HOUR,
};

describe('follow-up records', () => {
  const record = {
    id: 'f1',
    platform: 'x',
    url: POST.url,
    author: {},
    excerpt: 'Hello',
    note: '',
    dueAt: NOW,
    status: 'open',
    createdAt: NOW,
  };
  it('accepts an open follow-up and a done one with its snooze and reminder times', () => {
    expect(FollowUpSchema.safeParse(record).success).toBe(true);
    expect(
      FollowUpSchema.safeParse({ ...record, status: 'done', snoozedUntil: NOW, remindedAt: NOW, doneAt: NOW })
        .success,
    ).toBe(true);
  });
  it.each([
    ['a javascript: link', { url: 'javascript:alert(1)' }],
    ['a site OnBrand does not know', { platform: 'myspace' }],
    ['a status other than open or done', { status: 'snoozed' }],
    ['a note over 1,000 characters', { note: 'a'.repeat(1001) }],
    ['a negative due time', { dueAt: -1 }],
  ])('refuses %s', (_name, change) => {
    expect(FollowUpSchema.safeParse({ ...record, ...change }).success).toBe(false);
  });
});

describe('due times', () => {
  it('reads the presets: in an hour, tomorrow at 9:00 local time, in three days', () => {
    expect(dueAtFor('hour', NOW)).toBe(NOW + HOUR);
    expect(dueAtFor('tomorrow', NOW)).toBe(new Date(2026, 11, 8, 9, 0).getTime());
    // Late in the evening "tomorrow" is still the next day, not in nine hours' time.
    expect(dueAtFor('tomorrow', new Date(2026, 11, 31, 23, 59).getTime())).toBe(
      new Date(2027, 0, 1, 9, 0).getTime(),
    );
    expect(dueAtFor('days3', NOW)).toBe(NOW + 72 * HOUR);
  });

  it('reads a custom time as the datetime-local input gives it, and refuses one in the past or unreadable', () => {
    expect(dueAtFor('custom', NOW, '2026-12-09T16:45')).toBe(new Date(2026, 11, 9, 16, 45).getTime());
    expect(dueAtFor('custom', NOW, '2026-12-07T14:00')).toBeUndefined();
    expect(dueAtFor('custom', NOW, '')).toBeUndefined();
    expect(dueAtFor('custom', NOW, '2027-02-31T10:00')).toBeUndefined();
    expect(localInputValue(new Date(2026, 0, 5, 8, 3).getTime())).toBe('2026-01-05T08:03');
  });

  it('snoozes for an hour or until tomorrow 9:00', () => {
    expect(snoozedUntilFor('hour', NOW)).toBe(NOW + HOUR);
    expect(snoozedUntilFor('tomorrow', NOW)).toBe(new Date(2026, 11, 8, 9, 0).getTime());
  });

  it('rings at the snooze, else the due time; due only when open and its time has come', () => {
    const open = { status: 'open' as const, dueAt: NOW - HOUR, createdAt: 1 };
    expect(ringsAt(open)).toBe(NOW - HOUR);
    expect(isDue(open, NOW)).toBe(true);
    expect(isDue({ ...open, snoozedUntil: NOW + HOUR }, NOW)).toBe(false);
    expect(isDue({ ...open, status: 'done' }, NOW)).toBe(false);
    expect(awaitsReminder(open)).toBe(true);
    expect(reminderDue(open, NOW)).toBe(true);
    expect(awaitsReminder({ ...open, remindedAt: NOW - HOUR })).toBe(false);
    expect(reminderDue({ ...open, remindedAt: NOW - HOUR }, NOW)).toBe(false);
    // Snoozed after its reminder: a new reminder at the snooze, not before.
    const snoozed = { ...open, remindedAt: NOW - HOUR, snoozedUntil: NOW + HOUR };
    expect(awaitsReminder(snoozed)).toBe(true);
    expect(reminderDue(snoozed, NOW)).toBe(false);
    expect(reminderDue(snoozed, NOW + HOUR)).toBe(true);
  });

  it('knows the next reminder’s time: the earliest not yet reminded, done and reminded ones left out', () => {
    const open = { status: 'open' as const, createdAt: 1 };
    expect(nextReminderAt([])).toBeNull();
    expect(
      nextReminderAt([
        { ...open, dueAt: NOW + 3 * HOUR },
        { ...open, dueAt: NOW - 2 * HOUR, remindedAt: NOW - 2 * HOUR },
        { ...open, status: 'done', dueAt: NOW - HOUR },
        { ...open, dueAt: NOW - 3 * HOUR, snoozedUntil: NOW + 2 * HOUR },
      ]),
    ).toBe(NOW + 2 * HOUR);
    // One whose time passed unreminded (the browser was closed) is next: its alarm, in the past, rings at once.
    expect(
      nextReminderAt([
        { ...open, dueAt: NOW + HOUR },
        { ...open, dueAt: NOW - HOUR },
      ]),
    ).toBe(NOW - HOUR);
    expect(nextReminderAt([{ ...open, status: 'done', dueAt: NOW + HOUR }])).toBeNull();
  });

  it('lists open follow-ups by the time they ring, done ones left out', () => {
    const list = [
      { id: 'later', status: 'open' as const, dueAt: NOW + 2 * HOUR, createdAt: 1 },
      {
        id: 'snoozed',
        status: 'open' as const,
        dueAt: NOW - HOUR,
        snoozedUntil: NOW + 3 * HOUR,
        createdAt: 1,
      },
      { id: 'done', status: 'done' as const, dueAt: NOW - 5 * HOUR, createdAt: 1 },
      { id: 'overdue', status: 'open' as const, dueAt: NOW - HOUR, createdAt: 1 },
    ];
    expect(openByDueTime(list).map((f) => f.id)).toEqual(['overdue', 'later', 'snoozed']);
  });

  it('keeps the post text as one line, cut at a word', () => {
    expect(excerptOf('Our   new\nlatte')).toBe('Our new latte');
    const cut = excerptOf(`${'word '.repeat(100)}end`, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});

describe('follow-ups in the database and the background', () => {
  const NAME = 'follow-ups-test';
  /** Chrome 117+: "the number of active alarms is limited to 500. When this limit is reached, alarm creation fails." */
  const CHROME_ALARM_LIMIT = 500;
  let db: OnBrandDatabase;
  let route: ReturnType<typeof createRouter>;
  const notified: Array<[string, { title: string; message: string; contextMessage?: string }]> = [];
  const cleared: string[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    db = await freshDatabase(NAME);
    route = createRouter(followUpHandlers(db) as Handlers, identity);
    notified.length = 0;
    cleared.length = 0;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
      id: string,
      options: { title: string; message: string },
    ) => {
      notified.push([id, options]);
      return id;
    }) as never);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockImplementation((async (id: string) => {
      cleared.push(id);
      return true;
    }) as never);
    // The fake browser has no alarm limit; Chrome's refuses a new alarm past 500.
    const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation((async (
      name: string,
      info: { when: number },
    ) => {
      const active = await fakeBrowser.alarms.getAll();
      if (active.length >= CHROME_ALARM_LIMIT && !active.some((alarm) => alarm.name === name))
        throw new Error('Error in invocation of alarms.create: too many alarms');
      return create(name, info);
    }) as never);
  });
  afterEach(() => {
    vi.useRealTimers();
    setTestUiLanguage('en');
    db.close();
  });

  const save = (sender: Sender, post: NewFollowUp = POST) =>
    route({ type: 'followUps.save', payload: post }, sender);
  const alarms = async () =>
    (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
  const theAlarmAt = (scheduledTime: number) => [{ name: FOLLOW_UP_ALARM, scheduledTime }];

  it('saves a follow-up from a post of the sender’s own site and sets the alarm at its due time', async () => {
    const reply = await save(tab('https://x.com/home'));
    expect(reply).toMatchObject({ ok: true, data: { dueAt: NOW + HOUR } });
    const [stored] = await followUpsRepository(db).open();
    expect(stored).toMatchObject({
      platform: 'x',
      url: POST.url,
      excerpt: 'Our new marmalade latte is here.',
      note: 'Ask about the oat version',
      status: 'open',
      createdAt: NOW,
    });
    expect(await alarms()).toEqual(theAlarmAt(NOW + HOUR));
  });

  it('refuses a follow-up on another site’s post, and saves nothing', async () => {
    const reply = await save(tab('https://www.reddit.com/'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Reddit can’t save X posts/) });
    expect(await db.followUps.count()).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('keeps one open follow-up per post: saving it again moves its due time and note', async () => {
    await save(tab('https://x.com/home'));
    await save(tab('https://x.com/home'), { ...POST, dueAt: NOW + 5 * HOUR, note: 'Later' });
    const open = await followUpsRepository(db).open();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ dueAt: NOW + 5 * HOUR, note: 'Later' });
    expect(await alarms()).toEqual(theAlarmAt(NOW + 5 * HOUR));
  });

  it('keeps the one alarm at the soonest follow-up as others are saved', async () => {
    await save(tab('https://x.com/home'), { ...POST, dueAt: NOW + 5 * HOUR });
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}2`, dueAt: NOW + 2 * HOUR });
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}3`, dueAt: NOW + 9 * HOUR });
    expect(await alarms()).toEqual(theAlarmAt(NOW + 2 * HOUR));
  });

  it('when the alarm rings, notifies with the note and the post, once, and the click opens the post', async () => {
    const reminders = followUpReminders(db);
    reminders.start();
    await save(tab('https://x.com/home'));
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}2`, dueAt: NOW + 3 * HOUR });
    const id = (await followUpsRepository(db).open()).find((f) => f.url === POST.url)?.id ?? '';
    // A timer may fire a moment early: the alarm's own time counts.
    vi.setSystemTime(NOW + HOUR - 5);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: FOLLOW_UP_ALARM,
      scheduledTime: NOW + HOUR,
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => expect(notified).toHaveLength(1));
    expect(notified).toEqual([
      [
        followUpNotificationId(id),
        expect.objectContaining({
          title: 'Follow up: @acmecoffee on X',
          message: 'Ask about the oat version',
          contextMessage: 'Our new marmalade latte is here.',
        }),
      ],
    ]);
    // Re-armed for the next one.
    await vi.waitFor(async () => expect(await alarms()).toEqual(theAlarmAt(NOW + 3 * HOUR)));
    // Reminded: neither a browser start nor a second ring shows it again.
    await fakeBrowser.alarms.clearAll();
    await reminders.reconcile(NOW + 2 * HOUR);
    await reminders.remindDue(NOW + 2 * HOUR);
    expect(notified).toHaveLength(1);
    expect(await alarms()).toEqual(theAlarmAt(NOW + 3 * HOUR));

    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await reminders.openFromNotification(followUpNotificationId(id));
    expect(opened).toHaveBeenCalledWith({ url: POST.url });
    expect(cleared).toContain(followUpNotificationId(id));
    // Someone else's notification is not ours to open.
    opened.mockClear();
    await reminders.openFromNotification('onbrand-calendar:entry:x');
    expect(opened).not.toHaveBeenCalled();
  });

  it('shows a reminder missed while the browser was closed at the next start, and only that one', async () => {
    await save(tab('https://x.com/home'));
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}2`, dueAt: NOW + 3 * HOUR });
    // The browser restarted with its alarms gone, two hours on.
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(NOW + 2 * HOUR);
    followUpReminders(db).start();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect(notified.map(([, options]) => options.message)).toEqual([POST.note.trim()]),
    );
    await vi.waitFor(async () => expect(await alarms()).toEqual(theAlarmAt(NOW + 3 * HOUR)));
  });

  it('a ring and a browser start at once show a reminder once', async () => {
    await save(tab('https://x.com/home'));
    const reminders = followUpReminders(db);
    await Promise.all([reminders.remindDue(NOW + HOUR), reminders.reconcile(NOW + HOUR)]);
    expect(notified).toHaveLength(1);
  });

  it('a notification the browser refuses is not tried again: the alarm moves on to the next one', async () => {
    await save(tab('https://x.com/home'));
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}2`, dueAt: NOW + 3 * HOUR });
    vi.mocked(fakeBrowser.notifications.create).mockRejectedValueOnce(new Error('Notifications are off'));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await followUpReminders(db).remindDue(NOW + HOUR);
    expect(warned).toHaveBeenCalledOnce();
    expect(await alarms()).toEqual(theAlarmAt(NOW + 3 * HOUR));
    await followUpReminders(db).remindDue(NOW + 2 * HOUR);
    expect(notified).toEqual([]);
    warned.mockRestore();
  });

  it('says the notification in German on a German UI', async () => {
    setTestUiLanguage('de');
    await save(tab('https://x.com/home'), { ...POST, note: '' });
    await followUpReminders(db).remindDue(NOW + HOUR);
    expect(notified[0]?.[1]).toMatchObject({
      title: 'Wiedervorlage: @acmecoffee auf X',
      message: 'Our new marmalade latte is here.',
    });
  });

  it('done moves the alarm on to the next one and no reminder comes; only OnBrand’s pages may mark it', async () => {
    await save(tab('https://x.com/home'));
    await save(tab('https://x.com/home'), { ...POST, url: `${POST.url}2`, dueAt: NOW + 3 * HOUR });
    const id = (await followUpsRepository(db).open()).find((f) => f.url === POST.url)?.id ?? '';
    expect(await route({ type: 'followUps.done', payload: { id } }, tab('https://x.com/home'))).toMatchObject(
      {
        ok: false,
      },
    );
    expect(await alarms()).toEqual(theAlarmAt(NOW + HOUR));
    expect(await route({ type: 'followUps.done', payload: { id } }, dashboard)).toEqual({
      ok: true,
      data: { id, status: 'done' },
    });
    expect(await alarms()).toEqual(theAlarmAt(NOW + 3 * HOUR));
    expect(cleared).toEqual([followUpNotificationId(id)]);
    expect((await followUpsRepository(db).get(id))?.doneAt).toBe(NOW);
    await followUpReminders(db).remindDue(NOW + 2 * HOUR);
    expect(notified).toEqual([]);
    // The last one done: no alarm is left.
    const other = (await followUpsRepository(db).open())[0]?.id ?? '';
    await route({ type: 'followUps.done', payload: { id: other } }, dashboard);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a snooze moves the alarm and brings a new reminder, also after the reminder was shown', async () => {
    await save(tab('https://x.com/home'));
    const [stored] = await followUpsRepository(db).open();
    const id = stored?.id ?? '';
    const reminders = followUpReminders(db);
    await reminders.remindDue(NOW + HOUR);
    expect(notified).toHaveLength(1);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await route({ type: 'followUps.snooze', payload: { id, snooze: 'tomorrow' } }, dashboard)).toEqual(
      {
        ok: true,
        data: { id, snoozedUntil: new Date(2026, 11, 8, 9, 0).getTime() },
      },
    );
    expect(cleared).toEqual([followUpNotificationId(id)]);
    expect(await alarms()).toEqual(theAlarmAt(new Date(2026, 11, 8, 9, 0).getTime()));
    await route({ type: 'followUps.snooze', payload: { id, snooze: 'hour' } }, dashboard);
    expect(await alarms()).toEqual(theAlarmAt(NOW + HOUR));
    await reminders.remindDue(NOW + HOUR - 1);
    expect(notified).toHaveLength(1);
    await reminders.remindDue(NOW + HOUR);
    expect(notified).toHaveLength(2);
    expect(
      await route({ type: 'followUps.snooze', payload: { id: 'gone', snooze: 'hour' } }, dashboard),
    ).toEqual({ ok: false, error: 'That follow-up no longer exists.' });
  });

  it('after a restore, the alarm is set again, what is overdue is shown, and old per-follow-up alarms go', async () => {
    await save(tab('https://x.com/home'));
    // Restored rows: one overdue and never reminded, one reminded already.
    const repository = followUpsRepository(db);
    const [saved] = await repository.open();
    if (!saved) throw new Error('not saved');
    await repository.put({ ...saved, id: 'overdue', url: `${POST.url}9`, dueAt: NOW - HOUR });
    await repository.put({
      ...saved,
      id: 'seen',
      url: `${POST.url}8`,
      dueAt: NOW - HOUR,
      remindedAt: NOW - HOUR,
    });
    // An older version's alarms, one per follow-up, and someone else's.
    await fakeBrowser.alarms.create(`onbrand.followUp:${saved.id}`, { when: NOW + HOUR });
    await fakeBrowser.alarms.create('onbrand.followUp:restored-away', { when: NOW + HOUR });
    await fakeBrowser.alarms.create('onbrand.calendar.reminder', { when: NOW + HOUR });
    await fakeBrowser.alarms.clear(FOLLOW_UP_ALARM);
    expect(await route({ type: 'followUps.changed', payload: {} }, dashboard)).toEqual({
      ok: true,
      data: {},
    });
    expect(notified.map(([id]) => id)).toEqual([followUpNotificationId('overdue')]);
    expect((await alarms()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'onbrand.calendar.reminder', scheduledTime: NOW + HOUR },
      ...theAlarmAt(NOW + HOUR),
    ]);
  });

  it('600 open follow-ups: restored and saved under Chrome’s 500-alarm limit, one alarm, each reminded when due', async () => {
    const COUNT = 600;
    const SAVED = 10;
    const at = (i: number) => NOW + HOUR + i * MINUTE;
    // In an order other than their due times: the alarm still follows the soonest.
    const dueAt = (i: number) => at((i * 7) % COUNT);
    const post = (i: number): NewFollowUp => ({
      ...POST,
      url: `https://x.com/acmecoffee/status/${1859000000000000001n + BigInt(i)}`,
      postId: undefined,
      note: `Follow-up ${i}`,
      dueAt: dueAt(i),
    });
    // A backup's worth restored, then the dashboard asks for the reminders: one alarm, not 590.
    const repository = followUpsRepository(db);
    await db.followUps.bulkPut(
      Array.from({ length: COUNT - SAVED }, (_, i) => ({
        ...(post(i) as Omit<NewFollowUp, 'text'>),
        id: `restored-${i}`,
        author: POST.author,
        excerpt: 'Restored',
        status: 'open' as const,
        createdAt: NOW - HOUR,
      })),
    );
    expect(await route({ type: 'followUps.changed', payload: {} }, dashboard)).toMatchObject({ ok: true });
    // And saving goes on working past 500.
    for (let i = COUNT - SAVED; i < COUNT; i++)
      expect(await save(tab('https://x.com/home'), post(i))).toMatchObject({ ok: true });
    expect(await repository.open()).toHaveLength(COUNT);
    expect(await alarms()).toEqual(theAlarmAt(at(0)));

    const reminders = followUpReminders(db);
    await reminders.remindDue(at(299));
    expect(notified).toHaveLength(300);
    expect(new Set(notified.map(([id]) => id)).size).toBe(300);
    expect(await alarms()).toEqual(theAlarmAt(at(300)));

    await reminders.remindDue(at(COUNT - 1));
    expect(notified).toHaveLength(COUNT);
    expect(new Set(notified.map(([, options]) => options.message))).toEqual(
      new Set(Array.from({ length: COUNT }, (_, i) => `Follow-up ${i}`)),
    );
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  }, 30_000);
});
