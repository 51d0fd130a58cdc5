// Importing a 10,000-row analytics export as a user does it, in the real dashboard over the browser's own
// IndexedDB: choose the file, read the preview, confirm, see "Imported …". Run by `npm run bench`
// (scripts/bench.mjs), which prints the medians; the target is ≤ 2 s from choosing the file to the stored
// result. bench/analytics.bench.ts times the same steps in Node over fake-indexeddb, whose key handling
// (a DOMException built and caught for every row's missing optional index key) costs more than the import
// itself, so the browser's figure is the one the target is read against.
import { writeFileSync } from 'node:fs';
import { expect, test } from '../tests/e2e/extension';
import { median } from '../tests/shared/cpu-profile';
import { xExportCsv } from './x-export';

const ROWS = 10_000;
const RUNS = Number(process.env.ONBRAND_IMPORT_RUNS ?? 3);

test.setTimeout(300_000);

/** Where the page keeps the times its listeners saw, until the test reads them. */
interface Timed {
  importTimings: Promise<[number, number, number, number, number]>;
}

test(`import a ${ROWS.toLocaleString('en')}-row X export in the dashboard`, async ({
  openExtensionPage,
  context,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  // ONBRAND_IMPORT_PROFILE=file.cpuprofile keeps a CPU profile of the runs, to read in DevTools.
  const profilePath = process.env.ONBRAND_IMPORT_PROFILE;
  const cdp = profilePath ? await context.newCDPSession(dashboard) : undefined;
  await cdp?.send('Profiler.enable');
  await cdp?.send('Profiler.start');
  const fileInput = dashboard.getByLabel('Import an analytics export…');
  const runs: { previewMs: number; storeMs: number; totalMs: number; dashboardMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const name = `x-export-${run}.csv`;
    const buffer = Buffer.from(xExportCsv(ROWS, run * ROWS));
    // Time on the page's clock, read by listeners in the page (no polling that would take the main thread):
    // from the file input's change to the preview's summary, and from the Import click to the result.
    const summary = `^X post activity: ${ROWS.toLocaleString('en').replace(',', ',?')} X posts will be imported\\.`;
    // The dashboard's own re-read done: X's engagement-rate KPI counts every post imported so far.
    const counted = `over the ${((run + 1) * ROWS).toLocaleString('en')} posts`;
    await dashboard.evaluate(
      ({ summary, file, counted }) => {
        const seen = (test: (text: string) => boolean, selector = '[role="status"]') =>
          new Promise<number>((resolve) => {
            const look = () => {
              const found = [...document.querySelectorAll(selector)].some((node) =>
                test(node.textContent ?? ''),
              );
              if (!found) return false;
              observer.disconnect();
              resolve(performance.now());
              return true;
            };
            const observer = new MutationObserver(look);
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            look();
          });
        const event = (type: string, target: (event: Event) => boolean) =>
          new Promise<number>((resolve) => {
            const listener = (event: Event) => {
              if (!target(event)) return;
              document.removeEventListener(type, listener, true);
              resolve(performance.now());
            };
            document.addEventListener(type, listener, true);
          });
        const chosen = event('change', (event) => event.target instanceof HTMLInputElement);
        const previewed = seen((text) => new RegExp(summary).test(text));
        const confirmed = event(
          'click',
          (event) => event.target instanceof HTMLButtonElement && event.target.textContent === 'Import',
        );
        const stored = seen((text) => text.startsWith('Imported') && text.includes(file));
        const shown = seen((text) => text.includes(counted), '.kpi-formula');
        (globalThis as unknown as Timed).importTimings = Promise.all([
          chosen,
          previewed,
          confirmed,
          stored,
          shown,
        ]);
      },
      { summary, file: name, counted },
    );
    await fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer });
    const preview = dashboard.getByRole('dialog', { name: `Import ${name}` });
    await expect(preview.getByRole('status')).toHaveText(new RegExp(summary), { timeout: 60_000 });
    await preview.getByRole('button', { name: 'Import' }).click();
    const [chosenAt, previewAt, confirmAt, storedAt, shownAt] = await dashboard.evaluate(
      () => (globalThis as unknown as Timed).importTimings,
    );
    const previewMs = previewAt - chosenAt;
    const storeMs = storedAt - confirmAt;
    // From the Import click to the dashboard showing the new posts (its live query read everything again).
    runs.push({ previewMs, storeMs, totalMs: previewMs + storeMs, dashboardMs: shownAt - confirmAt });
  }
  if (cdp && profilePath)
    writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  // What the user sees at the end: every post counted on the page.
  await expect(dashboard.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText(
    new RegExp(`^Imported ${ROWS.toLocaleString('en').replace(',', ',?')} new posts`),
  );
  const result = {
    rows: ROWS,
    runs,
    previewMs: median(runs.map((r) => r.previewMs)),
    storeMs: median(runs.map((r) => r.storeMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    dashboardMs: median(runs.map((r) => r.dashboardMs)),
  };
  const out = process.env.ONBRAND_IMPORT_JSON;
  if (out) writeFileSync(out, JSON.stringify(result));
  else console.log(JSON.stringify(result));
});
