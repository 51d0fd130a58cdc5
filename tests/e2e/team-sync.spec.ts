import type { BrowserContext, Page, Route } from '@playwright/test';
import { addTeamMember } from '../../scripts/team-server.mjs';
import { couchClient } from '../../utils/team/couch-client';
import { joinWorkspace } from '../../utils/team/workspace';
import { createBrand } from './brand-helpers';
import { expect, launchWithExtension, routeFixtureBasics, test } from './extension';

/**
 * Two browser profiles, a writer and a reviewer, sync one workspace through the CouchDB-protocol server the
 * e2e setup started (tests/e2e/global-setup.ts): what one saves the other sees, the reviewer's approval
 * reaches the writer, and the server itself refuses an approval the writer forges.
 */
const server = process.env.ONBRAND_TEAM_SERVER as string;
/** Each run of each test gets its own workspace and members: the server lives for the whole e2e run. */
let database: string;
let writerName: string;
let reviewerName: string;

test.beforeEach(async () => {
  const { testId, repeatEachIndex, retry } = test.info();
  const run = `${testId.toLowerCase()}-${repeatEachIndex}-${retry}`;
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

/** Requests to the team server fail as with no network, until `reconnect`; the one in flight finishes. */
async function cutNetwork(context: BrowserContext): Promise<() => Promise<void>> {
  const offline = (route: Route) => route.abort('internetdisconnected');
  await context.route(`${server}/**`, offline);
  return () => context.unroute(`${server}/**`, offline);
}

/** The reviewer's own browser profile beside the writer's `context`; both reach the team server. */
async function reviewerProfile(context: BrowserContext) {
  await reachTeamServer(context);
  const reviewerBrowser = await launchWithExtension();
  await routeFixtureBasics(reviewerBrowser.context);
  await reachTeamServer(reviewerBrowser.context);
  return reviewerBrowser;
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
  const reviewerBrowser = await reviewerProfile(context);
  try {
    const reviewerContext = reviewerBrowser.context;

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
    const entryId = (await seen.getAttribute('data-entry-id')) as string;

    // The reviewer's popup lists it under "Waiting for my review", and a notification said it arrived.
    const popup = await reviewerContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const waiting = popup.getByRole('region', { name: /Waiting for my review/ });
    await expect(waiting.getByRole('heading', { level: 2 })).toHaveText('Waiting for my review 1 entry');
    await expect(waiting.getByRole('button', { name: 'Spring launch' })).toBeVisible();
    await popup.close();
    const [worker] = reviewerContext.serviceWorkers();
    const notifications = await worker?.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications ?? {})).toContain(`onbrand-team-review:${entryId}`);

    // The writer's credentials cannot approve it by writing to the database directly.
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

/**
 * The writer's and the reviewer's profiles, connected, each with the calendar's agenda open (and the
 * writer's Settings → Team in a second tab, to read the sync state).
 */
async function twoMembers(
  context: BrowserContext,
  extensionId: string,
  openExtensionPage: (path: string) => Promise<Page>,
) {
  const reviewerBrowser = await reviewerProfile(context);
  const reviewerContext = reviewerBrowser.context;
  const settings = await openExtensionPage('options.html#/settings');
  await connect(settings, writerName, 'writer-pw');
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(`chrome-extension://${extensionId}/options.html#/settings`);
  await connect(reviewer, reviewerName, 'reviewer-pw');
  const calendarOf = async (page: Page) => {
    await page.goto(`chrome-extension://${extensionId}/options.html#/calendar`);
    await page.getByRole('button', { name: 'Agenda' }).click();
    return page;
  };
  await calendarOf(reviewer);
  const writer = await calendarOf(await context.newPage());
  return { settings, writer, reviewer, reviewerBrowser };
}

async function createEntry(page: Page, title: string, draftForX: string): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = page.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  await editor.getByLabel('Draft for X').fill(draftForX);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

async function editEntry(page: Page, title: string, fields: Record<string, string>): Promise<void> {
  await page.locator('[data-entry-id]', { hasText: title }).click();
  const editor = page.getByRole('dialog', { name: 'Edit entry' });
  for (const [label, value] of Object.entries(fields)) await editor.getByLabel(label).fill(value);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

test('an entry saved while offline reaches the reviewer once the writer is back online', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const { settings, writer, reviewer, reviewerBrowser } = await twoMembers(
    context,
    extensionId,
    openExtensionPage,
  );
  try {
    const reconnect = await cutNetwork(context);
    await createEntry(writer, 'Written on the train', 'Tunnel ahead, posting later.');
    await expect(settings.locator('[data-team-state]')).toHaveText(
      'Team sync: Offline: the server cannot be reached. Changes are kept here and sent when it is back.',
    );
    await expect(writer.locator('[data-entry-id]', { hasText: 'Written on the train' })).toBeVisible();
    await expect(reviewer.locator('[data-entry-id]', { hasText: 'Written on the train' })).toHaveCount(0);

    await reconnect();
    await expect(reviewer.locator('[data-entry-id]', { hasText: 'Written on the train' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(settings.locator('[data-team-state]')).toHaveText('Team sync: Up to date');
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});

test('simultaneous edits of one entry: parts only one changed merge, the draft both changed shows both versions until the writer keeps one', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const { writer, reviewer, reviewerBrowser } = await twoMembers(context, extensionId, openExtensionPage);
  try {
    await createEntry(writer, 'Autumn sale', 'Autumn sale starts Monday.');
    const onReviewer = reviewer.locator('[data-entry-id]', { hasText: 'Autumn sale' });
    await expect(onReviewer).toBeVisible({ timeout: 5000 });

    // The writer edits on a train; the reviewer edits the same entry at the same time.
    const reconnect = await cutNetwork(context);
    await editEntry(writer, 'Autumn sale', {
      Title: 'Autumn sale: 30 % off',
      'Draft for X': 'Autumn sale starts Monday: 30 % off everything.',
    });
    await editEntry(reviewer, 'Autumn sale', {
      Notes: 'Legal checked the wording.',
      'Draft for X': 'Our autumn sale starts on Monday.',
    });
    await reconnect();

    // Back online, the writer's entry says it has two versions; its editor shows both drafts whole.
    const onWriter = writer.locator('[data-entry-id][data-conflict="true"]');
    await expect(onWriter).toContainText('Two versions', { timeout: 15_000 });
    await onWriter.click();
    const editor = writer.getByRole('dialog', { name: 'Edit entry' });
    const conflict = editor.getByRole('region', { name: 'Two versions of this entry' });
    await expect(conflict.getByRole('group', { name: 'Draft for X' })).toBeVisible();
    await expect(conflict.getByRole('group')).toHaveCount(1);
    await expect(conflict.getByRole('figure', { name: 'Draft for X: Yours' })).toContainText(
      'Autumn sale starts Monday: 30 % off everything.',
    );
    await expect(conflict.getByRole('figure', { name: 'Draft for X: On the server' })).toContainText(
      'Our autumn sale starts on Monday.',
    );
    // Meanwhile neither version went over the other.
    await reviewer.reload();
    await reviewer.getByRole('button', { name: 'Agenda' }).click();
    await onReviewer.click();
    const reviewerEditor = reviewer.getByRole('dialog', { name: 'Edit entry' });
    await expect(reviewerEditor.getByLabel('Draft for X')).toHaveValue('Our autumn sale starts on Monday.');
    await reviewerEditor.getByRole('button', { name: 'Cancel' }).click();

    await conflict.getByRole('button', { name: 'Keep my version' }).click();
    await expect(conflict).toBeHidden();
    await expect(editor.getByLabel('Title')).toHaveValue('Autumn sale: 30 % off');
    await expect(editor.getByLabel('Notes')).toHaveValue('Legal checked the wording.');
    await expect(editor.getByLabel('Draft for X')).toHaveValue(
      'Autumn sale starts Monday: 30 % off everything.',
    );
    await expect(writer.locator('[data-conflict]')).toHaveCount(0);

    // The reviewer gets the merged entry: the writer's title and draft, the reviewer's notes.
    const merged = reviewer.locator('[data-entry-id]', { hasText: 'Autumn sale: 30 % off' });
    await expect(merged).toBeVisible({ timeout: 5000 });
    await merged.click();
    await expect(reviewerEditor.getByLabel('Notes')).toHaveValue('Legal checked the wording.');
    await expect(reviewerEditor.getByLabel('Draft for X')).toHaveValue(
      'Autumn sale starts Monday: 30 % off everything.',
    );
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});

/** Two research posts saved before connecting, straight into the writer's database as a save from a feed would. */
async function seedTwoPosts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('researchPosts', 'readwrite');
    for (const [i, text] of ['A post for the team', 'A post for me alone'].entries()) {
      tx.objectStore('researchPosts').put({
        ...{ id: `post-${i}`, platform: 'x', permalink: `https://x.com/acme/status/${7000 + i}` },
        ...{ author: { handle: '@acme' }, text, metrics: [{ readAt: 1, likes: 1 }] },
        ...{ media: { kind: 'none', count: 0 }, hashtags: [], mentions: [], tags: [], collections: [] },
        ...{ isAd: false, isRepost: false, missing: [], source: 'feed', savedAt: Date.UTC(2026, 1, 1) + i },
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Both members connected, the writer with two research posts saved before connecting (both private). */
async function membersWithTwoPosts(
  context: BrowserContext,
  extensionId: string,
  openExtensionPage: (path: string) => Promise<Page>,
) {
  const reviewerBrowser = await reviewerProfile(context);
  const writer = await openExtensionPage('options.html#/research');
  await seedTwoPosts(writer);
  await writer.goto(`chrome-extension://${extensionId}/options.html#/settings`);
  await connect(writer, writerName, 'writer-pw');
  const reviewer = await reviewerBrowser.context.newPage();
  await reviewer.goto(`chrome-extension://${extensionId}/options.html#/settings`);
  await connect(reviewer, reviewerName, 'reviewer-pw');
  return { writer, reviewer, reviewerBrowser };
}

test('a saved reply and a new guideline rule reach the reviewer within 2 s; a shared research post does, a private one not', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  const { writer, reviewer, reviewerBrowser } = await membersWithTwoPosts(
    context,
    extensionId,
    openExtensionPage,
  );
  try {
    const page = (path: string) => `chrome-extension://${extensionId}/options.html#/${path}`;

    // A reply the writer saves.
    await reviewer.goto(page('replies'));
    await writer.goto(page('replies'));
    await writer.getByRole('button', { name: 'New reply' }).click();
    const form = writer.getByRole('form');
    await form.getByLabel('Title').fill('Welcome back');
    await form.getByLabel('Shortcut (optional)').fill('welcome');
    await form.getByRole('textbox', { name: 'Text', exact: true }).fill('Good to see you again!');
    await form.getByRole('button', { name: 'Save reply' }).click();
    let savedAt = Date.now();
    await expect(reviewer.getByRole('rowheader', { name: /Welcome back/ })).toBeVisible({ timeout: 2000 });
    expect(Date.now() - savedAt).toBeLessThan(2000);

    // A brand and a banned-words rule the writer adds.
    const guidelines = await createBrand(openExtensionPage, 'Acme');
    await reviewer.goto(page('guidelines'));
    await expect(reviewer.getByRole('button', { name: /^Acme/ })).toBeVisible({ timeout: 2000 });
    await guidelines.getByRole('button', { name: 'Add banned words rule' }).click();
    const rule = guidelines.getByRole('form', { name: 'New rule: Banned words' });
    await rule.getByLabel('Rule id').fill('no-synergy');
    await rule.getByLabel(/^Message shown/).fill('Avoid "%s".');
    await rule.getByLabel(/^Words or phrases/).fill('synergy');
    await rule.getByRole('button', { name: 'Save rule' }).click();
    savedAt = Date.now();
    await reviewer.getByRole('button', { name: /^Acme/ }).click();
    await expect(
      reviewer.getByRole('region', { name: 'Banned words' }).locator('[data-rule-id="no-synergy"]'),
    ).toBeVisible({ timeout: 2000 });
    expect(Date.now() - savedAt).toBeLessThan(2000);

    // Research: private until the writer ticks "Shared with the team" on one post.
    await reviewer.goto(page('research'));
    await writer.goto(page('research'));
    await expect(writer.getByRole('status')).toHaveText('2 of 2 saved posts');
    const posts = writer.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
    await posts.filter({ hasText: 'A post for the team' }).getByRole('button', { name: 'Details' }).click();
    const details = writer.getByRole('complementary', { name: 'Saved post' });
    await expect(details.getByRole('checkbox', { name: 'Shared with the team' })).not.toBeChecked();
    await details.getByRole('checkbox', { name: 'Shared with the team' }).check();
    const theirs = reviewer.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
    await expect(theirs).toHaveText([/A post for the team/], { timeout: 2000 });
    await expect(reviewer.getByRole('status')).toHaveText('1 of 1 saved posts');
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});

/** Opens the saved reply titled `title` in the replies page's editor, fills `fields` and saves. */
async function editReply(page: Page, title: string, fields: Record<string, string>): Promise<void> {
  await page
    .getByRole('row', { name: new RegExp(title) })
    .getByRole('button', { name: 'Edit' })
    .click();
  const form = page.getByRole('form');
  for (const [label, value] of Object.entries(fields))
    await form.getByRole('textbox', { name: label, exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save reply' }).click();
  await expect(form).toBeHidden();
}

test('simultaneous edits of one saved reply: the title only one changed merges, the text both changed shows both versions until the writer keeps one', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const { writer, reviewer, reviewerBrowser } = await twoMembers(context, extensionId, openExtensionPage);
  try {
    const replies = `chrome-extension://${extensionId}/options.html#/replies`;
    await reviewer.goto(replies);
    await writer.goto(replies);
    await writer.getByRole('button', { name: 'New reply' }).click();
    const form = writer.getByRole('form');
    await form.getByLabel('Title').fill('Shipping delay');
    await form.getByRole('textbox', { name: 'Text', exact: true }).fill('Sorry, your parcel is late.');
    await form.getByRole('button', { name: 'Save reply' }).click();
    await expect(reviewer.getByRole('rowheader', { name: /Shipping delay/ })).toBeVisible({ timeout: 5000 });

    // The writer edits on a train; the reviewer edits the same reply at the same time.
    const reconnect = await cutNetwork(context);
    await editReply(writer, 'Shipping delay', { Text: 'Sorry, your parcel is late: it ships on Monday.' });
    await editReply(reviewer, 'Shipping delay', {
      Title: 'Shipping delay (apology)',
      Text: 'We are sorry that your parcel is late.',
    });
    await expect(reviewer.getByRole('rowheader', { name: /Shipping delay \(apology\)/ })).toBeVisible();
    await reconnect();

    // Back online, the writer's replies page shows both texts whole and asks which to keep.
    const conflict = writer.getByRole('region', { name: 'Two versions of “Shipping delay”' });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict.getByRole('group')).toHaveCount(1);
    await expect(conflict.getByRole('figure', { name: 'Text: Yours' })).toContainText(
      'Sorry, your parcel is late: it ships on Monday.',
    );
    await expect(conflict.getByRole('figure', { name: 'Text: On the server' })).toContainText(
      'We are sorry that your parcel is late.',
    );
    // One reply, not two, and the reviewer's version was not overwritten meanwhile.
    await expect(writer.getByRole('rowheader', { name: /Shipping delay/ })).toHaveCount(1);
    await reviewer.reload();
    await expect(reviewer.getByRole('rowheader', { name: /Shipping delay/ })).toHaveText([
      /Shipping delay \(apology\)/,
    ]);
    // Settings → Team names what waits for the writer's choice.
    await writer.goto(`chrome-extension://${extensionId}/options.html#/settings`);
    await expect(
      writer.getByText(
        'Changed here and on the server at the same time: 1 saved reply. Both versions are kept until you choose one on its page.',
      ),
    ).toBeVisible();
    await writer.goto(replies);

    await conflict.getByRole('button', { name: 'Keep my version' }).click();
    await expect(conflict).toBeHidden();
    // The writer's text with the reviewer's title, here and, within seconds, on the reviewer's side.
    const textOf = async (page: Page) => {
      await page
        .getByRole('row', { name: /Shipping delay/ })
        .getByRole('button', { name: 'Edit' })
        .click();
      const editor = page.getByRole('form');
      const text = await editor.getByRole('textbox', { name: 'Text', exact: true }).inputValue();
      await editor.getByRole('button', { name: 'Cancel' }).click();
      return text;
    };
    for (const page of [writer, reviewer]) {
      await expect(page.getByRole('rowheader', { name: /Shipping delay/ })).toHaveText(
        [/Shipping delay \(apology\)/],
        { timeout: 5000 },
      );
      // The editor shows the reply as it was when opened: read it again until the merge arrived.
      await expect
        .poll(() => textOf(page), { timeout: 5000 })
        .toBe('Sorry, your parcel is late: it ships on Monday.');
    }
    await expect(writer.locator('[data-team-conflict]')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});

test('a research post the writer unshares disappears from the reviewer’s research and stays, private, with the writer', async ({
  context,
  extensionId,
  openExtensionPage,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const { writer, reviewer, reviewerBrowser } = await membersWithTwoPosts(
    context,
    extensionId,
    openExtensionPage,
  );
  try {
    const research = `chrome-extension://${extensionId}/options.html#/research`;
    await reviewer.goto(research);
    await writer.goto(research);

    const posts = writer.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
    await posts.filter({ hasText: 'A post for the team' }).getByRole('button', { name: 'Details' }).click();
    const shared = writer
      .getByRole('complementary', { name: 'Saved post' })
      .getByRole('checkbox', { name: 'Shared with the team' });
    await shared.check();
    const theirs = reviewer.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
    await expect(theirs).toHaveText([/A post for the team/], { timeout: 5000 });

    // The writer unticks it: the team's copy goes, so it leaves the reviewer's research.
    await shared.uncheck();
    await expect(theirs).toHaveCount(0, { timeout: 5000 });
    await expect(reviewer.getByText('A post for the team')).toHaveCount(0);
    await reviewer.reload();
    await expect(reviewer.getByText('A post for the team')).toHaveCount(0);

    // The writer keeps both posts, the unshared one private.
    await writer.reload();
    await expect(writer.getByRole('status')).toHaveText('2 of 2 saved posts');
    await posts.filter({ hasText: 'A post for the team' }).getByRole('button', { name: 'Details' }).click();
    await expect(shared).not.toBeChecked();
    expect(pageErrors).toEqual([]);
  } finally {
    await reviewerBrowser.close();
  }
});
