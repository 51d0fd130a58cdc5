// The built Firefox extension in headless Firefox ESR, driven by puppeteer over WebDriver BiDi (Playwright
// cannot load Firefox extensions: stack.md §9.2). Fixture pages are answered by request interception, the
// same documents the Chromium suite serves (tests/shared/fixture-pages.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { fixtureDocument, fixtureScriptFile, NOT_FOUND_PAGE } from '../shared/fixture-pages';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');

/** $FIREFOX_PATH, else Debian's firefox-esr, else a `firefox` on the usual path. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new Error(
    'No Firefox found for the Firefox end-to-end tests. Install one: `sudo apt-get install firefox-esr` ' +
      '(Debian/Ubuntu), or set FIREFOX_PATH to a Firefox 140+ binary.',
  );
}

// Firefox names an add-on's origin (moz-extension://<uuid>/) with a fresh random UUID per profile, unless
// the profile already maps the add-on's id to one. Giving it one up front makes the dashboard's URL known.
const EXTENSION_UUID = '0b5e7a1d-6f1e-4c3a-9d2b-6f6e6272616e';

const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * A fresh install opens the welcome page, and Firefox loads it into whichever tab is empty at that moment:
 * wait until it is there, so it never takes over a tab a test has just opened.
 */
async function installWelcomeShown(browser: Browser): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/welcome.html`)) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Installing OnBrand did not open its welcome page within 15 s');
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Opens a page of the extension (options.html#/research …). */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /**
   * Opens a tab where every page of `url`'s host is the fixture `bundle` (tests/fixtures/sites/<site>/<page>),
   * any other web URL is a 404, and navigates it to `url`.
   */
  openFixture(url: string, bundle: string): Promise<Page>;
  /** Uncaught errors of the pages opened so far, for asserting none happened. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // WebDriver BiDi navigates tabs only to web URLs unless system access is allowed; the dashboard is a
    // moz-extension: page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  await installWelcomeShown(browser);
  const pageErrors: string[] = [];
  const track = (page: Page) => {
    // Well inside the test timeout, so a missing element fails with its selector rather than a bare timeout.
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
    return page;
  };
  return {
    browser,
    pageErrors,
    async openExtensionPage(pathAndQuery) {
      const page = track(await browser.newPage());
      // Firefox's BiDi reports no navigation events for moz-extension: documents, so puppeteer's goto never
      // settles: start the navigation, then wait for the document itself.
      const url = `${EXTENSION_ORIGIN}/${pathAndQuery}`;
      page.goto(url).catch(() => {});
      // The app may add to the hash route (the calendar adds its view), never change what was asked for.
      // An evaluation that lands while about:blank is swapped for the extension page fails in BiDi itself
      // ("right-hand side of 'in' should be an object"): that is the navigation still going on, so wait again.
      for (let attempt = 0; ; attempt++) {
        try {
          await page.waitForFunction(
            (asked) => location.href.startsWith(asked) && document.readyState === 'complete',
            { polling: 100 },
            url,
          );
          return page;
        } catch (error) {
          // puppeteer wraps it: "Waiting failed", caused by the ProtocolError.
          const cause = error instanceof Error ? String(error.cause ?? '') : '';
          if (attempt >= 3 || !`${error} ${cause}`.includes('Protocol error')) throw error;
        }
      }
    },
    async openFixture(url, bundle) {
      const page = track(await browser.newPage());
      const host = new URL(url).origin;
      await page.setRequestInterception(true);
      page.on('request', (request) => void answer(request, host, bundle));
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Nothing reaches the network: the site's documents are the fixture, its bundles come from disk. */
async function answer(request: HTTPRequest, host: string, bundle: string): Promise<void> {
  const url = request.url();
  if (!/^https?:/.test(url)) return request.continue();
  if (url.startsWith(`${host}/__fixture/`)) {
    return request.respond({
      contentType: 'text/javascript',
      body: readFileSync(fixtureScriptFile(url)),
    });
  }
  if (url.startsWith(`${host}/`) && request.isNavigationRequest()) {
    return request.respond({ contentType: 'text/html; charset=utf-8', body: fixtureDocument(bundle) });
  }
  return request.respond({ status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE });
}

export interface BadgeView {
  count: string | undefined;
  state: string | undefined;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * The badge OnBrand places beside this composer: its page-hook attributes and its box, or null when the
 * composer has none. Its words and count are inside a closed shadow root that page scripts (and so this
 * harness, which evaluates in the page) cannot read; the Chromium e2e reads them over CDP. The badge sits just outside the editor, never over its
 * text: beside it, or below or above it where the window is too narrow, a few pixels from its edge.
 */
export function badgeAt(composer: ElementHandle<Element>): Promise<BadgeView | null> {
  return composer.evaluate((editor) => {
    const box = editor.getBoundingClientRect();
    for (const badge of document.querySelectorAll<HTMLElement>('onbrand-badge')) {
      const rect = badge.getBoundingClientRect();
      if (rect.width === 0) continue;
      const gapX = Math.max(box.left - rect.right, rect.left - box.right);
      const gapY = Math.max(box.top - rect.bottom, rect.top - box.bottom);
      if (Math.max(gapX, gapY) >= -1 && Math.max(gapX, gapY) <= 24 && Math.min(gapX, gapY) < 0) {
        return {
          count: badge.dataset.onbrandCount,
          state: badge.dataset.onbrandState,
          rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        };
      }
    }
    return null;
  });
}

/** The text the fixture's editor library holds in its own model (tests/fixtures/sites/shared/harness.ts). */
export function modelText(page: Page, editor = 'main'): Promise<string> {
  return page.evaluate((id) => window.__fixture.model(id), editor);
}

/** Clicks the badge beside this composer, where the user sees it. */
export async function clickBadgeAt(page: Page, composer: ElementHandle<Element>): Promise<void> {
  const rect = (await badgeAt(composer))?.rect;
  if (!rect) throw new Error('the composer has no badge on screen');
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.waitForSelector('onbrand-panel', { visible: true });
}

/**
 * Applies the first finding's first fix as a keyboard user does. WebDriver BiDi cannot reach into the
 * panel's closed shadow root (closed so the page can't read the user's data in it); the panel puts focus on
 * its first finding when it opens, and Enter on a finding applies its first fix.
 */
export async function applyFirstFixByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}
