// The content script's start-up on a page load: main-thread time of OnBrand's code from navigation until the
// page is idle with its badges up, from a CPU profile of the tab, on each site's composer page. Run by
// `npm run bench` (scripts/bench.mjs), which prints the medians; the target is ≤ 10 ms per site.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { COMPOSER_PAGES } from '../tests/e2e/composer-pages';
import { expect, serveFixture, test } from '../tests/e2e/extension';
import { median, tallyCpu } from '../tests/shared/cpu-profile';

const RUNS = Number(process.env.ONBRAND_STARTUP_RUNS ?? 9);

/**
 * Composers on the page as it loads (before the user opens a dialog), so the start-up includes checking them.
 * The rest show their composer only after a click: their start-up is the script and its watchers alone.
 */
const BADGES_AT_LOAD: Record<keyof typeof COMPOSER_PAGES, number> = {
  x: 1,
  linkedin: 1,
  facebook: 1,
  instagram: 1,
  threads: 0,
  tiktok: 1,
  youtube: 0,
  pinterest: 1,
  reddit: 2,
  bluesky: 0,
  mastodon: 1,
};

/** Two idle periods in a row: nothing of the page's or OnBrand's left in the event loop's queues. */
const idle = (page: Page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 2; i++)
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 }));
  });

test.use({ reuseBrowser: true });
test.setTimeout(300_000);

const results: { site: string; medianMs: number; longestMs: number; runs: number[] }[] = [];

for (const [site, composer] of Object.entries(COMPOSER_PAGES) as [
  keyof typeof COMPOSER_PAGES,
  (typeof COMPOSER_PAGES)[keyof typeof COMPOSER_PAGES],
][]) {
  test(`start-up on ${site}`, async ({ context }) => {
    await serveFixture(context, composer.host, composer.bundle);
    const runs: number[] = [];
    const longest: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(composer.url);
      await expect(page.locator('onbrand-badge:visible')).toHaveCount(BADGES_AT_LOAD[site]);
      await idle(page);
      const { profile } = await cdp.send('Profiler.stop');
      // To see where the time goes: ONBRAND_PROFILE_DIR=dir keeps each profile (DevTools opens .cpuprofile).
      const keep = process.env.ONBRAND_PROFILE_DIR;
      if (keep) writeFileSync(path.join(keep, `startup-${site}-${run}.cpuprofile`), JSON.stringify(profile));
      const cpu = tallyCpu(profile);
      // A profile that never saw the content script measured nothing.
      expect(cpu.onBrandMs).toBeGreaterThan(0);
      runs.push(cpu.onBrandMs);
      longest.push(cpu.longestOnBrandMs);
      await cdp.detach();
      await page.close();
    }
    results.push({ site, medianMs: median(runs), longestMs: median(longest), runs });
  });
}

test.afterAll(() => {
  const out = process.env.ONBRAND_STARTUP_JSON;
  if (out) writeFileSync(out, JSON.stringify(results));
  else for (const row of results) console.log(`${row.site}: median ${row.medianMs.toFixed(2)} ms`);
});
