import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  calendarHandlers,
  calendarReminders,
  REMINDER_ALARM,
} from '@/entrypoints/background/handlers/calendar';
import { createRouter, type Handlers, type Sender } from '@/entrypoints/background/router';
import { calendarRepository } from '@/utils/db/calendar';
import type { OnBrandDatabase } from '@/utils/db/database';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabase } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const MINUTE = 60_000;
const identity = { extensionId: fakeBrowser.runtime.id, extensionBaseUrl: fakeBrowser.runtime.getURL('/') };
const popup: Sender = { id: identity.extensionId, url: `${identity.extensionBaseUrl}popup.html` };
const tab = (url: string, id = 7): Sender => ({ id: identity.extensionId, url, tab: { id, url } });

const NAME = 'calendar-reminders-test';
let db: OnBrandDatabase;
let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  db = await freshDatabase(NAME);
  route = createRouter(calendarHandlers(db) as Handlers, identity);
});
afterEach(() => {
  vi.useRealTimers();
  setTestUiLanguage('en');
  db.close();
});

describe('reminders', () => {
  it('sets one alarm at the next planned entry, skipping ideas and published posts', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'idea', status: 'idea', at: NOW + 5 * MINUTE }));
    await calendar.save(calendarEntry({ id: 'done', status: 'published', at: NOW + 6 * MINUTE }));
    await calendar.save(calendarEntry({ id: 'past', status: 'scheduled', at: NOW - MINUTE }));
    await calendar.save(calendarEntry({ id: 'next', status: 'scheduled', at: NOW + 10 * MINUTE }));
    await calendar.save(calendarEntry({ id: 'later', status: 'approved', at: NOW + 60 * MINUTE }));
    expect(await route({ type: 'calendar.remindersChanged', payload: {} }, popup)).toEqual({
      ok: true,
      data: { nextReminderAt: NOW + 10 * MINUTE },
    });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 10 * MINUTE);
  });

  it('refuses a reschedule request from a site', async () => {
    const reply = await route({ type: 'calendar.remindersChanged', payload: {} }, tab('https://x.com/home'));
    expect(reply).toMatchObject({ ok: false });
  });

  it('notifies once per platform of a due entry, with its findings, and opens the composer on click', async () => {
    const calendar = calendarRepository(db);
    const reminders = calendarReminders(db);
    await reminders.remindDue(NOW);
    await calendar.save(
      calendarEntry({ id: 'due', at: NOW + MINUTE, drafts: { x: 'a'.repeat(300), linkedin: 'Fine.' } }),
    );
    await calendar.save(calendarEntry({ id: 'idea', status: 'idea', at: NOW + MINUTE }));
    const created: Array<[string, { title: string; message: string }]> = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
      id: string,
      options: { title: string; message: string },
    ) => {
      created.push([id, options]);
      return id;
    }) as never);

    await reminders.remindDue(NOW + MINUTE);
    expect(created.map(([id]) => id)).toEqual(['onbrand-calendar:due:x', 'onbrand-calendar:due:linkedin']);
    expect(created[0]?.[1].title).toBe('Time to post on X');
    expect(created[0]?.[1].message).toMatch(
      /^Spring launch teaser\n[1-9]\d* findings?\. Click to open the composer\.$/,
    );
    expect(created[1]?.[1].message).toContain('no findings');

    // The same moment doesn't ring twice.
    await reminders.remindDue(NOW + 2 * MINUTE);
    expect(created).toHaveLength(2);

    // Extension storage cleared while the next alarm was set: the entry that alarm was for still rings.
    await calendar.save(calendarEntry({ id: 'after', at: NOW + 10 * MINUTE, drafts: { x: 'Fine.' } }));
    await fakeBrowser.storage.local.clear();
    await reminders.remindDue(NOW + 10 * MINUTE);
    expect(created.map(([id]) => id).slice(2)).toContain('onbrand-calendar:after:x');

    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await reminders.openFromNotification('onbrand-calendar:due:x');
    expect(opened).toHaveBeenCalledWith({ url: 'https://x.com/compose/post' });
  });
});

describe('reminders in a German browser', () => {
  it('are worded in German, with the platform’s name and the count of findings', async () => {
    setTestUiLanguage('de');
    const reminders = calendarReminders(db);
    await reminders.remindDue(NOW);
    await calendarRepository(db).save(
      calendarEntry({
        id: 'due',
        title: 'Frühlingsaktion',
        at: NOW + MINUTE,
        drafts: { linkedin: 'Schön.' },
      }),
    );
    const created: Array<{ title: string; message: string }> = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (
      id: string,
      options: { title: string; message: string },
    ) => {
      created.push(options);
      return id;
    }) as never);
    await reminders.remindDue(NOW + MINUTE);
    expect(created).toEqual([
      expect.objectContaining({
        title: 'Zeit für Ihren Beitrag auf X',
        message: 'Frühlingsaktion\nNoch kein Entwurf. Klicken Sie hier, um den Beitrag zu verfassen.',
      }),
      expect.objectContaining({
        title: 'Zeit für Ihren Beitrag auf LinkedIn',
        message:
          'Frühlingsaktion\nEntwurf geprüft: keine Hinweise. Klicken Sie hier, um den Beitrag zu verfassen.',
      }),
    ]);
  });
});

