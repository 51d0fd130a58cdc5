import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { replyPickerSessions } from '@/entrypoints/background/handlers/reply-picker';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { crisesRepository } from '@/utils/db/crises';
import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import type { ReplyPickerNotice } from '@/utils/messaging';
import type { PickerShow } from '@/utils/replies/picker-port';
import { freshDatabase } from '../shared/fresh-database';

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const xTab: Sender = {
  id: 'onbrand-id',
  url: 'https://x.com/home',
  tab: { id: 3, url: 'https://x.com/home' },
};
const TOKEN = 'f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const open = { token: TOKEN, author: { name: 'Dana', handle: '@danafan' }, fontSize: 15 };

/** A picker page's port as the background sees it: what it was sent, and whether it was cut off. */
function pickerPort(url = 'chrome-extension://test-extension-id/reply-picker.html', tabId = 3) {
  const received: unknown[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name: 'onbrand.reply-picker',
    sender: { id: 'test-extension-id', url: `${url}#${TOKEN}`, tab: { id: tabId } },
    disconnected: false,
    received,
    postMessage: (message: unknown) => received.push(message),
    disconnect() {
      port.disconnected = true;
    },
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
    say: (message: unknown) => {
      for (const listener of listeners) listener(message);
    },
  };
  return port;
}

let db: OnBrandDatabase;
let route: ReturnType<typeof createRouter>;
let notices: [number, ReplyPickerNotice][];
let pickers: ReturnType<typeof replyPickerSessions>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshDatabase('replies-messages-test');
  notices = [];
  pickers = replyPickerSessions(db, async (tabId, notice) => {
    notices.push([tabId, notice]);
  });
  route = createRouter(allHandlers(db, pickers), identity);
  const replies = repliesRepository(db);
  await replies.save({
    title: 'All',
    body: 'Hi {author.name}',
    tags: [],
    platforms: [],
    variants: {},
    shortcut: 'hi',
  });
  await replies.save({ title: 'LinkedIn', body: 'In', tags: [], platforms: ['linkedin'], variants: {} });
  await settingsRepository(db).write('myName', 'Sam');
});

