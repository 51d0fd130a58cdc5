import type { Frame, Page, Worker } from '@playwright/test';
import { type SeedReply, storeSeedReplies } from '../shared/seed-replies';
import { expect } from './extension';

export type { SeedReply };

/**
 * Stores replies (and the user's name) straight into the extension's database from one of its pages, the way
 * the dashboard would have saved them, so a test starts from a known library.
 */
export async function seedReplies(
  openExtensionPage: (path: string) => Promise<Page>,
  replies: SeedReply[],
  myName = '',
): Promise<Page> {
  const dashboard = await openExtensionPage('options.html#/replies');
  // The page's heading in any UI language: the page is up.
  const heading = dashboard.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await dashboard.evaluate(storeSeedReplies, { rows: replies, name: myName });
  // Written behind Dexie's back, so its live queries don't know yet.
  await dashboard.reload();
  await expect(heading).toBeVisible();
  return dashboard;
}

// A frame that is still being created has an empty URL, which is not one.
const isPickerUrl = (url: string) => URL.canParse(url) && new URL(url).pathname === '/reply-picker.html';

/** Whether `frame` is shown: its element in our closed root is visible (the picker is framed hidden ahead of use). */
async function isShown(frame: Frame): Promise<boolean> {
  const element = await frame.frameElement().catch(() => null);
  return (await element?.isVisible()) ?? false;
}

/** The open picker's frame, found the way only the browser (not the page's scripts) can find it. */
export async function pickerFrame(page: Page): Promise<Frame> {
  let open: Frame | undefined;
  await expect
    .poll(async () => {
      for (const frame of page.frames()) if (isPickerUrl(frame.url()) && (await isShown(frame))) open = frame;
      return open !== undefined;
    })
    .toBe(true);
  if (!open) throw new Error('no picker frame');
  await expect(open.locator('body[data-ready="true"]')).toBeAttached();
  return open;
}

/** Whether a picker is open (shown) on the page. */
export async function hasPickerFrame(page: Page): Promise<boolean> {
  for (const frame of page.frames()) if (isPickerUrl(frame.url()) && (await isShown(frame))) return true;
  return false;
}

export const model = (page: Page, id = 'main') =>
  page.evaluate((editor) => window.__fixture.model(editor), id);

/** The composer text before the caret, as the page's selection has it (block breaks are not counted). */
export const textBeforeCaret = (page: Page) =>
  page.evaluate(() => {
    const selection = getSelection();
    const editor = document.activeElement;
    if (!selection?.rangeCount || !editor) return null;
    const before = document.createRange();
    before.selectNodeContents(editor);
    const caret = selection.getRangeAt(0);
    before.setEnd(caret.startContainer, caret.startOffset);
    return before.toString();
  });

/**
 * How often a stored reply was used, read from the extension's database by its background. The content script
 * records a use once the reply is in the editor and read back, after its last insertion attempt: waiting for
 * it is waiting for the insertion to be over.
 */
export const replyUsage = (background: Worker, id: string) =>
  background.evaluate(async (replyId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<{ usageCount?: number } | undefined>((resolve, reject) => {
      const request = db.transaction('savedReplies').objectStore('savedReplies').get(replyId);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return row?.usageCount ?? 0;
  }, id);
