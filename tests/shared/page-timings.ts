import type { Page } from '@playwright/test';

/**
 * Runs in the page before its scripts (an init script): records long tasks (a PerformanceObserver for
 * 'longtask'), the time of the last keystroke and of the last change to a badge's public attributes, so a
 * test or the bench can say how long the badge took to settle after the user stopped typing.
 */
export const RECORD_TIMINGS = () => {
  const timings = { longTasks: [] as number[], lastKey: 0, lastBadgeChange: 0 };
  (window as unknown as { __timings: typeof timings }).__timings = timings;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timings.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'keydown',
    () => {
      timings.lastKey = performance.now();
    },
    true,
  );
  new MutationObserver((records) => {
    if (records.some((record) => record.target.nodeName === 'ONBRAND-BADGE')) {
      timings.lastBadgeChange = performance.now();
    }
  }).observe(document, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-onbrand-count', 'data-onbrand-state', 'aria-label'],
  });
};

export type PageTimings = { longTasks: number[]; lastKey: number; lastBadgeChange: number };

export const pageTimings = (page: Page): Promise<PageTimings> =>
  page.evaluate(() => (window as unknown as { __timings: PageTimings }).__timings);
