import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  calendarHandlers,
  calendarReminders,
  REMINDER_ALARM,
} from '@/entrypoints/background/handlers/calendar';
import { guidelinesHandlers } from '@/entrypoints/background/handlers/guidelines';
import type { Sender, SenderOrigin } from '@/entrypoints/background/router';
import { checkDraft } from '@/utils/checks';
import { publishedLogToCsv } from '@/utils/crisis/published-log';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { crisesRepository, entriesInside } from '@/utils/db/crises';
import type { Brand, CapturedPost, SavedReply } from '@/utils/db/records';
import { RecordInputError } from '@/utils/db/table-repository';
import { pickerOrder } from '@/utils/replies/picker-order';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';
import { capturedPost } from './captured-post';

const db = freshDatabaseEachTest('crisis-mode-test');
const HOUR = 3_600_000;
const START = Date.parse('2026-12-03T10:00:00Z');

async function acme(): Promise<Brand> {
  return brandsRepository(db()).save({
    ...newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1),
    id: 'acme',
    isDefault: true,
    watchTerms: ['recall', 'Lot 42'],
  });
}

describe('crisis mode of a brand', () => {
  it('is started with a reason, once at a time, and ended', async () => {
    const crises = crisesRepository(db());
    await expect(crises.start('acme', '   ', START)).rejects.toThrow('Say why');
    const crisis = await crises.start('acme', ' Product recall of Lot 42 ', START);
    expect(crisis.reason).toBe('Product recall of Lot 42');
    await expect(crises.start('acme', 'Another', START + 1)).rejects.toBeInstanceOf(RecordInputError);
    expect((await crises.open('acme'))?.id).toBe(crisis.id);
    await crises.end(crisis.id, START + HOUR);
    expect(await crises.open('acme')).toBeUndefined();
    expect((await crises.forBrand('acme'))[0]?.endedAt).toBe(START + HOUR);
  });

  it('lists the scheduled and promotional entries planned since it began, not ideas, organic drafts or the past', async () => {
    const brand = await acme();
    const crisis = await crisesRepository(db()).start('acme', 'Recall', START);
    const entries = [
      calendarEntry({ id: 'scheduled', status: 'scheduled', at: START + HOUR }),
      calendarEntry({ id: 'promo', status: 'draft', relationship: 'own-product', at: START + 2 * HOUR }),
      calendarEntry({
        id: 'paid',
        status: 'approved',
        relationship: 'paid',
        partnerBrand: 'Trail Co',
        at: START + 3 * HOUR,
      }),
      calendarEntry({ id: 'organic', status: 'draft', at: START + HOUR }),
      calendarEntry({
        id: 'idea',
        status: 'idea',
        relationship: 'paid',
        partnerBrand: 'Trail Co',
        at: START + HOUR,
      }),
      calendarEntry({ id: 'published', status: 'published', at: START + HOUR }),
      calendarEntry({ id: 'before', status: 'scheduled', at: START - 1 }),
    ];
    expect(entriesInside(crisis, entries, [brand]).map((e) => e.id)).toEqual(['scheduled', 'promo', 'paid']);
    // An ended crisis covers only its own period.
    const ended = { ...crisis, endedAt: START + 2 * HOUR };
    expect(entriesInside(ended, entries, [brand]).map((e) => e.id)).toEqual(['scheduled']);
  });

  it('pauses entries in one go, which clears their reminder alarm, and resumes them with it', async () => {
    const calendar = calendarRepository(db());
    const reminders = calendarReminders(db());
    const crises = crisesRepository(db());
    await calendar.save(calendarEntry({ id: 'soon', status: 'scheduled', at: Date.now() + HOUR }));
    await calendar.save(calendarEntry({ id: 'later', status: 'scheduled', at: Date.now() + 2 * HOUR }));
    await reminders.reschedule();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();

    const crisis = await crises.start('acme', 'Recall');
    await crises.pause(crisis, ['soon', 'later']);
    expect((await calendar.get('soon'))?.pausedBy).toBe(crisis.id);
    expect(await reminders.reschedule()).toBeNull();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();

    // Someone resumes one by hand meanwhile (saving it without the pause); the resume leaves it as it is.
    const { pausedBy: _, ...byHand } = (await calendar.get('later')) as NonNullable<
      Awaited<ReturnType<typeof calendar.get>>
    >;
    await calendar.save({ ...byHand, title: 'Edited by hand' });
    await crises.resume(crisis);
    expect((await calendar.get('soon'))?.pausedBy).toBeUndefined();
    expect((await calendar.get('later'))?.title).toBe('Edited by hand');
    expect((await crises.get(crisis.id))?.pausedEntryIds).toEqual([]);
    expect(await reminders.reschedule()).toBe((await calendar.get('soon'))?.at);
  });

  it('offers no paused draft in the composer', async () => {
    const calendar = calendarRepository(db());
    await calendar.save(
      calendarEntry({ id: 'due', status: 'scheduled', at: Date.now(), drafts: { x: 'Big sale!' } }),
    );
    const handlers = calendarHandlers(db());
    const sender: Sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 1 } };
    const origin = { extensionPage: false, site: { id: 'x' } } as SenderOrigin;
    expect((await handlers['calendar.dueDraft']({ platform: 'x' }, sender, origin)).entry?.id).toBe('due');
    const crises = crisesRepository(db());
    await crises.pause(await crises.start('acme', 'Recall'), ['due']);
    expect((await handlers['calendar.dueDraft']({ platform: 'x' }, sender, origin)).entry).toBeNull();
  });

  it('reaches the composers with the brand: the reason for the banner, the watch list for the checks', async () => {
    await acme();
    const active = guidelinesHandlers(db())['brand.active'];
    const origin = { extensionPage: false } as SenderOrigin;
    const before = await active({ site: 'x' }, {}, origin);
    expect(before).toMatchObject({ crisis: null, watchTerms: ['recall', 'Lot 42'] });
    await crisesRepository(db()).start('acme', 'Recall of Lot 42', START);
    expect((await active({ site: 'x' }, {}, origin))?.crisis).toEqual({
      reason: 'Recall of Lot 42',
      startedAt: START,
    });
  });

  it('logs what was marked published and what an import brought while it lasted', async () => {
    const brand = await acme();
    const crises = crisesRepository(db());
    const crisis = await crises.start('acme', 'Recall', START);
    const calendar = calendarRepository(db());
    await calendar.save(calendarEntry({ id: 'before', status: 'published', publishedAt: START - 1 }));
    await calendar.save(
      calendarEntry({
        id: 'during',
        status: 'published',
        publishedAt: START + HOUR,
        drafts: { x: 'We are sorry.' },
      }),
    );
    await analyticsRepository(db()).posts.putRows([
      {
        id: 'x:1',
        platform: 'x',
        text: '=HYPERLINK("evil")',
        publishedAt: START + 2 * HOUR,
        permalink: 'https://x.com/acme/status/1',
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'x:2',
        platform: 'x',
        text: 'Matched',
        publishedAt: START + HOUR,
        calendarEntryId: 'during',
        createdAt: 1,
        updatedAt: 1,
      },
      {
        // Matched to an entry nobody marked published: the post is the only record that it went out.
        id: 'x:3',
        platform: 'x',
        text: 'Went out as planned',
        publishedAt: START + 2.5 * HOUR,
        calendarEntryId: 'planned',
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    await calendar.save(calendarEntry({ id: 'planned', status: 'scheduled' }));
    const rows = await crises.publishedDuring(crisis, [brand], START + 3 * HOUR);
    expect(rows.map((row) => [row.from, row.text])).toEqual([
      ['calendar', 'We are sorry.'],
      ['analytics', '=HYPERLINK("evil")'],
      ['analytics', 'Went out as planned'],
    ]);
    const csv = Papa.parse<string[]>(publishedLogToCsv(rows)).data;
    expect(csv[0]).toEqual(['published_at', 'platforms', 'text', 'recorded_by', 'permalink']);
    expect(csv[1]).toEqual([
      '2026-12-03T11:00:00.000Z',
      'X; LinkedIn',
      'We are sorry.',
      'Mark published',
      '',
    ]);
    // A spreadsheet must not run a post's text as a formula.
    expect(csv[2]?.[2]).toBe(`'=HYPERLINK("evil")`);
    expect(Papa.parse<string[]>(publishedLogToCsv([])).data[0]).toEqual([
      'published_at',
      'platforms',
      'text',
      'recorded_by',
      'permalink',
    ]);
  });
});

describe('the crisis log and the snapshots read on the brand’s pages', () => {
  it('lists the brand’s posts read on its page during the crisis, by publish time else first sighting', async () => {
    const brands = brandsRepository(db());
    const brand = await brands.save({ ...(await acme()), accounts: [{ platform: 'x', handle: 'acme' }] });
    const other = await brands.save({
      ...newBrand('Trail Co', { name: 'Trail Co', version: 1, marks: [], rules: [] }, 2),
      id: 'trail',
      accounts: [{ platform: 'x', handle: 'trailco' }],
    });
    const crisis = await crisesRepository(db()).start('acme', 'Recall', START);
    const analytics = analyticsRepository(db());
    const read = (post: CapturedPost, at: number, handles: string[]) =>
      analytics.recordBrowseSnapshots([post], { platform: 'x', own: new Set(handles) }, at);
    // Published before the crisis, first read on the page during it: it went out before.
    await read(
      capturedPost({ postId: '1', permalink: 'https://x.com/acme/status/1', text: 'Old news' }),
      START + HOUR,
      ['acme'],
    );
    // No time on the page: it had gone out by the time the page showed it.
    await read(
      capturedPost({
        postId: '2',
        permalink: 'https://x.com/acme/status/2',
        text: 'We are recalling Lot 42.',
        publishedAt: undefined,
      }),
      START + 2 * HOUR,
      ['acme'],
    );
    // The other brand's account is the other brand's post, whatever the site would pick.
    await read(
      capturedPost({
        postId: '3',
        permalink: 'https://x.com/trailco/status/3',
        author: { handle: '@trailco' },
        text: 'Trail news',
        publishedAt: START + HOUR,
      }),
      START + 2 * HOUR,
      ['trailco'],
    );
    const rows = await crisesRepository(db()).publishedDuring(crisis, [brand, other], START + 3 * HOUR);
    expect(rows.map((row) => [row.from, row.at, row.text])).toEqual([
      ['snapshot', START + 2 * HOUR, 'We are recalling Lot 42.'],
    ]);
    const csv = Papa.parse<string[]>(publishedLogToCsv(rows)).data;
    expect(csv[1]).toEqual([
      '2026-12-03T12:00:00.000Z',
      'X',
      'We are recalling Lot 42.',
      'snapshot read on X',
      'https://x.com/acme/status/2',
    ]);
  });
});

describe('the reply picker’s order', () => {
  const reply = (title: string, usageCount: number, tags: string[] = []): SavedReply => ({
    id: title,
    title,
    body: title,
    tags,
    platforms: [],
    variants: {},
    usageCount,
    createdAt: 1,
    updatedAt: 1,
  });
  const replies = [
    reply('Thanks', 40),
    reply('We are looking into it', 1, ['Holding statement']),
    reply('Apology', 5, ['holding']),
    reply('Shipping times', 12),
  ];
  it('is most used first, holding statements first during a crisis', () => {
    expect(pickerOrder(replies, false).map((r) => r.title)).toEqual([
      'Thanks',
      'Shipping times',
      'Apology',
      'We are looking into it',
    ]);
    expect(pickerOrder(replies, true).map((r) => r.title)).toEqual([
      'Apology',
      'We are looking into it',
      'Thanks',
      'Shipping times',
    ]);
  });
});

describe('crisis-watch: the brand’s sensitive terms', () => {
  const watch = (text: string, crisis?: { reason: string }) =>
    checkDraft(text, { platform: 'x', watchTerms: ['recall', 'Lot 42'], ...(crisis ? { crisis } : {}) })
      .filter((f) => f.ruleId === 'crisis-watch')
      .map((f) => `${text.slice(f.start, f.end)} ${f.severity}`);

  it('warns outside a crisis and is an error during one, naming the reason', () => {
    expect(watch('About the RECALL of lot  42 today')).toEqual(['RECALL warning', 'lot  42 warning']);
    expect(watch('About the recall', { reason: 'Lot 42 recall' })).toEqual(['recall error']);
    const [finding] = checkDraft('About the recall', {
      platform: 'x',
      watchTerms: ['recall'],
      crisis: { reason: 'Lot 42 recall' },
    }).filter((f) => f.ruleId === 'crisis-watch');
    expect(finding?.message).toContain('crisis mode (Lot 42 recall)');
  });

  it('matches whole words only, and nothing without a watch list', () => {
    expect(watch('We recalled nothing; lot 420 is fine')).toEqual([]);
    expect(
      checkDraft('recall', { platform: 'x', crisis: { reason: 'r' } }).filter(
        (f) => f.ruleId === 'crisis-watch',
      ),
    ).toEqual([]);
  });
});
