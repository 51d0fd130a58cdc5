import type { BrowserContext, Page } from '@playwright/test';
import { addTeamMember } from '../../scripts/team-server.mjs';
import { couchClient } from '../../utils/team/couch-client';
import { joinWorkspace } from '../../utils/team/workspace';
import { expect, launchWithExtension, routeFixtureBasics, test } from './extension';

/**
 * Two browser profiles, a writer and a reviewer, sync one workspace through the CouchDB-protocol server the
 * e2e setup started (tests/e2e/global-setup.ts): what one saves the other sees, the reviewer's approval
 * reaches the writer, and the server itself refuses an approval the writer forges.
 */
const server = process.env.ONBRAND_TEAM_SERVER as string;
/** Each run of the test gets its own workspace and members: the server lives for the whole e2e run. */
let database: string;
let writerName: string;
let reviewerName: string;

test.beforeEach(async () => {
  const run = `${test.info().workerIndex}-${test.info().repeatEachIndex}-${test.info().retry}`;
  database = `${server}/acme-social-${run}`;
  writerName = `wendy-${run}`;
  reviewerName = `rita-${run}`;
  await addTeamMember({ url: server }, writerName, 'writer-pw', ['writer']);
  await addTeamMember({ url: server }, reviewerName, 'reviewer-pw', ['reviewer']);
  // The team's admin sets the workspace up once: database, members by role, OnBrand's review rules.
  const admin = couchClient({ database, username: 'admin', password: 'admin' }, (url, init) =>
    fetch(url, init),
  );
  expect((await joinWorkspace(admin)).installed).toBe(true);
});

/** The fixtures answer every http(s) request with a 404; the team server is the one real server here. */
async function reachTeamServer(context: BrowserContext): Promise<void> {
  await context.route(`${server}/**`, (route) => route.continue());
}

async function connect(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Workspace database URL').fill(database);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.locator('[data-team-state]')).toHaveText('Team sync: Up to date');
}

test('a writer’s entry reaches the reviewer, the approval reaches the writer, and a forged approval is refused', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  await reachTeamServer(context);
  const reviewerBrowser = await launchWithExtension();
  try {
    const reviewerContext = reviewerBrowser.context;
    await routeFixtureBasics(reviewerContext);
    await reachTeamServer(reviewerContext);

    const writer = await openExtensionPage('options.html#/settings');
    await connect(writer, writerName, 'writer-pw');
    await expect(writer.getByText('Connected to')).toHaveText(
      `Connected to ${database} as ${writerName} (writer).`,
    );
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(`chrome-extension://${extensionId}/options.html#/settings`);
    await connect(reviewer, reviewerName, 'reviewer-pw');
    await reviewer.goto(`chrome-extension://${extensionId}/options.html#/calendar`);
    await reviewer.getByRole('button', { name: 'Agenda' }).click();

    // The writer drafts an entry and asks for review.
    await writer.goto(`chrome-extension://${extensionId}/options.html#/calendar`);
    await writer.getByRole('button', { name: 'Agenda' }).click();
    await writer.getByRole('button', { name: 'New entry', exact: true }).click();
    const editor = writer.getByRole('dialog', { name: 'New entry' });
    await editor.getByLabel('Title').fill('Spring launch');
    await editor.getByLabel('Status').selectOption('in-review');
    await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
    await editor.getByLabel('Draft for X').fill('Spring is here 🌱 Our new range is out today.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    const savedAt = Date.now();

    // Within 2 s the reviewer's calendar shows it, in review.
    const seen = reviewer.locator('[data-entry-id]', { hasText: 'Spring launch' });
    await expect(seen).toHaveAttribute('data-status', 'in-review', { timeout: 2000 });
    expect(Date.now() - savedAt).toBeLessThan(2000);

    // The writer's credentials cannot approve it by writing to the database directly.
    const entryId = (await seen.getAttribute('data-entry-id')) as string;
    const asWriter = couchClient({ database, username: writerName, password: 'writer-pw' }, (url, init) =>
      fetch(url, init),
    );
    const doc = await asWriter.getDocument<{ entry: { status: string }; audit: unknown[] }>(
      `calendarEntry:${entryId}`,
    );
    const forged = {
      ...doc,
      entry: { ...doc.entry, status: 'approved' },
      audit: [...doc.audit, { at: Date.now(), by: writerName, status: 'approved' }],
    };
    await expect(asWriter.putDocument(forged as never)).rejects.toMatchObject({
      status: 403,
      reason: 'Only a reviewer can set an entry to approved.',
    });

    // The reviewer approves; the writer sees it.
    await seen.click();
    const review = reviewer.getByRole('dialog', { name: 'Edit entry' });
    await expect(review.getByLabel('Draft for X')).toHaveValue(
      'Spring is here 🌱 Our new range is out today.',
    );
    await review.getByLabel('Status').selectOption('approved');
    await review.getByRole('button', { name: 'Save' }).click();
    await expect(review).toBeHidden();
    await expect(writer.locator(`[data-entry-id="${entryId}"]`)).toHaveAttribute('data-status', 'approved');

    // The server's copy records who did what.
    const approved = await asWriter.getDocument<{
      entry: { status: string };
      audit: { by: string; status: string }[];
    }>(`calendarEntry:${entryId}`);
    expect(approved.entry.status).toBe('approved');
    expect(approved.audit.map(({ by, status }) => `${by}: ${status}`)).toEqual([
      `${writerName}: in-review`,
      `${reviewerName}: approved`,
    ]);
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});
