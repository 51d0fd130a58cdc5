import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { isAddedInstanceUrl, watchMastodonInstances } from '@/entrypoints/background/handlers/mastodon';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { calendarRepository } from '@/utils/db/calendar';
import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { parseInstanceHost } from '@/utils/mastodon-instances';
import { freshDatabase } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const settingsPage: Sender = {
  id: 'onbrand-id',
  url: 'chrome-extension://onbrand-id/options.html#/settings',
};
const fosstodonTab: Sender = {
  id: 'onbrand-id',
  url: 'https://fosstodon.org/home',
  tab: { id: 4, url: 'https://fosstodon.org/home' },
};
const status = { type: 'site.status', payload: { site: 'mastodon' } };

// The browser's side, as far as these handlers see it: granted origins and registered scripts.
let granted: Set<string>;
let registered: Map<string, { id: string; js?: string[]; matches?: string[] }>;
let route: ReturnType<typeof createRouter>;
let db: OnBrandDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [
    ...registered.values(),
  ]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    // Chrome refuses the whole call when an id is taken.
    const taken = scripts.find((script) => registered.has(script.id));
    if (taken) throw new Error(`Duplicate script ID '${taken.id}'`);
    for (const script of scripts) registered.set(script.id, script);
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  db = await freshDatabase('mastodon-test');
  route = createRouter(allHandlers(db), { ...identity, isAddedSiteUrl: isAddedInstanceUrl(db) });
});

describe('what the user types as an instance', () => {
  it.each([
    ['fosstodon.org', 'fosstodon.org'],
    ['  Fosstodon.ORG ', 'fosstodon.org'],
    ['https://hachyderm.io/home', 'hachyderm.io'],
    ['social.example.co.uk', 'social.example.co.uk'],
  ])('reads %j as the host %s', (input, host) => {
    expect(parseInstanceHost(input)).toEqual({ host });
  });

  it.each(['', 'localhost', 'not a host', 'ftp://', 'mastodon.social'])(
    'refuses %j with a message',
    (input) => {
      expect(parseInstanceHost(input)).toMatchObject({ error: expect.any(String) });
    },
  );
});

describe('Mastodon instances added at runtime', () => {
  it('refuses content-script messages from an instance before it is added', async () => {
    expect(await route(status, fosstodonTab)).toMatchObject({ ok: false });
  });

  it('registers the Mastodon content script for a granted instance, and then hears from it', async () => {
    granted.add('https://fosstodon.org/*');
    expect(
      await route({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }, settingsPage),
    ).toEqual({ ok: true, data: { host: 'fosstodon.org' } });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({
        id: 'mastodon-instance:fosstodon.org',
        js: ['content-scripts/mastodon.js'],
        matches: ['https://fosstodon.org/*'],
      }),
    ]);
    expect(await route(status, fosstodonTab)).toMatchObject({
      ok: true,
      data: { site: 'mastodon', enabled: true },
    });
    expect(await route({ type: 'mastodon.instances', payload: {} }, settingsPage)).toEqual({
      ok: true,
      data: { instances: [{ host: 'fosstodon.org', granted: true }] },
    });
  });

  it('adds nothing without the permission', async () => {
    const reply = await route(
      { type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } },
      settingsPage,
    );
    expect(reply).toEqual({
      ok: false,
      // The settings page shows it as it is: the same sentence as when the user declines the prompt.
      error: 'Without permission for fosstodon.org, OnBrand can’t check posts there.',
    });
    expect(registered.size).toBe(0);
    expect(await route(status, fosstodonTab)).toMatchObject({ ok: false });
  });

  it('lets only the extension pages add or remove instances', async () => {
    granted.add('https://fosstodon.org/*');
    const fromPage = await route(
      { type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } },
      fosstodonTab,
    );
    expect(fromPage).toMatchObject({ ok: false });
    expect(registered.size).toBe(0);
  });

  it('removing an instance unregisters its script, gives the permission back and stops listening to it', async () => {
    granted.add('https://fosstodon.org/*');
    await route({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }, settingsPage);
    expect(
      await route({ type: 'mastodon.removeInstance', payload: { host: 'fosstodon.org' } }, settingsPage),
    ).toEqual({ ok: true, data: { host: 'fosstodon.org' } });
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await route(status, fosstodonTab)).toMatchObject({ ok: false });
  });

  it('stops listening to an instance whose permission the user revoked in the browser', async () => {
    granted.add('https://fosstodon.org/*');
    await route({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }, settingsPage);
    granted.clear();
    expect(await route(status, fosstodonTab)).toMatchObject({ ok: false });
  });
});

