import type { Frame, Page } from '@playwright/test';
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
  await expect(dashboard.getByRole('heading', { name: 'Saved replies' })).toBeVisible();
  await dashboard.evaluate(storeSeedReplies, { rows: replies, name: myName });
  // Written behind Dexie's back, so its live queries don't know yet.
  await dashboard.reload();
  await expect(dashboard.getByRole('heading', { name: 'Saved replies' })).toBeVisible();
  return dashboard;
}

/** The picker frame, found the way only the browser (not the page's scripts) can find it. */
export async function pickerFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((frame) => frame.url().includes('/reply-picker.html')))
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/reply-picker.html'));
  if (!frame) throw new Error('no picker frame');
  await expect(frame.locator('body[data-ready="true"]')).toBeAttached();
  return frame;
}

export const hasPickerFrame = (page: Page) =>
  page.frames().some((f) => f.url().includes('/reply-picker.html'));

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
