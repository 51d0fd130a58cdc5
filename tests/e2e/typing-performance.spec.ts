import { tallyCpu } from '../shared/cpu-profile';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

// Per keystroke OnBrand only reads the draft and counts it; the full check waits for a pause in typing.
test('typing a 3,000-character draft: the badge settles within 300 ms of the last key', async ({
  context,
  pageErrors,
}) => {
  await serveFixture(context, 'https://www.linkedin.com/onbrand-editor-test/quill2', 'editors/quill2');
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/onbrand-editor-test/quill2');
  await userArrives(page);
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
      button?.getAttribute('aria-label')?.startsWith('OnBrand: 3,001 / 3,000');
    const waitFor = async (done: () => boolean | undefined) => {
      while (!done()) {
        if (performance.now() - started > 3000) return Number.POSITIVE_INFINITY;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return performance.now() - started;
    };
    const countMs = await waitFor(settled);
    // The length error is then listed by the full check, after the pause in typing it waits for.
    const findingsMs = await waitFor(() => Number(host.getAttribute('data-onbrand-count')) >= 1);
    return { countMs, findingsMs };
  });
  const settleMs = settled?.countMs ?? Number.POSITIVE_INFINITY;
  const findingsMs = settled?.findingsMs ?? Number.POSITIVE_INFINITY;
  const { profile } = await cdp.send('Profiler.stop');

  expect(await page.evaluate(() => window.__fixture.model().length)).toBe(3001);
  // OnBrand's CPU while typing is measured and held to its targets by `npm run bench` (bench/typing.pw.ts);
  // here it is only logged.
  const cpu = tallyCpu(profile);
  console.log(
    `OnBrand while typing 3,001 characters: longest stretch ${cpu.longestOnBrandMs.toFixed(1)} ms, total ${cpu.onBrandMs.toFixed(1)} ms; badge settled in ${Math.round(settleMs)} ms, findings listed in ${Math.round(findingsMs)} ms`,
  );
  expect(settleMs).toBeLessThan(300);
  // The pause before the full check is at most 500 ms (composer-session.ts), and the check itself is fast.
  expect(findingsMs).toBeLessThan(1000);
  expect(pageErrors).toEqual([]);
});
