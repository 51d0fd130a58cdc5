import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { repliesHandlers } from '@/entrypoints/background/handlers/replies';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import type { ReplyPickerNotice } from '@/utils/messaging';

const identity = { extensionId: 'onbrand-id', extensionBaseUrl: 'chrome-extension://onbrand-id/' };
const xTab: Sender = {
  id: 'onbrand-id',
  url: 'https://x.com/home',
  tab: { id: 3, url: 'https://x.com/home' },
};
const picker: Sender = {
  id: 'onbrand-id',
  url: 'chrome-extension://onbrand-id/reply-picker.html?platform=x',
  tab: { id: 3, url: 'https://x.com/home' },
};

let db: OnBrandDatabase;
let route: ReturnType<typeof createRouter>;
let notices: [number, ReplyPickerNotice][];

beforeEach(async () => {
  fakeBrowser.reset();
  await Dexie.delete('replies-messages-test');
  db = new OnBrandDatabase('replies-messages-test');
  notices = [];
  route = createRouter(
    {
      ...allHandlers(db),
      ...repliesHandlers(db, async (tabId, notice) => {
        notices.push([tabId, notice]);
      }),
    },
    identity,
  );
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
    expect(reply).toEqual({ ok: false, error: 'A page on X can only list replies for X.' });
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

  it("relays the picker's choice to the top frame of the picker's own tab", async () => {
    const payload = { kind: 'insert', replyId: 'r1', text: 'Hello\nthere', cursor: 5 };
    expect(await route({ type: 'replies.pickerEvent', payload }, picker)).toEqual({
      ok: true,
      data: { delivered: true },
    });
    await route({ type: 'replies.pickerEvent', payload: { kind: 'close' } }, picker);
    expect(notices).toEqual([
      [3, { type: 'replies.picked', replyId: 'r1', text: 'Hello\nthere', cursor: 5 }],
      [3, { type: 'replies.pickerClosed' }],
    ]);
  });

  it('does not let a site page pose as the picker', async () => {
    const payload = { kind: 'insert', replyId: 'r1', text: 'spoofed', cursor: null };
    expect(await route({ type: 'replies.pickerEvent', payload }, xTab)).toMatchObject({ ok: false });
    expect(notices).toEqual([]);
  });
});