describe('saved-reply messages', () => {
  it("gives a content script its own site's replies and the user's name", async () => {
    const reply = await route({ type: 'replies.list', payload: { platform: 'x' } }, xTab);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const data = reply.data as { replies: { title: string }[]; myName: string };
    expect(data.replies.map((r) => r.title)).toEqual(['All']);
    expect(data.myName).toBe('Sam');
  });

  it("refuses a content script asking for another platform's replies", async () => {
    const reply = await route({ type: 'replies.list', payload: { platform: 'linkedin' } }, xTab);
    expect(reply).toEqual({
      ok: false,
      error: expect.stringContaining('Details: A page on X can only list replies for X.'),
    });
  });

  it('counts a use and answers null for a reply that no longer exists', async () => {
    const [first] = await repliesRepository(db).list();
    const used = await route({ type: 'replies.used', payload: { id: first?.id } }, xTab);
    expect(used).toMatchObject({ ok: true, data: { usageCount: 1 } });
    expect(await route({ type: 'replies.used', payload: { id: 'gone' } }, xTab)).toEqual({
      ok: true,
      data: null,
    });
  });

  it('feeds the picker only over a port that presents the token its tab registered, and relays its choice there', async () => {
    expect(await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab)).toEqual({
      ok: true,
      data: {},
    });
    const port = pickerPort();
    pickers.connect(port as never);
    port.say({ type: 'hello', token: TOKEN });
    expect(await route({ type: 'replies.pickerOpen', payload: open }, xTab)).toEqual({
      ok: true,
      data: { ready: true },
    });
    expect(port.received).toEqual([
      expect.objectContaining({
        type: 'show',
        platform: 'x',
        author: { name: 'Dana', handle: '@danafan' },
        replies: [expect.objectContaining({ title: 'All' })],
        myName: 'Sam',
        fontSize: 15,
      }),
    ]);
    port.say({ type: 'insert', replyId: 'r1', text: 'Hello\nthere', cursor: 5 });
    port.say({ type: 'close' });
    await Promise.resolve();
    expect(notices).toEqual([
      [3, { type: 'replies.picked', replyId: 'r1', text: 'Hello\nthere', cursor: 5 }],
      [3, { type: 'replies.pickerClosed' }],
    ]);
  });

  it('hands the picker the keys typed before it had the keyboard, after its show, even before it connected; only from its own tab', async () => {
    await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab);
    await route({ type: 'replies.pickerOpen', payload: open }, xTab);
    const keys = (text: string, sender = xTab) =>
      route({ type: 'replies.pickerKeys', payload: { token: TOKEN, text } }, sender);
    expect(await keys('or')).toEqual({ ok: true, data: {} });
    await keys('der', { ...xTab, tab: { id: 9, url: 'https://x.com/home' } });
    const port = pickerPort();
    pickers.connect(port as never);
    port.say({ type: 'hello', token: TOKEN });
    await keys(' shipped');
    expect(port.received).toEqual([
      expect.objectContaining({ type: 'show', platform: 'x' }),
      { type: 'typed', text: 'or' },
      { type: 'typed', text: ' shipped' },
    ]);
  });

  it('tells the picker when the page’s brand is in crisis mode, so its holding statements come first', async () => {
    await brandsRepository(db).save({
      ...newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1),
      isDefault: true,
    });
    const showOnce = async () => {
      await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab);
      const port = pickerPort();
      pickers.connect(port as never);
      port.say({ type: 'hello', token: TOKEN });
      await route({ type: 'replies.pickerOpen', payload: open }, xTab);
      return port.received[0] as PickerShow;
    };
    expect((await showOnce()).crisis).toBeUndefined();
    const [brand] = await brandsRepository(db).list();
    await crisesRepository(db).start(brand?.id ?? '', 'Outage');
    expect((await showOnce()).crisis).toBe(true);
  });

  it.each([
    ['a token nobody registered', pickerPort(), 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d'],
    ['the token from another tab', pickerPort(undefined, 9), TOKEN],
    ['another extension page', pickerPort('chrome-extension://test-extension-id/options.html'), TOKEN],
  ])('shows nothing to a picker port with %s, and takes no choice from it', async (_case, port, token) => {
    await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab);
    pickers.connect(port as never);
    port.say({ type: 'hello', token });
    port.say({ type: 'insert', replyId: 'r1', text: 'spoofed', cursor: null });
    await route({ type: 'replies.pickerOpen', payload: open }, xTab);
    expect(port.disconnected).toBe(true);
    expect(port.received).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('takes a token once: a second picker presenting it gets nothing', async () => {
    await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab);
    const first = pickerPort();
    const second = pickerPort();
    pickers.connect(first as never);
    first.say({ type: 'hello', token: TOKEN });
    pickers.connect(second as never);
    second.say({ type: 'hello', token: TOKEN });
    await route({ type: 'replies.pickerOpen', payload: open }, xTab);
    expect(second.disconnected).toBe(true);
    expect(second.received).toEqual([]);
    expect(first.received).toHaveLength(1);
  });

  it('opens a picker only for the tab that prepared it, and never for an extension page', async () => {
    await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, xTab);
    const otherTab = { ...xTab, tab: { id: 8, url: 'https://x.com/home' } };
    expect(await route({ type: 'replies.pickerOpen', payload: open }, otherTab)).toEqual({
      ok: true,
      data: { ready: false },
    });
    const popup = { id: 'onbrand-id', url: 'chrome-extension://onbrand-id/popup.html' };
    expect(await route({ type: 'replies.pickerPrepare', payload: { token: TOKEN } }, popup)).toMatchObject({
      ok: false,
    });
  });
});