describe('the overlay’s scheduled-draft messages', () => {
  it('gives a site its own platform’s due draft, and refuses another platform’s', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'soon', status: 'scheduled', at: NOW + 10 * MINUTE }));
    await calendar.save(calendarEntry({ id: 'far', status: 'scheduled', at: NOW + 5 * 3_600_000 }));
    expect(
      await route({ type: 'calendar.dueDraft', payload: { platform: 'x' } }, tab('https://x.com/home')),
    ).toEqual({
      ok: true,
      data: {
        entry: {
          id: 'soon',
          title: 'Spring launch teaser',
          at: NOW + 10 * MINUTE,
          platform: 'x',
          text: 'Something new is coming 🌱',
        },
      },
    });
    const foreign = await route(
      { type: 'calendar.dueDraft', payload: { platform: 'linkedin' } },
      tab('https://x.com/home'),
    );
    expect(foreign).toMatchObject({
      ok: false,
      error: expect.stringContaining('can’t read LinkedIn drafts'),
    });
  });

  it('offers the entry whose reminder opened the tab, even when another is closer to now', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'reminded', status: 'scheduled', at: NOW - 2 * 3_600_000 }));
    await calendar.save(calendarEntry({ id: 'closer', status: 'scheduled', at: NOW }));
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 42 } as never);
    await calendarReminders(db).openFromNotification('onbrand-calendar:reminded:x');
    const ask = (tabId: number) =>
      route(
        { type: 'calendar.dueDraft', payload: { platform: 'x' } },
        tab('https://x.com/compose/post', tabId),
      );
    expect(await ask(42)).toMatchObject({ ok: true, data: { entry: { id: 'reminded' } } });
    expect(await ask(43)).toMatchObject({ ok: true, data: { entry: { id: 'closer' } } });
  });

  it('offers nothing when no draft for the platform is due', async () => {
    await calendarRepository(db).save(calendarEntry({ status: 'idea', at: NOW }));
    expect(
      await route({ type: 'calendar.dueDraft', payload: { platform: 'x' } }, tab('https://x.com/home')),
    ).toEqual({ ok: true, data: { entry: null } });
  });

  it('marks published from the popup or a site the entry is planned for, not from another site', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'a', platforms: ['x'] }));
    const fromBluesky = await route(
      { type: 'calendar.markPublished', payload: { id: 'a' } },
      tab('https://bsky.app/'),
    );
    expect(fromBluesky).toMatchObject({ ok: false });
    expect((await calendar.get('a'))?.status).toBe('draft');

    const fromX = await route(
      { type: 'calendar.markPublished', payload: { id: 'a' } },
      tab('https://x.com/home'),
    );
    expect(fromX).toEqual({ ok: true, data: { id: 'a', status: 'published', publishedAt: NOW } });

    await calendar.save(calendarEntry({ id: 'b' }));
    expect(await route({ type: 'calendar.markPublished', payload: { id: 'b' } }, popup)).toMatchObject({
      ok: true,
    });
    expect(await route({ type: 'calendar.markPublished', payload: { id: '' } }, popup)).toMatchObject({
      ok: false,
    });
  });

  it.each([
    {
      language: 'en' as const,
      gone: 'That calendar entry no longer exists.',
      failed: 'OnBrand could not finish that. Try again; if it fails again, reload the page. Details: ',
    },
    {
      language: 'de' as const,
      gone: 'Diesen Eintrag im Redaktionsplan gibt es nicht mehr.',
      failed:
        'OnBrand konnte das nicht abschließen. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie die Seite neu. Details: ',
    },
  ])(
    'in $language, the popup reads why an entry was not marked published: deleted elsewhere, or the database failed',
    async ({ language, gone, failed }) => {
      setTestUiLanguage(language);
      expect(await route({ type: 'calendar.markPublished', payload: { id: 'deleted' } }, popup)).toEqual({
        ok: false,
        error: gone,
      });
      db.close();
      const reply = await route({ type: 'calendar.markPublished', payload: { id: 'a' } }, popup);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(`^${failed}\\S`) });
    },
  );

  it("keeps the link the page showed for the post just sent, on the sender's platform only", async () => {
    const calendar = calendarRepository(db);
    await calendar.save(
      calendarEntry({
        id: 'a',
        platforms: ['x', 'bluesky'],
        publishedLinks: { bluesky: 'https://bsky.app/profile/acme.bsky.social/post/3k' },
      }),
    );
    const mark = (link: string, from: Sender) =>
      route({ type: 'calendar.markPublished', payload: { id: 'a', link } }, from);

    // Another site's link, a link from the popup (which saw no post sent) and a link that is no https
    // address are refused, and change nothing.
    expect(
      await mark('https://bsky.app/profile/acme.bsky.social/post/9z', tab('https://x.com/home')),
    ).toMatchObject({
      ok: false,
    });
    expect(await mark('https://x.com/acmecoffee/status/1', popup)).toMatchObject({ ok: false });
    expect(await mark('javascript:alert(1)', tab('https://x.com/home'))).toMatchObject({ ok: false });
    expect((await calendar.get('a'))?.status).toBe('draft');

    expect(
      await mark('https://x.com/acmecoffee/status/1866000000000000001', tab('https://x.com/home')),
    ).toEqual({
      ok: true,
      data: { id: 'a', status: 'published', publishedAt: NOW },
    });
    expect((await calendar.get('a'))?.publishedLinks).toEqual({
      bluesky: 'https://bsky.app/profile/acme.bsky.social/post/3k',
      x: 'https://x.com/acmecoffee/status/1866000000000000001',
    });
  });
});
