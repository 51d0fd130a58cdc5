// Mastodon instances the user adds in the dashboard's settings. Headless Chromium can't answer the browser's
// permission prompt, so the user's "yes" is given the other real way Chromium offers: site access on
// chrome://extensions (developerPrivate.addHostPermission, what that page's own "Add a site" calls). Chromium
// keeps such a grant for the extension and answers a later permissions.request for that host with true,
// without a prompt; from there the product's own path runs: the settings page asks, the background registers
// the content script, and the instance's pages get the badge. The user's "no" is stood in for by a stub.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badgeLabel, badgeText } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

// Each case walks settings, chrome://extensions and two sites' pages: on a loaded two-core machine that
// takes 20–30 s, too close to the default 30 s.
test.describe.configure({ timeout: 60_000 });

const FOSSTODON = 'https://fosstodon.org/home';
const HACHYDERM = 'https://hachyderm.io/home';

/** Site access as the user changes it on chrome://extensions, for one origin pattern. */
async function siteAccess(
  context: BrowserContext,
  extensionId: string,
  change: 'addHostPermission' | 'removeHostPermission',
  origin: string,
): Promise<void> {
  const extensions = await context.newPage();
  await extensions.goto(`chrome://extensions/?id=${extensionId}`);
  await extensions.evaluate(
    ([id, method, host]) =>
      (
        chrome as unknown as {
          developerPrivate: Record<typeof method, (id: string, host: string) => Promise<void>>;
        }
      ).developerPrivate[method](id, host),
    [extensionId, change, origin] as const,
  );
  await extensions.close();
}

async function addInstance(settings: Page, typed: string, host: string): Promise<void> {
  await settings.getByLabel('Instance address').fill(typed);
  await settings.getByRole('button', { name: 'Add instance' }).click();
  await expect(settings.getByRole('status')).toHaveText(`Added ${host}. Reload its open tabs to start.`);
}

const instanceList = (settings: Page) =>
  settings.getByRole('list', { name: 'Added Mastodon instances' }).getByRole('listitem');
const composer = (page: Page) => page.locator('.compose-form textarea');

/**
 * No OnBrand script can run in this page: the background has no content script registered for its host, and
 * a load after that shows the composer without a badge. (Waiting on the registrations, not on a pause: once
 * none matches, nothing can inject the badge into the reloaded page later.)
 */
async function expectNoBadge(page: Page, background: Worker): Promise<void> {
  const host = new URL(page.url()).host;
  await expect
    .poll(() =>
      background.evaluate(
        async (host) =>
          (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) =>
            (script.matches ?? []).filter((pattern) => new URL(pattern.replace('*', 'x')).host === host),
          ),
        host,
      ),
    )
    .toEqual([]);
  await page.reload();
  await expect(composer(page)).toBeVisible();
  // The user is in the page, and still no badge: no content script runs here.
  await page.mouse.move(8, 8);
  await expect(page.locator('onbrand-badge')).toHaveCount(0);
}

/** fosstodon.org allowed on chrome://extensions and added in the settings, its composer open with its badge. */
async function composeOnAddedFosstodon(
  context: BrowserContext,
  extensionId: string,
  openExtensionPage: (pathAndQuery: string) => Promise<Page>,
): Promise<{ settings: Page; page: Page }> {
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  const settings = await openExtensionPage('options.html#/settings');
  await addInstance(settings, 'fosstodon.org', 'fosstodon.org');
  await serveFixture(context, /^https:\/\/fosstodon\.org\//, 'mastodon/home');
  const page = await context.newPage();
  await page.goto(FOSSTODON);
  await userArrives(page);
  await expect(page.locator('onbrand-badge')).toHaveAttribute('data-onbrand-state', 'ok');
  return { settings, page };
}

test('adding an instance asks the browser for that host only, and adds nothing when refused', async ({
  openExtensionPage,
  background,
}) => {
  const settings = await openExtensionPage('options.html#/settings');
  await expect(settings.getByRole('heading', { name: 'Mastodon instances' })).toBeVisible();
  // Stand in for the prompt: record what is asked and answer as a user who says no.
  await settings.evaluate(() => {
    const asked: unknown[] = [];
    (window as unknown as { asked: unknown[] }).asked = asked;
    chrome.permissions.request = ((request: unknown, callback?: (granted: boolean) => void) => {
      asked.push(request);
      callback?.(false);
      return Promise.resolve(false);
    }) as typeof chrome.permissions.request;
  });

  await settings.getByLabel('Instance address').fill('not a host');
  await settings.getByRole('button', { name: 'Add instance' }).click();
  await expect(settings.getByRole('status')).toHaveText('“not a host” is not a host name.');

  await settings.getByLabel('Instance address').fill('https://Fosstodon.org/home');
  await settings.getByRole('button', { name: 'Add instance' }).click();
  await expect(settings.getByRole('status')).toHaveText(
    'Without permission for fosstodon.org, OnBrand can’t check posts there.',
  );
  expect(await settings.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([
    { origins: ['https://fosstodon.org/*'] },
  ]);
  await expect(instanceList(settings)).toHaveCount(0);

  // Even asked directly, the background registers nothing for a host the user never granted.
  const reply = await settings.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }),
  );
  expect(reply).toEqual({
    ok: false,
    error: 'Without permission for fosstodon.org, OnBrand can’t check posts there.',
  });
  expect(await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});

