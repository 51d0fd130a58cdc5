import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  guidelinesHandlers,
  PACK_REFRESH_ALARM,
  refreshAllPacks,
  schedulePackRefresh,
} from '@/entrypoints/background/handlers/guidelines';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { exportPack } from '@/utils/brands/guidelines-pack';
import { STARTER_TEMPLATES } from '@/utils/brands/starter-templates';
import { type Guidelines, validateGuidelines } from '@/utils/checks';
import { activeGuidelines, brandsRepository, newBrand, pickBrand } from '@/utils/db/brands';
import type { OnBrandDatabase } from '@/utils/db/database';
import { type Brand, BrandSchema } from '@/utils/db/records';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'brands-test';
let db: OnBrandDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

/** Plain-word patterns: the pattern-safety analysis of regex-heavy packs is slow on a loaded machine. */
const guidelines = {
  name: 'Acme voice',
  version: 2,
  marks: [],
  rules: [
    { id: 'hype', kind: 'existence', message: 'No %s', severity: 'warning', tokens: ['synergy'] },
    { id: 'grade', kind: 'readability', message: 'Grade %s', severity: 'info', grade: 8 },
  ],
} satisfies Guidelines;

const brand = (id: string, extra: Partial<Brand> = {}, createdAt = 1): Brand => ({
  ...newBrand(id, { name: id, version: 1, rules: [], marks: [] }, createdAt),
  id,
  ...extra,
});

