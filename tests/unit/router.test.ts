import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { OnBrandDatabase } from '@/utils/db/database';

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const popup: Sender = { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/popup.html' };
const xTab: Sender = {
  id: 'onbrand-id',
  url: 'https://x.com/home',
  tab: { id: 3, url: 'https://x.com/home' },
};

let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
  fakeBrowser.reset();
  await Dexie.delete('router-test');
  const db = new OnBrandDatabase('router-test');
  route = createRouter(allHandlers(db), identity);
});

describe('the background message router', () => {
  it.each([
    ['undefined', undefined],
    ['a string', 'site.status'],
    ['an array', ['site.status']],
    ['no type', { payload: { site: 'x' } }],
    ['a numeric type', { type: 7, payload: {} }],
  ])('answers %s with ok: false', async (_name, message) => {
    const reply = await route(message, popup);
    expect(reply).toMatchObject({ ok: false });
  });

  it('refuses unknown types, including prototype keys', async () => {
    expect(await route({ type: 'db.dropEverything', payload: {} }, popup)).toEqual({
      ok: false,
      error: 'Unknown message type "db.dropEverything".',
    });
    expect(await route({ type: 'constructor', payload: {} }, popup)).toMatchObject({ ok: false });
    expect(await route({ type: '__proto__', payload: {} }, popup)).toMatchObject({ ok: false });
  });

  it('refuses payloads that break the schema and says which field', async () => {
    const reply = await route({ type: 'site.status', payload: { site: 'myspace' } }, xTab);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/site/);
  });

  it("checks the background's own replies against the protocol before they leave", async () => {
    const db = new OnBrandDatabase('router-test');
    const broken = createRouter(
      {
        ...allHandlers(db),
        // A handler bug: `enabled` as a string. Senders take replies as they come, so the router must catch it.
        'site.status': async ({ site }) => ({ site, enabled: 'yes' }) as never,
      },
      identity,
    );
    expect(await broken({ type: 'site.status', payload: { site: 'x' } }, xTab)).toEqual({
      ok: false,
      error: 'The "site.status" reply did not match its schema.',
    });
  });

  it('refuses messages from other extensions', async () => {
    const reply = await route({ type: 'site.status', payload: { site: 'x' } }, { ...popup, id: 'evil' });
    expect(reply).toEqual({ ok: false, error: 'Messages from other extensions are refused.' });
  });

  it('does not let a content script switch sites on or off', async () => {
    const reply = await route({ type: 'site.setEnabled', payload: { site: 'x', enabled: false } }, xTab);
    expect(reply.ok).toBe(false);
    expect(await route({ type: 'site.status', payload: { site: 'x' } }, xTab)).toMatchObject({
      ok: true,
      data: { site: 'x', enabled: true },
    });
  });

  it('refuses content-script messages from sites OnBrand does not support', async () => {
    const evil: Sender = { id: 'onbrand-id', url: 'https://evil.example/', tab: { id: 9 } };
    expect(await route({ type: 'site.status', payload: { site: 'x' } }, evil)).toMatchObject({ ok: false });
  });

  it('keeps serving after bad messages: the popup switches X off and the content script sees it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/home' });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await route(null, popup);
    await route({ type: 'site.setEnabled', payload: { site: 'x' } }, popup);
    expect(await route({ type: 'site.setEnabled', payload: { site: 'x', enabled: false } }, popup)).toEqual({
      ok: true,
      data: { site: 'x', enabled: false },
    });
    expect(await route({ type: 'site.status', payload: { site: 'x' } }, xTab)).toMatchObject({
      ok: true,
      data: { site: 'x', enabled: false },
    });
    expect(sent).toHaveBeenCalledWith(tab.id, { type: 'site.statusChanged', site: 'x', enabled: false });
  });
});
