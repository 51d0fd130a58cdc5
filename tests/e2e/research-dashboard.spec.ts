import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

// Seeding and indexing thousands of posts on a shared two-core machine takes a while.
test.describe.configure({ timeout: 90_000 });

/** Writes posts straight into the extension's IndexedDB, as many saves over months would have. */
async function seed(page: Page, count: number) {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('researchPosts', 'readwrite');
    const store = tx.objectStore('researchPosts');
    const authors = ['@acme', '@beanco', '@grindgear'];
    for (let i = 0; i < n; i++) {
      const special = i === n - 1;
      store.put({
        id: `seed-${i}`,
        platform: i % 2 ? 'x' : 'bluesky',
        permalink: `https://x.com/acme/status/${1000 + i}`,
        author: { name: `Author ${i % 3}`, handle: authors[i % 3] },
        text: special
          ? 'Use code QUINCE for 20% off our quince jam'
          : `Post number ${i} about coffee #coffee`,
        publishedAt: Date.UTC(2026, 0, 1) + i * 3_600_000,
        metrics: [{ readAt: 1, likes: i, replies: 1 }],
        media: { kind: i % 3 ? 'image' : 'none', count: i % 3 ? 1 : 0 },
        hashtags: special ? [] : ['#coffee'],
        mentions: [],
        tags: [],
        collections: [],
        isAd: false,
        isRepost: false,
        missing: [],
        source: 'feed',
        savedAt: Date.UTC(2026, 1, 1) + i,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** Long tasks on the page's main thread from its first script on, as `window.__longTasks` (ms each). */
const RECORD_LONG_TASKS = () => {
  const tasks: number[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};
const longTasks = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);

test('the library keeps only the rows in view in the page, and scrolls to the last of 50,000', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const dashboard = await openExtensionPage('options.html#/research');
  await expect(dashboard.getByRole('status')).toHaveText(/0 of 0 saved posts/);
  await seed(dashboard, 50_000);
  await dashboard.addInitScript(RECORD_LONG_TASKS);
  const opened = Date.now();
  await dashboard.reload();
  const status = dashboard.getByRole('status');
  const rows = dashboard.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
  // The last saved posts show while the library loads in its worker.
  await expect(rows.first()).toContainText('quince jam', { timeout: 30_000 });
  const firstRowsShown = Date.now() - opened;
  await expect(status).toContainText('50,000 of 50,000 saved posts', { timeout: 60_000 });
  const listShown = Date.now() - opened;
  expect(await rows.count()).toBeLessThan(30);
  await expect(rows.first()).toContainText('quince jam');
  await expect(rows.nth(1)).toContainText('Post number 49998 about coffee');

  // Scroll to the bottom: the oldest post is rendered, still with few rows in the page.
  await dashboard.locator('.research-list').evaluate((list) => {
    list.scrollTop = list.scrollHeight;
  });
  await expect(rows.last()).toContainText('Post number 0 about coffee');
  expect(await rows.count()).toBeLessThan(30);

  // Searching finds the one post by a word, while or after the index is built.
  const search = dashboard.getByRole('searchbox', { name: 'Search saved posts' });
  await search.fill('quince');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('quince jam');
  await search.fill('');
  await expect(status).not.toContainText('indexing', { timeout: 60_000 });
  const indexReady = Date.now() - opened;
  const openingTasks = await longTasks(dashboard);

  // A post saved from a feed in another tab joins the open library: no reload, no re-reading 50,000 rows.
  const feed = await context.newPage();
  await serveFixture(context, 'https://x.com/home', 'x/feed');
  await feed.goto('https://x.com/home');
  await userArrives(feed);
  const tasksBeforeSave = (await longTasks(dashboard)).length;
  const saveButton = feed.locator('[data-fixture-post="1859000000000000001"] onbrand-save');
  await saveButton.click();
  await expect(saveButton).toHaveAttribute('data-onbrand-saved', 'true');
  await expect(status).toContainText('50,001 of 50,001 saved posts');
  await search.fill('marmalade');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Acme Coffee');
  const savingTasks = (await longTasks(dashboard)).slice(tasksBeforeSave);
  await search.fill('');
  await feed.close();

  // Frame times while scrolling back up once the index is built, one step per frame: recorded for the report, not asserted
  // (a shared two-core test machine says little about a user's).
  const frames = await dashboard.locator('.research-list').evaluate(async (list) => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      list.scrollTop -= 900;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  });

  // What a user waits from a keystroke to the updated list (React render included), once indexed.
  const waits = await dashboard.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    const statusLine = document.querySelector('[role="status"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !statusLine || !setValue) throw new Error('no search box');
    const times: number[] = [];
    // One match, then nearly all, and so on: every query changes the count line.
    for (const query of ['quince', 'coffee', 'jam', 'about', 'quin', 'number', 'quince jam', 'post']) {
      const before = statusLine.textContent;
      const start = performance.now();
      setValue.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () =>
          statusLine.textContent !== before || performance.now() - start > 10_000
            ? resolve()
            : requestAnimationFrame(check);
        check();
      });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b);
  });
  // The page itself never froze: reading, validating and indexing happen in the library's worker.
  expect(Math.max(0, ...openingTasks)).toBeLessThan(500);
  expect(Math.max(0, ...savingTasks)).toBeLessThan(200);
  test.info().annotations.push(
    { type: 'last saved posts shown after open (ms)', description: String(firstRowsShown) },
    {
      type: 'whole library listed after open (ms, reading and validating 50,000 rows in the worker)',
      description: String(listShown),
    },
    {
      type: 'dashboard long tasks while opening (count / longest ms)',
      description: `${openingTasks.length} / ${Math.max(0, ...openingTasks).toFixed(0)}`,
    },
    {
      type: 'dashboard long tasks while a save in another tab landed (count / longest ms)',
      description: `${savingTasks.length} / ${Math.max(0, ...savingTasks).toFixed(0)}`,
    },
    { type: 'search index ready after open (ms)', description: String(indexReady) },
    {
      type: 'scroll frame ms (median / p95 / max)',
      description: [frames[60], frames[114], frames[119]].map((t) => t?.toFixed(1)).join(' / '),
    },
    {
      type: 'keystroke to updated list, ms (median / max of 8 queries)',
      description: [waits[4], waits[7]].map((t) => t?.toFixed(1)).join(' / '),
    },
  );
});

