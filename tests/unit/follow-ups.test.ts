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
  alarmName,
  dueAtFor,
  idFromAlarm,
  isDue,
  localInputValue,
  needsAlarm,
  openByDueTime,
  ringsAt,
  snoozedUntilFor,
} from '@/utils/follow-ups/schedule';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabase } from '../shared/fresh-database';

const HOUR = 3_600_000;
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
    expect(needsAlarm(open)).toBe(true);
    expect(needsAlarm({ ...open, remindedAt: NOW - HOUR })).toBe(false);
    // Snoozed after its reminder: a new reminder at the snooze.
    expect(needsAlarm({ ...open, remindedAt: NOW - HOUR, snoozedUntil: NOW + HOUR })).toBe(true);
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

  it('names alarms after the follow-up and knows only its own', () => {
    expect(idFromAlarm(alarmName('f1'))).toBe('f1');
    expect(idFromAlarm('onbrand.calendar.reminder')).toBeUndefined();
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
  let db: OnBrandDatabase;
  let route: ReturnType<typeof createRouter>;
  const notified: Array<[string, { title: string; message: string }]> = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    db = await freshDatabase(NAME);
    route = createRouter(followUpHandlers(db) as Handlers, identity);
    notified.length = 0;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
      id: string,
      options: { title: string; message: string },
    ) => {
      notified.push([id, options]);
      return id;
    }) as never);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true as never);
  });
  afterEach(() => {
    vi.useRealTimers();
    setTestUiLanguage('en');
    db.close();
  });

  const save = (sender: Sender, post: NewFollowUp = POST) =>
    route({ type: 'followUps.save', payload: post }, sender);

  it('saves a follow-up from a post of the sender’s own site and sets its alarm at the due time', async () => {
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
    expect((await fakeBrowser.alarms.get(alarmName(stored?.id ?? '')))?.scheduledTime).toBe(NOW + HOUR);
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
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime)).toEqual([NOW + 5 * HOUR]);
  });

  it('at its time notifies with the note and the post, once, and the click opens the post', async () => {
    await save(tab('https://x.com/home'));
    const [stored] = await followUpsRepository(db).open();
    const id = stored?.id ?? '';
    const reminders = followUpReminders(db);
    await reminders.ring(id, NOW + HOUR);
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
    // Reminded: a browser start does not set its alarm again.
    await fakeBrowser.alarms.clearAll();
    await reminders.reconcile();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await reminders.openFromNotification(followUpNotificationId(id));
    expect(opened).toHaveBeenCalledWith({ url: POST.url });
    // Someone else's notification is not ours to open.
    opened.mockClear();
    await reminders.openFromNotification('onbrand-calendar:entry:x');
    expect(opened).not.toHaveBeenCalled();
  });

  it('says the notification in German on a German UI', async () => {
    setTestUiLanguage('de');
    await save(tab('https://x.com/home'), { ...POST, note: '' });
    const [stored] = await followUpsRepository(db).open();
    await followUpReminders(db).ring(stored?.id ?? '', NOW + HOUR);
    expect(notified[0]?.[1]).toMatchObject({
      title: 'Wiedervorlage: @acmecoffee auf X',
      message: 'Our new marmalade latte is here.',
    });
  });

  it('done cancels the alarm and no reminder comes; only OnBrand’s pages may mark it', async () => {
    await save(tab('https://x.com/home'));
    const [stored] = await followUpsRepository(db).open();
    const id = stored?.id ?? '';
    expect(await route({ type: 'followUps.done', payload: { id } }, tab('https://x.com/home'))).toMatchObject(
      {
        ok: false,
      },
    );
    expect(await route({ type: 'followUps.done', payload: { id } }, dashboard)).toEqual({
      ok: true,
      data: { id, status: 'done' },
    });
    expect(await fakeBrowser.alarms.get(alarmName(id))).toBeUndefined();
    expect(await followUpsRepository(db).open()).toEqual([]);
    expect((await followUpsRepository(db).get(id))?.doneAt).toBe(NOW);
    await followUpReminders(db).ring(id, NOW + HOUR);
    expect(notified).toEqual([]);
  });

  it('a snooze moves the alarm, also after the reminder was shown', async () => {
    await save(tab('https://x.com/home'));
    const [stored] = await followUpsRepository(db).open();
    const id = stored?.id ?? '';
    await followUpReminders(db).ring(id, NOW + HOUR);
    expect(await route({ type: 'followUps.snooze', payload: { id, snooze: 'tomorrow' } }, dashboard)).toEqual(
      {
        ok: true,
        data: { id, snoozedUntil: new Date(2026, 11, 8, 9, 0).getTime() },
      },
    );
    expect((await fakeBrowser.alarms.get(alarmName(id)))?.scheduledTime).toBe(
      new Date(2026, 11, 8, 9, 0).getTime(),
    );
    await route({ type: 'followUps.snooze', payload: { id, snooze: 'hour' } }, dashboard);
    expect((await fakeBrowser.alarms.get(alarmName(id)))?.scheduledTime).toBe(NOW + HOUR);
    expect(
      await route({ type: 'followUps.snooze', payload: { id: 'gone', snooze: 'hour' } }, dashboard),
    ).toEqual({ ok: false, error: 'That follow-up no longer exists.' });
  });

  it('after a restore, every open follow-up has its alarm and no other follow-up alarm is left', async () => {
    await save(tab('https://x.com/home'));
    await fakeBrowser.alarms.create(alarmName('restored-away'), { when: NOW + HOUR });
    await fakeBrowser.alarms.create('onbrand.calendar.reminder', { when: NOW + HOUR });
    await fakeBrowser.alarms.clear(alarmName((await followUpsRepository(db).open())[0]?.id ?? ''));
    expect(await route({ type: 'followUps.changed', payload: {} }, dashboard)).toEqual({
      ok: true,
      data: {},
    });
    const [stored] = await followUpsRepository(db).open();
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(
      [alarmName(stored?.id ?? ''), 'onbrand.calendar.reminder'].sort(),
    );
  });
});