test('an added instance gets the badge with Mastodon’s counting and save buttons on its feed; one not added gets nothing', async ({
  context,
  extensionId,
  openExtensionPage,
  background,
  pageErrors,
}) => {
  // The user allows both hosts on chrome://extensions but adds only fosstodon.org in OnBrand.
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  await siteAccess(context, extensionId, 'addHostPermission', 'https://hachyderm.io/*');
  const settings = await openExtensionPage('options.html#/settings');
  await addInstance(settings, 'https://Fosstodon.org/home', 'fosstodon.org');
  await expect(instanceList(settings)).toHaveText(['fosstodon.org Remove fosstodon.org']);

  await serveFixture(context, /^https:\/\/fosstodon\.org\/home/, 'mastodon/home');
  const page = await context.newPage();
  await page.goto(FOSSTODON);
  await userArrives(page);
  const badge = page.locator('onbrand-badge');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('data-onbrand-count', '0');
  await expect(badge).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 0 / 500 characters, no problems');

  // 581 characters as typed, 484 as Mastodon counts them: a link is 23 whatever its length.
  await composer(page).click();
  const draft = `${'a'.repeat(460)} https://example.com/${'x'.repeat(100)}`;
  await page.keyboard.insertText(draft);
  expect(await page.evaluate(() => window.__fixture.model('post').length)).toBe(581);
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 484 / 500 characters, no problems');
  await expect(badge).toHaveAttribute('data-onbrand-state', 'ok');
  // Past 500 by Mastodon's count, the draft is an error.
  await page.keyboard.insertText(' b'.repeat(9));
  await expect(badge).toHaveAttribute('data-onbrand-state', 'error');
  await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 502 \/ 500 characters, /);

  // The instance's feed: a save button per post, and a saved post lands in the research library.
  await serveFixture(context, /^https:\/\/fosstodon\.org\/public\/local/, 'mastodon/feed');
  const feed = await context.newPage();
  await feed.goto('https://fosstodon.org/public/local');
  await userArrives(feed);
  await expect(feed.locator('onbrand-save')).toHaveCount(4);
  const save = feed.locator('[data-fixture-post="113500000000000001"] onbrand-save');
  await save.click();
  await expect(save).toHaveAttribute('data-onbrand-saved', 'true');
  const research = await openExtensionPage('options.html#/research');
  const rows = research.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link', { name: 'Open original' })).toHaveAttribute(
    'href',
    'https://fosstodon.org/@greenfingers/113500000000000001',
  );

  // Site access alone does nothing: hachyderm.io was never added in OnBrand.
  await serveFixture(context, /^https:\/\/hachyderm\.io\//, 'mastodon/home');
  const other = await context.newPage();
  await other.goto(HACHYDERM);
  await expectNoBadge(other, background);
  expect(pageErrors).toEqual([]);
});

test('an added instance that allows 1,000 characters says so in its page, and the badge counts to 1,000', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  const settings = await openExtensionPage('options.html#/settings');
  await addInstance(settings, 'fosstodon.org', 'fosstodon.org');
  // The state the instance's server embeds in its web app's page, with its own limit.
  const state = JSON.stringify({ meta: { domain: 'fosstodon.org' }, max_toot_chars: 1000 });
  await serveFixture(context, /^https:\/\/fosstodon\.org\//, 'mastodon/home', {
    head: `<script id="initial-state" type="application/json">${state}</script>`,
  });
  const page = await context.newPage();
  await page.goto(FOSSTODON);
  await userArrives(page);
  const badge = page.locator('onbrand-badge');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 0 / 1,000 characters, no problems');
  // 600 characters: over Mastodon's default 500, within this instance's 1,000.
  await composer(page).click();
  await page.keyboard.insertText('a'.repeat(600));
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 600 / 1,000 characters, no problems');
  await expect(badge).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => badgeText(page)).toBe('No problems600 / 1,000');
  expect(pageErrors).toEqual([]);
});