test('tags, collections and notes are kept, filters narrow the list, and a deleted post comes back with Undo', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/research');
  // An empty library says how to save a post, with no empty list box under it.
  await expect(dashboard.getByText('Nothing saved yet.')).toBeVisible();
  await expect(dashboard.locator('.research-list')).toHaveCount(0);
  await seed(dashboard, 30);
  await dashboard.reload();
  await expect(dashboard.getByRole('status')).toHaveText('30 of 30 saved posts');
  const rows = dashboard.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');

  const search = dashboard.getByRole('searchbox', { name: 'Search saved posts' });
  await search.fill('quince');
  await rows.first().getByRole('button', { name: 'Details' }).click();
  const details = dashboard.getByRole('complementary', { name: 'Saved post' });
  await expect(details).toContainText('Looks sponsored, with no disclosure label.');
  await details.getByLabel('Tags (comma-separated)').fill('swipe, promo');
  await details.getByLabel('Collections (comma-separated)').fill('Competitors Q1');
  await details.getByLabel('Notes').fill('Good discount framing');
  await details.getByLabel('Tags (comma-separated)').focus();
  // Stored once the list, which reads the database, finds the post by its note: then reload.
  await search.fill('discount framing');
  await expect(rows).toHaveCount(1);

  // Tags, collections and notes are searchable and filterable, and survive a reload.
  await dashboard.reload();
  await search.fill('');
  await dashboard.getByLabel('Tag').selectOption('promo');
  await expect(dashboard.getByRole('status')).toHaveText('1 of 30 saved posts');
  await dashboard.getByLabel('Tag').selectOption('');
  await dashboard.getByLabel('Collection').selectOption('Competitors Q1');
  await expect(dashboard.getByRole('status')).toHaveText('1 of 30 saved posts');
  await dashboard.getByLabel('Collection').selectOption('');
  await search.fill('discount framing');
  await expect(rows).toHaveCount(1);
  await search.fill('');
  await dashboard.getByLabel('Disclosure').selectOption('undisclosed-sponsored');
  await expect(rows).toHaveCount(1);
  await dashboard.getByLabel('Disclosure').selectOption('any');
  await dashboard.getByLabel('Author').selectOption('@beanco');
  await expect(dashboard.getByRole('status')).toHaveText('10 of 30 saved posts');
  await dashboard.getByLabel('Platform').selectOption('x');
  await expect(dashboard.getByRole('status')).toHaveText('5 of 30 saved posts');

  // Export the current filter.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(6);
  expect(lines.slice(1).every((line) => line.includes('@beanco'))).toBe(true);

  // Delete, then undo.
  await rows.first().getByRole('button', { name: 'Details' }).click();
  const text = await details.locator('.detail-text').textContent();
  await details.getByRole('button', { name: 'Delete' }).click();
  await expect(dashboard.getByRole('status')).toHaveText('4 of 29 saved posts');
  await dashboard.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(dashboard.getByRole('status')).toHaveText('5 of 30 saved posts');
  await expect(rows.first()).toContainText(text ?? '');
});

test('the charts show cadence, engagement by length and format, and top hashtags', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/research');
  await seed(dashboard, 30);
  await dashboard.reload();
  await dashboard.getByRole('button', { name: 'Charts' }).click();
  const heatmap = dashboard.getByRole('img', { name: /Posts by .* per weekday and hour/ });
  await expect(heatmap).toBeVisible();
  // Ten posts each, an hour apart: ten filled cells for the chosen author.
  await dashboard.getByLabel('Author for cadence').selectOption('@acme');
  expect(await heatmap.locator('rect:not([fill="#f2f4f7"])').count()).toBe(10);
  await expect(
    dashboard.getByRole('img', { name: 'Engagement against text length' }).locator('circle'),
  ).toHaveCount(30);
  await expect(dashboard.getByRole('img', { name: 'Median engagement by format' })).toContainText('image');
  await expect(dashboard.getByRole('img', { name: 'Top hashtags (posts using them)' })).toContainText(
    '#coffee',
  );
});
