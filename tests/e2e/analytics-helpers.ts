import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
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
 * Stores calendar entries as OnBrand does, straight into IndexedDB (fields a stored entry always has are
 * filled in). Written past Dexie, so a page that has read the calendar must be reloaded to see them.
 */
export async function seedCalendarEntries(page: Page, entries: Record<string, unknown>[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('calendarEntries', 'readwrite');
    for (const row of rows)
      tx.objectStore('calendarEntries').put({
        timeZone: 'UTC',
        relationship: 'none',
        drafts: {},
        createdAt: 1,
        updatedAt: 1,
        ...row,
      });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
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
