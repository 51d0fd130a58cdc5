// The calendar opening over the brand's history, as a user opens it, in the real dashboard over the browser's
// own IndexedDB: 5,000 posts with 20 snapshots each (100,000, the figure bench/analytics.bench.ts uses), a
// third of them matched to calendar entries, and the month view of March 2026. Timed on the page's clock from
// the navigation to the first chip showing its results mark ("4.0 %"), seen by a MutationObserver the page
// installs before any script of ours runs. Run by `npm run bench` (scripts/bench.mjs prints the median).
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../tests/e2e/extension';
import { median } from '../tests/shared/cpu-profile';
import { packPosts } from '../utils/db/post-packs';

const POSTS = 5_000;
const READINGS = 20;
const RUNS = Number(process.env.ONBRAND_CALENDAR_RUNS ?? 5);
const START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;
const DAY_MS = 86_400_000;

test.setTimeout(300_000);

/** Where the page keeps its marks (ms since the navigation) until the test reads them. */
interface Marks {
  marks: Promise<[number, number]>;
}

/** The brand's posts of the history, a third of them matched to calendar entries. */
function historyPosts() {
  const at = (index: number) => START + Math.floor((index / POSTS) * YEAR_MS);
  return Array.from({ length: POSTS }, (_, index) => ({
    id: `x:${index}`,
    platform: 'x',
    postId: String(index),
    text: `Post ${index}: the spring collection, made to last`,
    publishedAt: at(index),
    ...(index % 3 === 0 ? { calendarEntryId: `entry-${index}`, matchedBy: 'time-and-text' } : {}),
    createdAt: 1,
    updatedAt: 1,
  }));
}

/** Writes the history straight through IndexedDB, in the shape OnBrand's repositories store it. */
async function seedHistory(page: Page) {
  const posts = historyPosts();
  await page.evaluate(
    async ({ POSTS, READINGS, START, YEAR_MS, DAY_MS, posts, packs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('onbrand');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['postPacks', 'snapshotSets', 'calendarEntries'], 'readwrite');
      for (const pack of packs) tx.objectStore('postPacks').put(pack);
      for (const post of posts) {
        if (!post.calendarEntryId) continue;
        tx.objectStore('calendarEntries').put({
          id: post.calendarEntryId,
          title: `Post ${post.postId}`,
          at: post.publishedAt,
          platforms: ['x'],
          status: 'published',
          timeZone: 'UTC',
          relationship: 'none',
          drafts: { x: post.text },
          createdAt: 1,
          updatedAt: 1,
        });
      }
      for (let reading = 0; reading < READINGS; reading++) {
        const readAt = START + YEAR_MS + reading * DAY_MS;
        tx.objectStore('snapshotSets').put({
          id: `bench-x@${readAt}`,
          readAt,
          sourceId: 'bench-x',
          readings: Array.from({ length: POSTS }, (_, index) => ({
            postId: `x:${index}`,
            impressions: 2_000,
            engagements: 80,
            likes: 40 + reading,
          })),
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { POSTS, READINGS, START, YEAR_MS, DAY_MS, posts, packs: packPosts(posts) },
  );
}

test(`open the calendar's month over ${(POSTS * READINGS).toLocaleString('en')} snapshots`, async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/settings');
  await seedHistory(dashboard);
  // Two marks: the first chip shown (the calendar's own read) and the first results mark on a chip.
  await dashboard.addInitScript(() => {
    const seen = (selector: string) =>
      new Promise<number>((resolve) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          resolve(performance.now());
        }).observe(document, { childList: true, subtree: true });
      });
    (globalThis as unknown as Marks).marks = Promise.all([seen('[data-entry-id]'), seen('.entry-results')]);
  });
  const runs: { chipMs: number; resultsMs: number }[] = [];
  // A new query string each run, so each is a page load rather than a same-document hash change.
  for (let run = 0; run < RUNS; run++) {
    await dashboard.goto(
      dashboard.url().replace(/[?#].*/, `?run=${run}#/calendar?view=month&date=2026-03-01`),
    );
    await expect(dashboard.locator('.entry-results').first()).toHaveText('4.0 %', { timeout: 60_000 });
    const [chipMs, resultsMs] = await dashboard.evaluate(() => (globalThis as unknown as Marks).marks);
    runs.push({ chipMs, resultsMs });
  }
  const result = {
    snapshots: POSTS * READINGS,
    runs,
    chipMs: median(runs.map((r) => r.chipMs)),
    resultsMs: median(runs.map((r) => r.resultsMs)),
  };
  const out = process.env.ONBRAND_CALENDAR_JSON;
  if (out) writeFileSync(out, JSON.stringify(result));
  else console.log(JSON.stringify(result));
});