describe('BrandSchema', () => {
  it('accepts a complete brand and refuses a backtracking pattern, naming the field', () => {
    expect(BrandSchema.safeParse(brand('acme', { guidelines })).success).toBe(true);
    const bad = brand('acme', {
      guidelines: {
        ...guidelines,
        rules: [{ id: 'slow', kind: 'existence', message: 'x', severity: 'error', tokens: ['(a+)+$'] }],
      },
    });
    const result = BrandSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['guidelines', 'rules', 0, 'tokens', 0]);
    expect(result.error?.issues[0]?.message).toMatch(/exponentially|too complex/);
  });

  it.each([
    ['a handle with a space', { accounts: [{ platform: 'x' as const, handle: 'acme support' }] }, 'accounts'],
    ['an unknown language tag', { disclosureWording: { English: '#ad' } }, 'disclosureWording'],
    ['an http pack URL', { subscription: { url: 'http://example.com/pack.json' } }, 'subscription'],
  ])('refuses %s', (_name, extra, field) => {
    const result = BrandSchema.safeParse(brand('acme', extra as Partial<Brand>));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('ships starter templates that are valid guidelines with unique ids', () => {
    expect(STARTER_TEMPLATES.map((t) => t.id)).toEqual([
      'plain-friendly-b2c',
      'professional-b2b',
      'inclusive-language',
      'german-brand-voice',
    ]);
    for (const template of STARTER_TEMPLATES) {
      for (const guidelines of [template.guidelines, ...Object.values(template.byAddress ?? {})])
        expect(validateGuidelines(guidelines)).toEqual({ ok: true, guidelines });
    }
  });
});

describe('picking the brand for a page', () => {
  const brands = [
    brand('fallback', {}, 1),
    brand('default', { isDefault: true }, 2),
    brand('x-site', { sites: ['x'] }, 3),
    brand('support', { accounts: [{ platform: 'x', handle: 'Acme_Support' }] }, 4),
    brand('li-account', { accounts: [{ platform: 'linkedin', handle: 'acme_support' }] }, 5),
  ];

  it('prefers the account, then the site, then the default, then the oldest', () => {
    expect(pickBrand(brands, 'x', '@acme_support')?.id).toBe('support');
    expect(pickBrand(brands, 'x', 'someone_else')?.id).toBe('x-site');
    expect(pickBrand(brands, 'x')?.id).toBe('x-site');
    expect(pickBrand(brands, 'reddit')?.id).toBe('default');
    expect(
      pickBrand(
        brands.filter((b) => !b.isDefault),
        'reddit',
      )?.id,
    ).toBe('fallback');
    expect(pickBrand([], 'x')).toBeUndefined();
  });

  it('matches an account only on its own platform', () => {
    expect(pickBrand(brands, 'linkedin', 'acme_support')?.id).toBe('li-account');
    expect(pickBrand(brands, 'threads', 'acme_support')?.id).toBe('default');
  });

  it('checks only the rules switched on', () => {
    const b = brand('a', { guidelines, disabledRules: ['hype'] });
    expect(activeGuidelines(b).rules.map((r) => r.id)).toEqual(['grade']);
  });
});

describe('the brands repository', () => {
  it('keeps one default brand: saving a new default clears the old one', async () => {
    const repo = brandsRepository(db);
    await repo.save(brand('a', { isDefault: true }));
    await repo.save(brand('b', { isDefault: true }));
    expect((await repo.list()).filter((b) => b.isDefault).map((b) => b.id)).toEqual(['b']);
  });

  it('refuses to store an invalid rule and stores nothing', async () => {
    const bad = brand('a', {
      guidelines: {
        name: 'x',
        version: 1,
        marks: [],
        rules: [{ id: 'r', kind: 'readability', grade: 99 } as never],
      },
    });
    await expect(brandsRepository(db).save(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.brands.count()).toBe(0);
  });
});

describe('brand messages', () => {
  const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
  const xTab: Sender = {
    id: 'onbrand-id',
    url: 'https://x.com/home',
    tab: { id: 3, url: 'https://x.com/home' },
  };
  const dashboard: Sender = { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/options.html' };

  it('gives a page its brand with only the rules switched on, and lists brands for the switcher', async () => {
    const route = createRouter(guidelinesHandlers(db) as never, identity);
    expect(await route({ type: 'brand.active', payload: { site: 'x' } }, xTab)).toEqual({
      ok: true,
      data: null,
    });
    await brandsRepository(db).save(
      brand('acme', {
        guidelines,
        disabledRules: ['grade'],
        jurisdictions: ['UK'],
        defaultRelationship: 'paid',
        disclosureWording: { en: '#ad' },
        accounts: [{ platform: 'x', handle: 'acme' }],
      }),
    );
    await brandsRepository(db).save(brand('other', { isDefault: true }, 5));
    const reply = await route({ type: 'brand.active', payload: { site: 'x', account: 'ACME' } }, xTab);
    expect(reply).toMatchObject({
      ok: true,
      data: { id: 'acme', jurisdictions: ['UK'], relationship: 'paid', disclosureWording: { en: '#ad' } },
    });
    const ids = (reply as { data: { guidelines: { rules: { id: string }[] } } }).data.guidelines.rules.map(
      (r) => r.id,
    );
    expect(ids).toEqual(['hype']);

    // The panel's explicit choice wins over the account.
    expect(
      await route({ type: 'brand.active', payload: { site: 'x', account: 'acme', brandId: 'other' } }, xTab),
    ).toMatchObject({ ok: true, data: { id: 'other' } });
    expect(await route({ type: 'brand.list', payload: {} }, xTab)).toMatchObject({
      ok: true,
      data: {
        brands: expect.arrayContaining([
          { id: 'acme', name: 'acme' },
          { id: 'other', name: 'other' },
        ]),
      },
    });
  });

  it('tells every tab when brands change, and only the dashboard may say so', async () => {
    const route = createRouter(guidelinesHandlers(db) as never, identity);
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const received: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      if (tabId === tab.id) received.push(message);
    }) as typeof fakeBrowser.tabs.sendMessage;
    expect(await route({ type: 'brand.changed', payload: {} }, xTab)).toMatchObject({ ok: false });
    expect(received).toEqual([]);
    expect(await route({ type: 'brand.changed', payload: {} }, dashboard)).toEqual({ ok: true, data: {} });
    expect(received).toEqual([{ type: 'brands.changed' }]);
  });

  it('refreshes a subscribed pack into the database, keeping the last good copy when the URL breaks', async () => {
    const url = 'https://packs.example.com/acme.json';
    const served: Response[] = [];
    const route = createRouter(
      guidelinesHandlers(db, async () => served.shift() ?? new Response(null, { status: 500 })) as never,
      identity,
    );
    const noticed: unknown[] = [];
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      if (tabId === tab.id) noticed.push(message);
    }) as typeof fakeBrowser.tabs.sendMessage;
    await brandsRepository(db).save(brand('acme', { subscription: { url } }));

    const pack = { ...guidelines, version: 7 };
    served.push(new Response(exportPack(pack), { headers: { etag: '"7"' } }));
    expect(await route({ type: 'brand.refreshPack', payload: { brandId: 'acme' } }, dashboard)).toMatchObject(
      {
        ok: true,
        data: { packVersion: 7 },
      },
    );
    expect((await brandsRepository(db).get('acme'))?.guidelines).toEqual(pack);
    expect(noticed).toEqual([{ type: 'brands.changed' }]);

    served.push(
      new Response('{"format":"onbrand-guidelines-pack","formatVersion":1,"guidelines":{"rules":7}}'),
    );
    const reply = await route({ type: 'brand.refreshPack', payload: { brandId: 'acme' } }, dashboard);
    expect(reply).toMatchObject({
      ok: true,
      data: { packVersion: 7, lastError: expect.stringMatching(/invalid pack/) },
    });
    const stored = await brandsRepository(db).get('acme');
    expect(stored?.guidelines).toEqual(pack);
    expect(stored?.subscription).toMatchObject({ etag: '"7"', lastError: expect.stringMatching(/kept/) });
    expect(noticed).toHaveLength(1);
  });

  it('schedules the pack refresh once, and refreshes only subscribed brands', async () => {
    await schedulePackRefresh();
    const first = await fakeBrowser.alarms.get(PACK_REFRESH_ALARM);
    await schedulePackRefresh();
    expect(await fakeBrowser.alarms.getAll()).toEqual([first]);
    expect(first?.periodInMinutes).toBe(360);

    const fetched: string[] = [];
    await brandsRepository(db).save(
      brand('a', { subscription: { url: 'https://packs.example.com/a.json' } }),
    );
    await brandsRepository(db).save(brand('b'));
    await refreshAllPacks(db, async (url) => {
      fetched.push(url);
      return new Response(null, { status: 304 });
    });
    expect(fetched).toEqual(['https://packs.example.com/a.json']);
    expect((await brandsRepository(db).get('a'))?.subscription?.checkedAt).toBeGreaterThan(0);
  });
});
