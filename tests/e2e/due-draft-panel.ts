import type { BrowserContext, Page } from '@playwright/test';
import { type ClosedShadowRoot, closedRoot } from './closed-shadow';
import { expect, serveFixture } from './extension';
import { userArrives } from './onbrand-started';

/** A site's composer page as the due-draft tests open it. */
export interface DueDraftPage {
  url: string;
  bundle: string;
  /** Markup the server puts in the page's head (Mastodon's embedded initial state). */
  head?: string;
  /** The fixture's id for the composer's editor (`window.__fixture.model(id)`). */
  editor: string;
  /** What the user does to get a composer on the page, where it is not there from the start. */
  openComposer?: (page: Page) => Promise<void>;
}

export const X_HOME: DueDraftPage = { url: 'https://x.com/home', bundle: 'x/home', editor: 'main' };

/**
 * The site's composer page with the findings panel open on the calendar's due entry (`title`), and the click
 * on "Insert scheduled draft" that puts `draft` into the editor's own model.
 */
export async function openDueDraft(
  context: BrowserContext,
  site: DueDraftPage,
  title: string,
  draft: string,
): Promise<{ page: Page; panel: ClosedShadowRoot; insertDraft: () => Promise<void> }> {
  await serveFixture(context, site.url, site.bundle, site.head ? { head: site.head } : {});
  const page = await context.newPage();
  await page.goto(site.url);
  await userArrives(page);
  await site.openComposer?.(page);
  await page.locator('onbrand-badge').click();
  // The panel's root is closed: the user sees it, the page's scripts and Playwright's locators do not.
  const panel = closedRoot(page, 'onbrand-panel');
  await expect.poll(() => panel.text({ role: 'region', name: 'Scheduled post' })).toContain(title);
  const insertDraft = async () => {
    await panel.click({ role: 'button', name: 'Insert scheduled draft' });
    await expect.poll(() => page.evaluate((id) => window.__fixture.model(id), site.editor)).toBe(draft);
  };
  return { page, panel, insertDraft };
}

/** The X fixture's home page with the panel open on the due entry (openDueDraft). */
export const openDueDraftOnX = (context: BrowserContext, title: string, draft: string) =>
  openDueDraft(context, X_HOME, title, draft);
