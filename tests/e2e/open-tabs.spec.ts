import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium } from '@playwright/test';
import { findChromium } from './browser';
import { badgeLabel } from './closed-shadow';
import { EXTENSION_DIR, expect, routeFixtureBasics, serveFixture } from './extension';
import { userArrives } from './onbrand-started';

// Chrome runs content scripts only in pages loaded after an extension arrived; OnBrand runs them in its
// sites' open tabs itself. Here the X tab is open first, in a browser without OnBrand, and OnBrand is installed
// afterwards through the DevTools protocol (`Extensions.loadUnpacked`), as a user installing from the store
// with X open would.
base('installed while an X tab is open, OnBrand checks in that tab without a reload', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'onbrand-e2e-'));
  const port = 9300 + (process.pid % 500);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    // Playwright starts Chromium with extensions switched off unless it is told which to load.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--remote-debugging-port=${port}`,
      '--enable-unsafe-extension-debugging',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    await routeFixtureBasics(context);
    await serveFixture(context, 'https://x.com/home', 'x/home');
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    const editor = page.getByTestId('tweetTextarea_0');
    await editor.click();
    await page.keyboard.type('Written before OnBrand was installed.');
    await expect(page.locator('onbrand-badge')).toHaveCount(0);

    const devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const session = await devtools.newBrowserCDPSession();
    // Playwright's protocol types predate the Extensions domain (Chromium 126+).
    await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);

    // The user comes back to the tab: the injected script gives the composer its badge at their first move.
    await userArrives(page);
    await expect(page.locator('onbrand-badge')).toHaveCount(1);
    await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 37 \/ 280 characters/);
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Checked now.');
    await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 50 \/ 280 characters/);
    expect(await page.evaluate(() => window.__fixture.model('main'))).toBe(
      'Written before OnBrand was installed. Checked now.',
    );
    await devtools.close();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
