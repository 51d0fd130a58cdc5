import type { Page } from '@playwright/test';
import {
  downloadText,
  importAnalyticsFixture,
  SPRING_TEASER,
  seedCalendarEntries,
  seedResearchPosts,
} from './analytics-helpers';
import { createBrand } from './brand-helpers';
import { daysFromToday } from './calendar-days';
import { expect, test } from './extension';

test.use({ reuseBrowser: true });

async function planEntry(dashboard: Page, title: string, day: string, pillar?: string) {
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Date').fill(day);
  await editor.getByLabel('Time').fill('10:00');
  if (pillar) await editor.getByLabel('Content pillar').selectOption({ label: pillar });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

test('the calendar shows the planned content mix against the brand’s target, and an entry’s new pillar brings it within', async ({
  openExtensionPage,
  pageErrors,
}) => {
  // The brand allows at most half of its posts to sell.
  const settings = await createBrand(openExtensionPage, 'Acme');
  await settings.getByLabel('Promotional posts: at most (%)').fill('50');
  await settings.getByRole('button', { name: 'Save brand settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const dashboard = await openExtensionPage('options.html#/calendar');
  const [tomorrow, dayAfter] = await daysFromToday(dashboard, 1, 2);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=agenda&date=${tomorrow}`));
  await planEntry(dashboard, 'Winter sale', tomorrow as string, 'Promotion');
  await planEntry(dashboard, 'Gift cards', tomorrow as string, 'Promotion');
  await planEntry(dashboard, 'How to wax skis', dayAfter as string, 'Education');
  await planEntry(dashboard, 'Not decided yet', dayAfter as string);

  const mix = dashboard.getByRole('region', { name: 'Content mix' });
  await expect(mix).toContainText(
    'Promotion: 67 % of the entries with a pillar. Acme’s target: at most 50 %. 1 promotional entry more than the target allows',
  );
  await expect(mix.getByRole('row', { name: 'Promotion' })).toHaveText(/Promotion\s*2\s*67 %/);
  await expect(mix.getByRole('row', { name: 'Education' })).toHaveText(/Education\s*1\s*33 %/);
  await expect(mix.getByRole('row', { name: 'Community' })).toHaveText(/Community\s*0\s*0 %/);
  await expect(mix).toContainText('1 entry has no pillar and is not counted.');

  // The pillar filter shows only the promotional entries.
  await dashboard.getByRole('combobox', { name: 'Content pillar' }).selectOption({ label: 'Promotion' });
  await expect(dashboard.locator('[data-entry-id]')).toHaveText([/Gift cards/, /Winter sale/]);
  await dashboard.getByRole('combobox', { name: 'Content pillar' }).selectOption({ label: 'All' });

  // One of them becomes a community post: within the target.
  await dashboard.locator('[data-entry-id]', { hasText: 'Gift cards' }).click();
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await editor.getByLabel('Content pillar').selectOption({ label: 'Community' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(mix).toContainText(
    'Promotion: 33 % of the entries with a pillar. Acme’s target: at most 50 %. Within the target.',
  );
  await expect(mix.getByRole('row', { name: 'Community' })).toHaveText(/Community\s*1\s*33 %/);
  expect(pageErrors).toEqual([]);
});

test('an entry matched to its published post shows the post’s newest numbers on its chip and in its dialog', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  await seedCalendarEntries(dashboard, [SPRING_TEASER]);
  await dashboard.reload();
  await importAnalyticsFixture(dashboard, 'x-post-activity.csv');

  await dashboard.goto(dashboard.url().replace(/#.*/, '#/calendar?view=month&date=2026-03-02'));
  const chip = dashboard.locator('[data-entry-id="spring-teaser"]');
  // 80 engagements of 2,000 impressions.
  await expect(chip).toContainText('4.0 %');
  await expect(chip).toHaveAccessibleName(/, results: X engagement rate 4\.0 %$/);
  // On screen: the whole title, the status and the platform below it, the rate at the end.
  await expect(chip).toHaveText(/^09:30\s*Spring teaser\s*4\.0 %\s*Scheduled · X$/);
  // With no brand yet, the mix is measured against the usual 80/20 target (no brand name to give).
  await expect(dashboard.getByRole('region', { name: 'Content mix' })).toContainText(
    'Promotion: 0 % of the entries with a pillar. The usual target (the 80/20 rule): at most 20 %. Within the target.',
  );

  await chip.click();
  const results = dashboard
    .getByRole('dialog', { name: 'Edit entry' })
    .getByRole('table', { name: 'Newest numbers of the published posts matched to this entry' });
  // Likes, replies, reposts, engagements, the rate by the dashboard's basis for X.
  await expect(results.getByRole('row').nth(1)).toHaveText(/^X\s*40\s*5\s*10\s*80\s*4\.0 % by impressions/);
  await expect(results.getByRole('link', { name: 'Open the post on X' })).toHaveAttribute(
    'href',
    'https://twitter.com/acme/status/1861000000000000001',
  );
  expect(pageErrors).toEqual([]);
});

test('an entry marked published with its post’s link gets that post, though another entry has its text', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  // The day before, with other words: only the link can tie the fixture's first post to it.
  const launchDay = {
    id: 'launch-day',
    title: 'Launch day',
    at: Date.UTC(2026, 2, 1, 12),
    platforms: ['x'],
    status: 'scheduled',
    drafts: { x: 'Big day tomorrow, stay tuned.' },
  };
  await seedCalendarEntries(dashboard, [SPRING_TEASER, launchDay]);
  await dashboard.goto(dashboard.url().replace(/#.*/, '#/calendar?view=month&date=2026-03-02'));
  await dashboard.reload();
  await dashboard.locator('[data-entry-id="launch-day"]').click();
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await editor.getByLabel('Status').selectOption('published');
  // As copied from the address bar of the post on x.com: the export lists it under twitter.com.
  await editor
    .getByRole('group', { name: 'Links to the published posts' })
    .getByLabel('Link to the post on X')
    .fill('https://x.com/acme/status/1861000000000000001?s=20');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await dashboard.goto(dashboard.url().replace(/#.*/, '#/analytics'));
  await importAnalyticsFixture(dashboard, 'x-post-activity.csv');
  await dashboard.goto(dashboard.url().replace(/#.*/, '#/calendar?view=month&date=2026-03-02'));
  // 80 engagements of 2,000 impressions, on the entry given the link; the look-alike shows no results.
  await expect(dashboard.locator('[data-entry-id="launch-day"]')).toHaveAccessibleName(
    /, results: X engagement rate 4\.0 %$/,
  );
  await expect(dashboard.locator('[data-entry-id="spring-teaser"]')).not.toHaveAccessibleName(/results:/);
  expect(pageErrors).toEqual([]);
});

test('the dashboard sets the brand beside the accounts saved to research, on the measures both have', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  await seedResearchPosts(dashboard, [
    { id: '1', handle: 'rival', likes: 10, replies: 1, reposts: 0, views: 900 },
    { id: '2', handle: 'rival', likes: 100, replies: 3, reposts: 9, views: 5000 },
    { id: '3', handle: 'rival', likes: 30, replies: 2, reposts: 5, views: 1000 },
  ]);
  await dashboard.reload();
  await importAnalyticsFixture(dashboard, 'x-post-activity.csv');

  const table = dashboard.getByRole('table', {
    name: 'X: the brand and the accounts saved to research, median per post',
  });
  await expect(table.getByRole('row').first()).toHaveText(
    /^Account\s*Posts\s*Likes\s*Comments\s*Shares or reposts$/,
  );
  // The X export's two posts: likes 40 and 20, replies 5 and 3, reposts 10 and 2.
  await expect(table.getByRole('row', { name: /^The brand’s own posts/ })).toHaveText(
    /^The brand’s own posts\s*2\s*30\s*4\s*6$/,
  );
  await expect(table.getByRole('row', { name: /^@rival/ })).toHaveText(/^@rival\s*3\s*30\s*2\s*5$/);
  await expect(dashboard.getByText('Not compared on X, as only one side has them: views.')).toBeVisible();
  // Its CSV export writes the table as shown.
  const csv = await downloadText(
    dashboard,
    dashboard.getByRole('button', { name: 'Export the comparison on X as CSV' }),
  );
  expect(csv.split('\r\n')).toEqual([
    'Account,Posts,Likes,Comments,Shares or reposts',
    'The brand’s own posts,2,30,4,6',
    '@rival,3,30,2,5',
  ]);
  // A click on a header sorts by it, the largest first; a second click reverses; the export follows.
  await table.getByRole('button', { name: 'Comments', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Comments', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('row').nth(1)).toHaveText(/^The brand’s own posts/);
  await table.getByRole('button', { name: 'Posts', exact: true }).click();
  await expect(table.getByRole('row').nth(1)).toHaveText(/^@rival/);
  await table.getByRole('button', { name: 'Posts', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Posts', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(table.getByRole('row').nth(1)).toHaveText(/^The brand’s own posts/);
  await table.getByRole('button', { name: 'Account', exact: true }).click();
  await expect(table.getByRole('row').nth(1)).toHaveText(/^@rival/);
  const sorted = await downloadText(
    dashboard,
    dashboard.getByRole('button', { name: 'Export the comparison on X as CSV' }),
  );
  expect(sorted.split('\r\n').slice(1)).toEqual(['@rival,3,30,2,5', 'The brand’s own posts,2,30,4,6']);
  expect(pageErrors).toEqual([]);
});

test.describe('in New York', () => {
  // The export's times are UTC; the slots are the user's wall-clock hours (EDT in April: UTC−4).
  test.use({ browserLocale: { lang: 'en-US', timeZone: 'America/New_York' } });

  test('the entry editor offers the brand’s best times on X from its own history, and a click sets the entry’s time', async ({
    openExtensionPage,
    pageErrors,
  }) => {
    const dashboard = await openExtensionPage('options.html#/analytics');
    const openNewEntryForX = async () => {
      await dashboard.goto(dashboard.url().replace(/#.*/, '#/calendar'));
      await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
      const editor = dashboard.getByRole('dialog', { name: 'New entry' });
      await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
      return editor;
    };

    // Two posts: too little to say anything.
    await importAnalyticsFixture(dashboard, 'x-post-activity.csv');
    let editor = await openNewEntryForX();
    const offers = editor.getByRole('region', { name: 'When the brand’s posts did best' });
    await expect(offers).toContainText(
      'Too little history on X to suggest a time: 2 posts with their numbers, and no weekday and hour has 3 posts yet.',
    );
    await editor.getByRole('button', { name: 'Cancel' }).click();

    // Three Tuesdays at 18:00 (4 %, 5 %, 4.1 %), three Thursdays at 09:00 (2 %, 3 %, 2.5 %), one lone Friday.
    await dashboard.goto(dashboard.url().replace(/#.*/, '#/analytics'));
    await importAnalyticsFixture(dashboard, 'x-post-activity-history.csv');
    editor = await openNewEntryForX();
    await expect(offers.getByRole('button')).toHaveText([
      'Tue 18:00: median engagement rate 4.1 % over 3 posts',
      'Thu 09:00: median engagement rate 2.5 % over 3 posts',
    ]);
    await offers.getByRole('button', { name: /^Tue 18:00/ }).click();

    // The next Tuesday at 18:00 in the browser's zone (today, if it is Tuesday before 18:00).
    const nextTuesday = await dashboard.evaluate(() => {
      const day = new Date();
      if (!(day.getDay() === 2 && day.getHours() < 18))
        do day.setDate(day.getDate() + 1);
        while (day.getDay() !== 2);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    });
    await expect(editor.getByLabel('Date')).toHaveValue(nextTuesday);
    await expect(editor.getByLabel('Time')).toHaveValue('18:00');
    expect(pageErrors).toEqual([]);
  });
});
