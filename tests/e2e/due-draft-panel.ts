import type { BrowserContext, Page } from '@playwright/test';
import { type ClosedShadowRoot, closedRoot } from './closed-shadow';
import { expect, serveFixture } from './extension';
import { userArrives } from './onbrand-started';

/**
 * The X fixture's home page with the findings panel open on the calendar's due entry (`title`), and the
 * click on "Insert scheduled draft" that puts `draft` into the Draft.js model.
 */
export async function openDueDraftOnX(
  context: BrowserContext,
  title: string,
  draft: string,
): Promise<{ page: Page; panel: ClosedShadowRoot; insertDraft: () => Promise<void> }> {
  await serveFixture(context, 'https://x.com/home', 'x/home');
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await userArrives(page);
  await page.locator('onbrand-badge').click();
  // The panel's root is closed: the user sees it, the page's scripts and Playwright's locators do not.
  const panel = closedRoot(page, 'onbrand-panel');
  await expect.poll(() => panel.text({ role: 'region', name: 'Scheduled post' })).toContain(title);
  const insertDraft = async () => {
    await panel.click({ role: 'button', name: 'Insert scheduled draft' });
    await expect.poll(() => page.evaluate(() => window.__fixture.model())).toBe(draft);
  };
  return { page, panel, insertDraft };
}