test('an upstream Mastodon 4.x instance states its limit only in /api/v2/instance: the badge counts to that, content warning included', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  const settings = await openExtensionPage('options.html#/settings');
  await addInstance(settings, 'fosstodon.org', 'fosstodon.org');
  // No initial state in the page; the instance entity at the endpoint its web app asks, as the server's
  // REST::InstanceSerializer gives it (trimmed to the fields around the limits).
  const asked: string[] = [];
  await context.route('https://fosstodon.org/api/v2/instance', (route) => {
    asked.push(route.request().method());
    return route.fulfill({
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        domain: 'fosstodon.org',
        version: '4.3.2',
        configuration: {
          urls: { streaming: 'wss://fosstodon.org' },
          statuses: { max_characters: 1000, max_media_attachments: 4, characters_reserved_per_url: 23 },
        },
      }),
    });
  });
  await serveFixture(context, /^https:\/\/fosstodon\.org\/home/, 'mastodon/home');
  const page = await context.newPage();
  await page.goto(FOSSTODON);
  await userArrives(page);
  const badge = page.locator('onbrand-badge');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 0 / 1,000 characters, no problems');
  expect(asked).toEqual(['GET']);

  // 600 characters: over Mastodon's default 500, within this instance's 1,000.
  await composer(page).click();
  await page.keyboard.insertText('a'.repeat(600));
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 600 / 1,000 characters, no problems');

  // A content warning counts toward the same 1,000, as the server's StatusLengthValidator counts it.
  await page.getByRole('button', { name: 'CW' }).click();
  await page.getByLabel('Content warning').fill('Spoilers for the season finale');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 630 / 1,000 characters, no problems');
  await page.getByLabel('Content warning').fill('w'.repeat(401));
  await expect(badge).toHaveAttribute('data-onbrand-state', 'error');
  await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 1,001 \/ 1,000 characters, /);
  expect(pageErrors).toEqual([]);
});

test('removing the instance in settings takes the badge away from its next load', async ({
  context,
  extensionId,
  openExtensionPage,
  background,
  pageErrors,
}) => {
  const { settings, page } = await composeOnAddedFosstodon(context, extensionId, openExtensionPage);

  await settings.getByRole('button', { name: 'Remove fosstodon.org' }).click();
  await expect(settings.getByRole('status')).toHaveText('Removed fosstodon.org.');
  await expect(instanceList(settings)).toHaveCount(0);
  await page.reload();
  await expectNoBadge(page, background);
  // Allowing the site on chrome://extensions later doesn't bring back an instance the user removed.
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  await page.reload();
  await expectNoBadge(page, background);
  expect(pageErrors).toEqual([]);
});

test('site access withdrawn on chrome://extensions stops the badge from the next load; allowed again, the badge is back', async ({
  context,
  extensionId,
  openExtensionPage,
  background,
  pageErrors,
}) => {
  const { settings, page } = await composeOnAddedFosstodon(context, extensionId, openExtensionPage);

  await siteAccess(context, extensionId, 'removeHostPermission', 'https://fosstodon.org/*');
  // The background drops the instance's script as the permission goes, not only at its next start.
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toEqual([]);
  await page.reload();
  await expectNoBadge(page, background);
  await settings.reload();
  await expect(instanceList(settings)).toHaveText([
    'fosstodon.org (permission withdrawn: add it again to use it) Remove fosstodon.org',
  ]);

  // Allowed again on chrome://extensions, the instance still listed is checked again.
  await siteAccess(context, extensionId, 'addHostPermission', 'https://fosstodon.org/*');
  await settings.reload();
  await expect(instanceList(settings)).toHaveText(['fosstodon.org Remove fosstodon.org']);
  await page.reload();
  await userArrives(page);
  await expect(page.locator('onbrand-badge')).toHaveAttribute('data-onbrand-state', 'ok');
  expect(pageErrors).toEqual([]);
});

test('switching the content warning off or emptying it changes the count at once, without another keystroke', async ({
  context,
  pageErrors,
}) => {
  // mastodon.social is built in: no settings walk needed. Its page states no limit; the endpoint answers 500.
  await context.route('https://mastodon.social/api/v2/instance', (route) =>
    route.fulfill({
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        configuration: { statuses: { max_characters: 500, characters_reserved_per_url: 23 } },
      }),
    }),
  );
  await serveFixture(context, /^https:\/\/mastodon\.social\/home/, 'mastodon/home');
  const page = await context.newPage();
  await page.goto('https://mastodon.social/home');
  await userArrives(page);
  const badge = page.locator('onbrand-badge');
  await composer(page).click();
  await page.keyboard.insertText('a'.repeat(480));
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 480 / 500 characters, no problems');

  // 30 characters of warning take the post over the limit.
  await page.getByRole('button', { name: 'CW' }).click();
  await page.getByLabel('Content warning').fill('Spoilers for the season finale');
  await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 510 \/ 500 characters, /);
  await expect(badge).toHaveAttribute('data-onbrand-state', 'error');

  // The CW button off: the warning is not posted, so it no longer counts; nothing is typed anywhere.
  await page.getByRole('button', { name: 'CW' }).click();
  await expect(page.getByLabel('Content warning')).toBeDisabled();
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 480 / 500 characters, no problems');
  await expect(badge).toHaveAttribute('data-onbrand-state', 'ok');

  // On again (the field kept its text), then the field emptied.
  await page.getByRole('button', { name: 'CW' }).click();
  await expect.poll(() => badgeLabel(page)).toMatch(/^OnBrand: 510 \/ 500 characters, /);
  await page.getByLabel('Content warning').fill('');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 480 / 500 characters, no problems');
  await expect(badge).toHaveAttribute('data-onbrand-state', 'ok');
  expect(pageErrors).toEqual([]);
});
