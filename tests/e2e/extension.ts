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
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens a page of the extension (popup.html, options.html#/settings …). */
  openExtensionPage: (pathAndQuery: string) => Promise<Page>;
  /** Collects uncaught page errors so a test can assert none happened. */
  pageErrors: string[];
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'onbrand-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        // No network here: stop Chromium from trying (stack.md §9, env notes).
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    // Nothing reaches the network: unknown URLs get a 404, known sites get their fixture page.
    await context.route(/^https?:\/\//, (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE }),
    );
    // Fixture bundles, on whatever site host the page asks for them.
    await context.route(FIXTURE_SCRIPT_URL, (route) =>
      route.fulfill({ contentType: 'text/javascript', path: fixtureScriptFile(route.request().url()) }),
    );
    // A fresh install opens the dashboard; let it land before tests open their own pages, or Chrome may
    // reuse a test's new tab for it.
    await expect
      .poll(() => context.pages().some((page) => page.url().includes('/options.html')), { timeout: 10_000 })
      .toBe(true);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
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
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
    await use(errors);
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
  options: { csp?: string } = {},
): Promise<void> {
  await context.route(url, (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: options.csp ? { 'content-security-policy': options.csp } : {},
      body: fixtureDocument(bundle),
    });
  });
}
