import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import {
  FIXTURE_SCRIPT_URL,
  fixtureDocument,
  fixtureScriptFile,
  NOT_FOUND_PAGE,
} from '../shared/fixture-pages';
import { findChromium } from './browser';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface ExtensionFixtures {
  /**
   * Whether this file's tests share one browser per worker (set with `test.use({ reuseBrowser: true })`).
   * A launch with its fresh install costs 2–5 s on a two-core machine; a file of many short cases that only
   * read and type in pages shares one browser, and each test still starts with no pages, no routes of the
   * previous test and an empty database.
   */
  reuseBrowser: boolean;
  /**
   * The browser's UI language and the system time zone of a browser of its own (a fresh install reads both,
   * so it is never shared): `--lang` and `TZ`, as a user's German Chromium in Berlin has them.
   */
  browserLocale: { lang: string; timeZone: string } | undefined;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens a page of the extension (popup.html, options.html#/settings …). */
  openExtensionPage: (pathAndQuery: string) => Promise<Page>;
  /** Collects uncaught page errors so a test can assert none happened. */
  pageErrors: string[];
}

interface WorkerFixtures {
  /** This worker's shared browser, launched the first time a test that reuses it asks. */
  sharedBrowser: () => Promise<BrowserContext>;
}

export async function launchWithExtension(
  locale?: ExtensionFixtures['browserLocale'],
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'onbrand-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    // Chromium on Windows and macOS takes its UI language from --lang; on Linux it reads LANGUAGE instead.
    ...(locale
      ? {
          locale: locale.lang,
          env: { ...process.env, TZ: locale.timeZone, LANGUAGE: locale.lang.replace('-', '_') },
        }
      : {}),
    args: [
      ...(locale ? [`--lang=${locale.lang}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // No network here: stop Chromium from trying (stack.md §9, env notes).
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // A fresh install opens the welcome page; let it land before tests open their own pages, or Chrome may
  // reuse a test's new tab for it.
  await expect
    .poll(() => context.pages().some((page) => page.url().includes('/welcome.html')), { timeout: 10_000 })
    .toBe(true);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Nothing reaches the network: unknown URLs get a 404, and fixture bundles load on any site host. */
export async function routeFixtureBasics(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\//, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE }),
  );
  await context.route(FIXTURE_SCRIPT_URL, (route) =>
    route.fulfill({ contentType: 'text/javascript', path: fixtureScriptFile(route.request().url()) }),
  );
}

/**
 * Leaves a shared browser as a fresh install would be for the next test: one blank tab, no routes, no granted
 * permissions, an empty database, empty extension storage (what the background keeps is all in those), no
 * alarms and no content scripts registered at run time.
 */
async function resetSharedBrowser(context: BrowserContext): Promise<void> {
  const blank = await context.newPage();
  for (const page of context.pages()) if (page !== blank) await page.close();
  await context.unrouteAll({ behavior: 'wait' });
  await context.clearPermissions();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    if (stores.length > 0) {
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    // What the previous test left scheduled or registered: reminders, Mastodon instances' content scripts.
    await chrome.alarms.clearAll();
    const added = await chrome.scripting.getRegisteredContentScripts();
    if (added.length > 0) await chrome.scripting.unregisterContentScripts({ ids: added.map((s) => s.id) });
  });
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  reuseBrowser: [false, { option: true }],
  browserLocale: [undefined, { option: true }],
  sharedBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      let launched: ReturnType<typeof launchWithExtension> | undefined;
      await use(() => {
        launched ??= launchWithExtension();
        return launched.then(({ context }) => context);
      });
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],
  context: async ({ reuseBrowser, browserLocale, sharedBrowser }, use) => {
    if (reuseBrowser && !browserLocale) {
      const context = await sharedBrowser();
      await routeFixtureBasics(context);
      await use(context);
      await resetSharedBrowser(context);
      return;
    }
    const { context, close } = await launchWithExtension(browserLocale);
    await routeFixtureBasics(context);
    await use(context);
    await close();
  },
  background: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (pathAndQuery) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return page;
    });
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
    context.on('page', watch);
    await use(errors);
    context.off('page', watch);
  },
});

export { expect };

/** The id of the most recently opened tab, for popup.html?tab=<id>. */
export async function newestTabId(background: Worker): Promise<number> {
  return background.evaluate(async () => {
    const ids = (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    return Math.max(...ids);
  });
}

/**
 * Serves a fixture page at a real site URL: `bundle` is tests/fixtures/sites/<site>/<page> (without .tsx).
 * Call before `page.goto`. Routes registered later win, so a test can replace a page mid-test.
 */
export async function serveFixture(
  context: BrowserContext,
  url: string | RegExp,
  bundle: string,
  /** `head`: markup the server puts in the page's head (a Mastodon instance's embedded initial state). */
  options: { csp?: string; head?: string } = {},
): Promise<void> {
  await context.route(url, (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: options.csp ? { 'content-security-policy': options.csp } : {},
      body: fixtureDocument(bundle, options.head),
    });
  });
}
