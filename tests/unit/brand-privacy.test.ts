import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidelinesHandlers } from '@/entrypoints/background/handlers/guidelines';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import { InvalidRecordError } from '@/utils/db/table-repository';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'brand-privacy-test';
let db: OnBrandDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const acme = () => ({
  ...newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1),
  id: 'acme',
});

describe('brand privacy settings', () => {
  it('reads a brand stored before the privacy settings existed', async () => {
    const { privacy: _none, ...old } = acme();
    await db.brands.put(old);
    const stored = await brandsRepository(db).get('acme');
    expect(stored?.name).toBe('Acme');
    expect(stored?.privacy).toBeUndefined();
  });

  it('fills in defaults for a partial privacy setting', async () => {
    const saved = await brandsRepository(db).save({ ...acme(), privacy: { dmReplyId: 'r1' } as never });
    expect(saved.privacy).toEqual({ supportContacts: [], orderPatterns: [], dmReplyId: 'r1' });
  });

  it('refuses an order number pattern that could hang the checks, and stores nothing', async () => {
    const bad = { ...acme(), privacy: { supportContacts: [], orderPatterns: ['(\\d+)+$'] } };
    const error = await brandsRepository(db)
      .save(bad)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).detail).toMatch(/privacy\.orderPatterns\[0\]: `\(\\d\+\)\+\$`/);
    expect(await db.brands.count()).toBe(0);
  });

  it('gives the page the contacts, the patterns and the chosen DM reply expanded for the site', async () => {
    const reply = await repliesRepository(db).save({
      title: 'Move to DM',
      body: 'Hi, {my.name} here: please send us a DM with your order number so we can help.',
      tags: [],
      platforms: [],
      variants: {},
    });
    await settingsRepository(db).write('myName', 'Sam');
    await brandsRepository(db).save({
      ...acme(),
      isDefault: true,
      privacy: { supportContacts: ['help@acme.com'], orderPatterns: ['ACM-\\d{6}'], dmReplyId: reply.id },
    });
    const route = createRouter(guidelinesHandlers(db) as never, {
      extensionId: 'onbrand-id',
      extensionBaseUrl: 'chrome-extension://onbrand-id/',
    });
    const xTab: Sender = {
      id: 'onbrand-id',
      url: 'https://x.com/home',
      tab: { id: 3, url: 'https://x.com/home' },
    };
    expect(await route({ type: 'brand.active', payload: { site: 'x' } }, xTab)).toMatchObject({
      ok: true,
      data: {
        privacy: {
          ownContacts: ['help@acme.com'],
          orderPatterns: ['ACM-\\d{6}'],
          dmReply: 'Hi, Sam here: please send us a DM with your order number so we can help.',
        },
      },
    });
    // A deleted reply leaves the engine's default sentence.
    await repliesRepository(db).delete(reply.id);
    const after = await route({ type: 'brand.active', payload: { site: 'x' } }, xTab);
    expect((after as { data: { privacy: object } }).data.privacy).toEqual({
      ownContacts: ['help@acme.com'],
      orderPatterns: ['ACM-\\d{6}'],
    });
  });
});
