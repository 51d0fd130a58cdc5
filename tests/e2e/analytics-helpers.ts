import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { researchPost } from '../shared/research-post';
import { expect } from './extension';

/** Imports a fixture export on `#/analytics` (the page must be open there) and waits for its stored notice. */
export async function importAnalyticsFixture(dashboard: Page, name: string): Promise<void> {
  await dashboard.getByLabel('Import an analytics export…').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(`tests/fixtures/analytics/${name}`),
  });
  await dashboard
    .getByRole('dialog', { name: `Import ${name}` })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(dashboard.getByRole('status').filter({ hasText: `from ${name}.` })).toBeVisible();
}

/**
 * Stores rows into one of OnBrand's tables straight through IndexedDB, as its repositories store them.
 * Written past Dexie, so a page that has read the table must be reloaded to see them.
 */
async function seedRows(page: Page, store: string, rows: Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    async ({ store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('onbrand');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows) tx.objectStore(store).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, rows },
  );
}

/** Calendar entries, with the fields a stored entry always has filled in. */
export function seedCalendarEntries(page: Page, entries: Record<string, unknown>[]): Promise<void> {
  const stored = { timeZone: 'UTC', relationship: 'none', drafts: {}, createdAt: 1, updatedAt: 1 };
  return seedRows(
    page,
    'calendarEntries',
    entries.map((entry) => ({ ...stored, ...entry })),
  );
}

/** Research posts of other accounts on X, each with its newest numbers as the post page showed them. */
export function seedResearchPosts(
  page: Page,
  posts: { id: string; handle: string; likes: number; replies: number; reposts: number; views: number }[],
): Promise<void> {
  return seedRows(
    page,
    'researchPosts',
    posts.map(({ id, handle, ...numbers }) =>
      researchPost(id, handle, [{ readAt: Date.UTC(2026, 2, 5), ...numbers }], {
        permalink: `https://x.com/${handle}/status/${id}`,
        publishedAt: Date.UTC(2026, 2, 3),
      }),
    ),
  );
}

/** The X fixture's first post (2 March 2026, 09:00 UTC, “Spring collection is here …”) as it was planned. */
export const SPRING_TEASER = {
  id: 'spring-teaser',
  title: 'Spring teaser',
  at: Date.UTC(2026, 2, 2, 9, 30),
  platforms: ['x'],
  status: 'scheduled',
  campaign: 'Spring drop',
  pillar: 'educational',
  drafts: { x: 'Spring collection is here, made to last.' },
};

/** The text of the file the button downloads. */
export async function downloadText(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path(), 'utf8');
}