describe('a page on an added instance is Mastodon to every handler', () => {
  beforeEach(async () => {
    granted.add('https://fosstodon.org/*');
    await route({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }, settingsPage);
  });

  it('gets Mastodon’s replies only', async () => {
    const replies = repliesRepository(db);
    await replies.save({ title: 'Toot', body: 'Hi', tags: [], platforms: ['mastodon'], variants: {} });
    await replies.save({ title: 'Tweet', body: 'Hi', tags: [], platforms: ['x'], variants: {} });
    expect(await route({ type: 'replies.list', payload: { platform: 'x' } }, fosstodonTab)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Details: A page on Mastodon can only list replies for Mastodon.'),
    });
    expect(
      await route({ type: 'replies.list', payload: { platform: 'mastodon' } }, fosstodonTab),
    ).toMatchObject({ ok: true, data: { replies: [expect.objectContaining({ title: 'Toot' })] } });
  });

  it('inserts the scheduled Mastodon draft and marks it published', async () => {
    const at = Date.now() + 60_000;
    await calendarRepository(db).save(
      calendarEntry({ id: 'toot', at, platforms: ['mastodon'], drafts: { mastodon: 'New release!' } }),
    );
    expect(
      await route({ type: 'calendar.dueDraft', payload: { platform: 'mastodon' } }, fosstodonTab),
    ).toMatchObject({ ok: true, data: { entry: { id: 'toot', text: 'New release!' } } });
    expect(
      await route({ type: 'calendar.markPublished', payload: { id: 'toot' } }, fosstodonTab),
    ).toMatchObject({ ok: true, data: { id: 'toot', status: 'published' } });
  });
});

describe('the background following site access the user changes in the browser', () => {
  type PermissionListener = (permissions: { origins?: string[] }) => void;
  let onAdded: PermissionListener[];
  let onRemoved: PermissionListener[];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const fosstodon = { origins: ['https://fosstodon.org/*'] };

  beforeEach(async () => {
    onAdded = [];
    onRemoved = [];
    // The fake browser has no permission events; keep the listeners to call them as Chrome would.
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
      onAdded.push(listener);
    });
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((listener) => {
      onRemoved.push(listener);
    });
    granted.add('https://fosstodon.org/*');
    await route({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }, settingsPage);
    watchMastodonInstances(db);
    await settle();
  });

  it('drops a revoked instance’s script, and registers it again when the site is allowed again', async () => {
    granted.clear();
    for (const listener of onRemoved) listener(fosstodon);
    await settle();
    expect(registered.size).toBe(0);

    granted.add('https://fosstodon.org/*');
    granted.add('https://hachyderm.io/*');
    for (const listener of onAdded) listener({ origins: [...granted] });
    await settle();
    // hachyderm.io was allowed but never added in OnBrand.
    expect([...registered.keys()]).toEqual(['mastodon-instance:fosstodon.org']);
  });

  it('adding a withdrawn instance again registers it once, though its grant and the add arrive together', async () => {
    granted.clear();
    for (const listener of onRemoved) listener(fosstodon);
    await settle();

    // The browser takes its time listing scripts, so both sides ask before either registers.
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => {
      const scripts = [...registered.values()];
      await new Promise((resolve) => setTimeout(resolve, 5));
      return scripts;
    });
    const warn = vi.spyOn(console, 'warn');
    granted.add('https://fosstodon.org/*');
    for (const listener of onAdded) listener(fosstodon);
    const reply = await route(
      { type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } },
      settingsPage,
    );
    await settle();
    // Neither side tripped over the other (whichever loses would refuse with a duplicate id).
    expect(reply).toEqual({ ok: true, data: { host: 'fosstodon.org' } });
    expect(warn).not.toHaveBeenCalled();
    expect([...registered.keys()]).toEqual(['mastodon-instance:fosstodon.org']);
  });

  it('registers at start what the browser forgot, and drops scripts of instances no longer listed', async () => {
    registered.clear();
    registered.set('mastodon-instance:old.example', { id: 'mastodon-instance:old.example' });
    watchMastodonInstances(db);
    await settle();
    expect([...registered.keys()]).toEqual(['mastodon-instance:fosstodon.org']);
  });
});
