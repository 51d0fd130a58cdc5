import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

/** The parts of a CDP Profiler.Profile this test reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * From a CPU profile of the page's main thread: the longest uninterrupted stretch of samples running OnBrand
 * code (any frame of the stack from a chrome-extension:// script), and OnBrand's total. The page's own
 * long-task entries can't be pinned on a content script (Long Animation Frames leave isolated worlds out),
 * but the profiler sees every script on the thread.
 */
function onBrandTime(profile: CpuProfile): { longestMs: number; totalMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      !!node?.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let longest = 0;
  let run = 0;
  let total = 0;
  samples.forEach((id, index) => {
    // A sample stands for the time until the next one.
    const span = (deltas[index + 1] ?? 0) / 1000;
    if (isOurs(id)) {
      run += span;
      total += span;
      longest = Math.max(longest, run);
    } else run = 0;
  });
  return { longestMs: longest, totalMs: total };
}

// Per keystroke OnBrand only reads the draft and counts it; the full check waits for a pause in typing.
test('typing a 3,000-character draft: no OnBrand stretch over 50 ms, badge settled within 300 ms of the last key', async ({
  context,
  pageErrors,
}) => {
  await serveFixture(context, 'https://www.linkedin.com/onbrand-editor-test/quill2', 'editors/quill2');
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/onbrand-editor-test/quill2');
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');

  await page.getByRole('textbox', { name: 'Post text' }).click();
  const chunk = 'Brand new spring range, out now. ';
  let typed = '';
  while (typed.length < 3000) {
    const next = chunk.slice(0, Math.min(chunk.length, 3000 - typed.length));
    await page.keyboard.insertText(next);
    typed += next;
  }
  // The last key takes the draft over LinkedIn's 3,000: the badge must show it within 300 ms.
  // Measured inside the page, from the badge's closed root (its button holds the count): no round trip adds to it.
  const settled = await closedRoot(page, 'onbrand-badge').evaluate(async function (this: ShadowRoot) {
    const host = this.host;
    const button = this.querySelector('button');
    const started = performance.now();
    document.execCommand('insertText', false, '!');
    const settled = () =>
      host.getAttribute('data-onbrand-state') === 'error' &&
      button?.getAttribute('aria-label')?.startsWith('OnBrand: 3001 / 3000');
    while (!settled()) {
      if (performance.now() - started > 3000) return Number.POSITIVE_INFINITY;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return performance.now() - started;
  });
  const settleMs = settled ?? Number.POSITIVE_INFINITY;
  const { profile } = await cdp.send('Profiler.stop');

  expect(await page.evaluate(() => window.__fixture.model().length)).toBe(3001);
  const { longestMs, totalMs } = onBrandTime(profile);
  console.log(
    `OnBrand while typing 3,001 characters: longest stretch ${longestMs.toFixed(1)} ms, total ${totalMs.toFixed(1)} ms; badge settled in ${Math.round(settleMs)} ms`,
  );
  // The profile really saw OnBrand run (it reads and counts on every change).
  expect(totalMs).toBeGreaterThan(0);
  expect(longestMs).toBeLessThan(50);
  expect(settleMs).toBeLessThan(300);
  expect(pageErrors).toEqual([]);
});
