import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brandsRepository } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { OnBrandDatabase } from '@/utils/db/database';
import { SCHEMA_VERSIONS } from '@/utils/db/migrations';
import type { CalendarEntry, ResearchPost, SavedReply } from '@/utils/db/records';
import { repliesRepository } from '@/utils/db/replies';
import { researchRepository } from '@/utils/db/research';
import { settingsRepository } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'onbrand-test';
let db: OnBrandDatabase;

beforeEach(async () => {
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const entry = (id: string, at: number): CalendarEntry => ({
  id,
  title: `Post ${id}`,
  at,
  timeZone: 'Europe/Berlin',
  platforms: ['x', 'linkedin'],
  status: 'draft',
  drafts: { x: 'Hello 👋' },
  relationship: 'none',
  createdAt: 1,
  updatedAt: 1,
});

describe('the onbrand database', () => {
  it('declares the newest schema version with every table the product needs', () => {
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'brands',
        'calendarEntries',
        'crises',
        'followUps',
        'importSources',
        'postPacks',
        'snapshotSets',
        'partners',
        'researchPosts',
        'savedReplies',
        'settings',
        'teamCheckpoints',
        'teamDocs',
        'teamRecords',
        'webStats',
      ].sort(),
    );
  });

  it('round-trips a record of every table through a closed and reopened database', async () => {
    const brand = {
      id: 'b1',
      name: 'Acme',
      guidelines: { name: 'Acme voice', version: 3, rules: [], marks: [] },
      disabledRules: [],
      jurisdictions: ['US', 'DE'] as const,
      defaultRelationship: 'unknown' as const,
      disclosureWording: { en: '#ad', de: 'Anzeige' },
      accounts: [{ platform: 'x' as const, handle: 'acme' }],
      sites: [],
      isDefault: true,
      createdAt: 1,
      updatedAt: 2,
    };
    const reply: SavedReply = {
      id: 'r1',
      title: 'Thanks',
      body: 'Thanks {author.name}!\nWe will DM you.',
      shortcut: 'thx',
      tags: ['support'],
      platforms: ['x'],
      variants: { x: 'Thanks!' },
      usageCount: 0,
      createdAt: 1,
      updatedAt: 1,
    };
    const post: ResearchPost = {
      id: 'p1',
      platform: 'x',
      permalink: 'https://x.com/acme/status/1',
      author: { name: 'Acme', handle: 'acme' },
      text: 'Launch day 🚀 #acme',
      metrics: [{ readAt: 5, likes: 10 }],
      media: { kind: 'none', count: 0 },
      hashtags: ['#acme'],
      mentions: [],
      tags: [],
      collections: [],
      isAd: false,
      isRepost: false,
      missing: ['publishedAt'],
      source: 'feed',
      savedAt: 5,
    };
    await brandsRepository(db).put({
      ...brand,
      jurisdictions: [...brand.jurisdictions],
      accounts: [...brand.accounts],
    });
    await calendarRepository(db).put(entry('c1', 1000));
    await repliesRepository(db).put(reply);
    await researchRepository(db).put(post);
    await settingsRepository(db).setSiteEnabled('x', false);

    db.close();
    db = new OnBrandDatabase(NAME);
    await db.open();

    expect(await brandsRepository(db).get('b1')).toEqual({ ...brand, jurisdictions: ['US', 'DE'] });
    expect(await calendarRepository(db).get('c1')).toEqual(entry('c1', 1000));
    expect(await repliesRepository(db).byShortcut('thx')).toEqual(reply);
    expect(await researchRepository(db).byPermalink('https://x.com/acme/status/1')).toEqual(post);
    expect(await settingsRepository(db).isSiteEnabled('x')).toBe(false);
    expect(await settingsRepository(db).isSiteEnabled('linkedin')).toBe(true);
  });

  it('refuses to write a record that breaks its schema, and writes nothing', async () => {
    const bad = { ...entry('c1', 1000), platforms: ['myspace'] } as unknown as CalendarEntry;
    await expect(calendarRepository(db).put(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.calendarEntries.count()).toBe(0);
  });

  it('skips and reports a damaged stored row instead of hiding the rest', async () => {
    const reported: string[] = [];
    await calendarRepository(db).put(entry('good', 1));
    await db.calendarEntries.put({ id: 'bad', title: 42 } as unknown as CalendarEntry);
    const { TableRepository } = await import('@/utils/db/table-repository');
    const { CalendarEntrySchema } = await import('@/utils/db/records');
    const repository = new TableRepository(db.calendarEntries, CalendarEntrySchema, (e) =>
      reported.push(e.message),
    );
    expect((await repository.list()).map((e) => e.id)).toEqual(['good']);
    expect(reported).toHaveLength(1);
  });

  it('finds calendar entries in a time range, in time order', async () => {
    const calendar = calendarRepository(db);
    for (const [id, at] of [
      ['a', 300],
      ['b', 100],
      ['c', 200],
      ['d', 400],
    ] as const) {
      await calendar.put(entry(id, at));
    }
    expect((await calendar.between(100, 400)).map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('switching a site back on removes only that site from the disabled list', async () => {
    const settings = settingsRepository(db);
    await settings.setSiteEnabled('x', false);
    await settings.setSiteEnabled('bluesky', false);
    await settings.setSiteEnabled('x', true);
    expect(await settings.read('disabledSites')).toEqual(['bluesky']);
  });

  it('falls back to the default when a stored setting is damaged', async () => {
    await db.settings.put({ key: 'disabledSites', value: 'not a list' });
    expect(await settingsRepository(db).isSiteEnabled('x')).toBe(true);
  });
});
