import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { downloadText, importAnalyticsFixture } from './analytics-helpers';
import { expect, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(`tests/fixtures/analytics/${name}`),
});

test('each platform’s own export imports after a preview and its KPIs show with their formulas', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  const fileInput = dashboard.getByLabel('Import an analytics export…');
  const imported = dashboard.getByRole('status').filter({ hasText: /^Imported \d+ new/ });

  async function importFile(name: string, summary: string) {
    await fileInput.setInputFiles(fixture(name));
    const preview = dashboard.getByRole('dialog', { name: `Import ${name}` });
    await expect(preview.getByRole('status')).toHaveText(summary);
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(imported).toContainText(`from ${name}.`);
  }

  // X: one row's impressions are a word; the preview says so before anything is stored.
  await fileInput.setInputFiles(fixture('x-post-activity.csv'));
  const preview = dashboard.getByRole('dialog', { name: 'Import x-post-activity.csv' });
  await expect(preview.getByRole('list', { name: 'Skipped' })).toHaveText(
    'Row 4: Its impressions: “lots” isn’t a number.',
  );
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.getByText('No numbers yet')).toBeVisible();

  await importFile(
    'x-post-activity.csv',
    'X post activity: 2 X posts will be imported; 1 row is skipped. Nothing is stored until you confirm.',
  );
  await importFile(
    'linkedin-page-posts.csv',
    'LinkedIn page posts: 2 LinkedIn posts will be imported. Nothing is stored until you confirm.',
  );
  await importFile(
    'meta-facebook.csv',
    'Meta Business Suite posts: 2 Facebook posts will be imported. Nothing is stored until you confirm.',
  );
  await importFile(
    'meta-instagram.csv',
    'Meta Business Suite posts: 2 Instagram posts will be imported. Nothing is stored until you confirm.',
  );
  await importFile(
    'tiktok-studio-content.csv',
    'TikTok Studio content: 2 TikTok posts will be imported; 1 row is skipped. Nothing is stored until you confirm.',
  );
  await importFile(
    'youtube-studio-table-data.csv',
    'YouTube Studio table data: 2 YouTube posts will be imported. Nothing is stored until you confirm.',
  );

  const kpi = (platform: string, label: string) =>
    dashboard.getByRole('region', { name: `${platform} KPIs` }).getByRole('region', { name: label });
  // (80 + 30) / (2,000 + 1,000) and (12 + 4) / 3,000.
  await expect(kpi('X', 'Engagement rate by impressions')).toContainText('3.67 %');
  await expect(kpi('X', 'Engagement rate by impressions')).toContainText('÷ Σ impressions');
  await expect(kpi('X', 'Click-through rate')).toContainText('0.53 %');
  // (60 + 15) / 2,000 and (60 + 25) / 2,000.
  await expect(kpi('LinkedIn', 'Engagement rate by impressions')).toContainText('3.75 %');
  await expect(kpi('LinkedIn', 'Click-through rate')).toContainText('4.25 %');
  // 450 / 9,000 by reach; Facebook's export has views, not impressions.
  await expect(kpi('Facebook', 'Engagement rate by reach')).toContainText('5.0 %');
  await expect(kpi('Facebook', 'Click-through rate')).toContainText(
    'Facebook doesn’t give impressions in its export, so there is no click-through rate.',
  );
  // (230 + 525) / 7,000.
  await expect(kpi('Instagram', 'Engagement rate by reach')).toContainText('10.79 %');
  // TikTok gives neither reach nor impressions: the rate needs the follower count.
  await expect(kpi('TikTok', 'Engagement rate by followers')).toContainText(
    'Enter TikTok’s follower count to compute it.',
  );
  await dashboard.getByLabel('TikTok followers').fill('10000');
  await dashboard.getByLabel('TikTok followers').blur();
  await expect(kpi('TikTok', 'Engagement rate by followers')).toContainText('9.7 %');
  await expect(kpi('YouTube', 'Views')).toContainText('13,000');

  // The weekday × hour chart is a table a screen reader can read.
  await expect(dashboard.getByRole('table', { name: 'Posts by weekday and hour' })).toBeVisible();
});

test('a click on a header sorts the dashboard’s tables by that column, and the posts export follows', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  for (const name of ['x-post-activity.csv', 'linkedin-page-posts.csv', 'tiktok-studio-content.csv'])
    await importAnalyticsFixture(dashboard, name);

  const posts = dashboard.getByRole('table', { name: 'The brand’s posts' });
  // Each body row's first cell (the post's text), top to bottom, as the table shows them.
  const texts = () => posts.getByRole('rowheader');
  const header = (name: string) => posts.getByRole('columnheader', { name, exact: true });
  const TT_SPRING = 'Spring drop, in 15 seconds';
  const TT_SEAMS = 'Behind the seams';
  const X_SPRING = 'Spring collection is here, made to last.';
  const X_SEAMS = 'Behind the seams, with an emoji 🧵';
  const LI_HIRING = "We're hiring engineers in Berlin";
  const LI_REPORT = 'Our 2025 impact report';
  // Newest first until a header is clicked.
  await expect(texts()).toHaveText([LI_REPORT, TT_SEAMS, X_SEAMS, LI_HIRING, TT_SPRING, X_SPRING]);

  // Numbers by number, the largest first: TikTok's "1.2K" likes are 1,200, above 640 and LinkedIn's 45.
  await posts.getByRole('button', { name: 'Likes', exact: true }).click();
  await expect(header('Likes')).toHaveAttribute('aria-sort', 'descending');
  await expect(texts()).toHaveText([TT_SPRING, TT_SEAMS, LI_HIRING, X_SPRING, X_SEAMS, LI_REPORT]);

  // X's export and one LinkedIn row have no views: they stay last in either direction.
  await posts.getByRole('button', { name: 'Views', exact: true }).click();
  await expect(texts()).toHaveText([TT_SPRING, TT_SEAMS, LI_REPORT, X_SEAMS, LI_HIRING, X_SPRING]);
  await posts.getByRole('button', { name: 'Views', exact: true }).click();
  await expect(header('Views')).toHaveAttribute('aria-sort', 'ascending');
  await expect(texts()).toHaveText([LI_REPORT, TT_SEAMS, TT_SPRING, X_SEAMS, LI_HIRING, X_SPRING]);
  await expect(header('Likes')).not.toHaveAttribute('aria-sort', /./);

  // Dates by time: a second click on Published puts the oldest first.
  await posts.getByRole('button', { name: 'Published', exact: true }).click();
  await posts.getByRole('button', { name: 'Published', exact: true }).click();
  await expect(texts()).toHaveText([X_SPRING, TT_SPRING, LI_HIRING, X_SEAMS, TT_SEAMS, LI_REPORT]);

  // Text from A, the shorter of two texts that start alike first.
  await posts.getByRole('button', { name: 'Post text or title', exact: true }).click();
  await expect(header('Post text or title')).toHaveAttribute('aria-sort', 'ascending');
  const byText = [TT_SEAMS, X_SEAMS, LI_REPORT, X_SPRING, TT_SPRING, LI_HIRING];
  await expect(texts()).toHaveText(byText);
  // The posts export writes them in the order shown (its fourth column is the text).
  const csv = Papa.parse<string[]>(
    await downloadText(dashboard, dashboard.getByRole('button', { name: 'Export posts (.csv)' })),
    { skipEmptyLines: true },
  ).data;
  expect(csv.slice(1).map((row) => row[3])).toEqual(byText);

  // The weeks: a click on "Week of" puts the newest week first (the table starts with the oldest).
  const weeks = dashboard.getByRole('table', { name: 'Engagements per week' });
  await expect(weeks.getByRole('rowheader')).toHaveText(['Mar 2, 2026', 'Mar 9, 2026']);
  await weeks.getByRole('button', { name: 'Week of', exact: true }).click();
  await expect(weeks.getByRole('rowheader')).toHaveText(['Mar 9, 2026', 'Mar 2, 2026']);

  // Weekdays go Monday to Sunday on the first click, the week's order rather than the largest first.
  const slots = dashboard.getByRole('table', { name: 'Posts by weekday and hour' });
  await slots.getByRole('button', { name: 'Average engagements', exact: true }).click();
  await slots.getByRole('button', { name: 'Weekday', exact: true }).click();
  await expect(slots.getByRole('columnheader', { name: 'Weekday', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(slots.getByRole('rowheader').first()).toHaveText('Monday');
  await expect(slots.getByRole('rowheader').last()).toHaveText('Sunday');
});

test('an Excel workbook (LinkedIn’s page export is one) is refused with what to do, and nothing is stored', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  await dashboard.getByLabel('Import an analytics export…').setInputFiles({
    name: 'company_content.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync('tests/fixtures/analytics/workbook-all-posts.xlsx'),
  });
  await expect(dashboard.getByText(/^Nothing was imported: this file is an Excel workbook/)).toContainText(
    'save the sheet with the posts as CSV (in LinkedIn’s page export, the “All posts” sheet)',
  );
  // Neither a preview nor a column mapping of the workbook's bytes.
  await expect(dashboard.getByRole('dialog')).toHaveCount(0);
  await expect(dashboard.getByText('No numbers yet', { exact: false })).toBeVisible();
});

test('an unknown layout is imported through the column mapping, and remembered for the next file', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  const fileInput = dashboard.getByLabel('Import an analytics export…');
  const csv =
    'Pin,URL,Published,Impressions,Outbound clicks\n1,https://www.pinterest.com/pin/1/,2026-03-01,500,20\n';
  await fileInput.setInputFiles({ name: 'pins.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const mapping = dashboard.getByRole('dialog', { name: 'Columns of pins.csv' });
  // A label's text is its field, then the options of its select (the file's headers).
  const field = (name: string) =>
    mapping
      .locator('label')
      .filter({ hasText: new RegExp(`^${name}`) })
      .locator('select');
  await field('Platform').selectOption({ label: 'Pinterest' });
  await field('Post id').selectOption('Pin');
  await field('Link to the post').selectOption('URL');
  await field('Publish time').selectOption('Published');
  await field('Impressions').selectOption('Impressions');
  await field('Clicks').selectOption('Outbound clicks');
  await mapping.getByRole('button', { name: 'Preview' }).click();
  await dashboard
    .getByRole('dialog', { name: 'Import pins.csv' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(
    dashboard
      .getByRole('region', { name: 'Pinterest KPIs' })
      .getByRole('region', { name: 'Click-through rate' }),
  ).toContainText('4.0 %');

  // The same columns again: no mapping step, straight to the preview.
  const again =
    'Pin,URL,Published,Impressions,Outbound clicks\n2,https://www.pinterest.com/pin/2/,2026-03-02,500,30\n';
  await fileInput.setInputFiles({ name: 'pins-2.csv', mimeType: 'text/csv', buffer: Buffer.from(again) });
  await dashboard
    .getByRole('dialog', { name: 'Import pins-2.csv' })
    .getByRole('button', { name: 'Import' })
    .click();
  // (20 + 30) / (500 + 500).
  await expect(
    dashboard
      .getByRole('region', { name: 'Pinterest KPIs' })
      .getByRole('region', { name: 'Click-through rate' }),
  ).toContainText('5.0 %');
});

test('an imported post is matched to the calendar entry it was planned as, and its campaign filters the KPIs', async ({
  openExtensionPage,
}) => {
  // The plan: the X fixture's first post (2 March 2026, 09:00 UTC) as a scheduled entry of a campaign.
  const dashboard = await openExtensionPage('options.html#/calendar?view=month&date=2026-03-02');
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill('Spring teaser');
  await editor.getByLabel('Date').fill('2026-03-02');
  await editor.getByLabel('Time').fill('10:00');
  await editor.getByLabel('Status').selectOption('scheduled');
  await editor.getByLabel('Campaign').fill('Spring drop');
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  await editor.getByLabel('Draft for X').fill('Spring collection is here, made to last. #SpringDrop');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await dashboard.goto(dashboard.url().replace(/#.*/, '#/analytics'));
  await dashboard.getByLabel('Import an analytics export…').setInputFiles(fixture('x-post-activity.csv'));
  await dashboard
    .getByRole('dialog', { name: 'Import x-post-activity.csv' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(dashboard.getByRole('status').filter({ hasText: /^Imported/ })).toContainText(
    '1 matched to calendar entries.',
  );
  const planned = dashboard.getByRole('table', { name: 'Posts planned in the calendar' });
  await expect(planned.getByRole('row')).toHaveCount(2);
  await expect(planned.getByRole('row').nth(1)).toContainText('Spring teaser');
  await expect(planned.getByRole('row').nth(1)).toContainText('Spring drop');
  await expect(planned.getByRole('row').nth(1)).toContainText('2,000');

  // Both posts count until the campaign is picked: (80 + 30) / 3,000, then 80 / 2,000.
  const rate = dashboard
    .getByRole('region', { name: 'X KPIs' })
    .getByRole('region', { name: 'Engagement rate by impressions' });
  await expect(rate).toContainText('3.67 %');
  await dashboard.getByLabel('Campaign').selectOption('Spring drop');
  await expect(rate).toContainText('4.0 %');

  // The filters wear the dashboard's theme in a dark scheme too (they were the browser's white boxes).
  await dashboard.emulateMedia({ colorScheme: 'dark' });
  const colours = (label: string) =>
    dashboard.getByLabel(label).evaluate((field) => ({
      field: getComputedStyle(field).backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(field).color,
    }));
  for (const label of ['Campaign', 'Published from']) {
    const { field, page, text } = await colours(label);
    expect(field).toBe(page);
    expect(text).toBe('rgb(242, 244, 247)');
  }
});

test('web analytics imported after the platform export join the planned post: sessions and conversions by campaign', async ({
  openExtensionPage,
}) => {
  // The X fixture's first post, planned in a campaign whose UTM tag is the GA4 fixture's `spring-collection`.
  const dashboard = await openExtensionPage('options.html#/calendar?view=month&date=2026-03-02');
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill('Spring teaser');
  await editor.getByLabel('Date').fill('2026-03-02');
  await editor.getByLabel('Time').fill('10:00');
  await editor.getByLabel('Status').selectOption('scheduled');
  await editor.getByLabel('Campaign').fill('Spring collection');
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  await editor.getByLabel('Draft for X').fill('Spring collection is here, made to last.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await dashboard.goto(dashboard.url().replace(/#.*/, '#/analytics'));
  await dashboard.getByLabel('Import an analytics export…').setInputFiles(fixture('x-post-activity.csv'));
  await dashboard
    .getByRole('dialog', { name: 'Import x-post-activity.csv' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(dashboard.getByRole('status').filter({ hasText: /^Imported/ })).toContainText('1 matched');

  const ga4 = 'ga4-traffic-acquisition-session-campaign.csv';
  await dashboard.getByLabel('Import web analytics (GA4, Matomo, Plausible)').setInputFiles(fixture(ga4));
  const preview = dashboard.getByRole('dialog', { name: `Import ${ga4}?` });
  await expect(preview.getByRole('status')).toHaveText(
    'Google Analytics 4: 4 rows will be imported. Nothing is stored until you confirm.',
  );
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: /^Web analytics imported/ })).toHaveText(
    `Web analytics imported from ${ga4}: 4 new rows, 0 updated.`,
  );

  // Only X posts of the campaign are shown, so the LinkedIn row of the file joins nothing.
  const campaigns = dashboard.getByRole('table', { name: /^Campaigns:/ });
  await expect(campaigns.getByRole('row')).toHaveCount(2);
  const x = campaigns.getByRole('row').nth(1);
  // 12 URL clicks of 2,000 impressions; 23 key events in 412 sessions.
  for (const cell of ['Spring collection', 'X', '12', '2,000', '0.6 %', '412', '388', '23', '5.58 %'])
    await expect(x).toContainText(cell);
  const planned = dashboard.getByRole('table', { name: 'Posts planned in the calendar' });
  await expect(planned.getByRole('row').nth(1)).toContainText('412');
  await expect(planned.getByRole('row').nth(1)).toContainText('23');
  // The export writes the table as shown: its header row and the X row.
  const csv = (
    await downloadText(dashboard, dashboard.getByRole('button', { name: 'Export campaigns as CSV' }))
  ).split('\r\n');
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(/^Spring collection,X,1,12,"2,000",0\.6 %,412,388,23,5\.58 %$/);
  // Its headers sort it too (the export then follows the order shown, as the comparison's does).
  await campaigns.getByRole('button', { name: 'Sessions', exact: true }).click();
  await expect(campaigns.getByRole('columnheader', { name: 'Sessions', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // A date range without the post leaves the campaign table without its campaign.
  await dashboard.getByLabel('Published from').fill('2026-04-01');
  await expect(campaigns).toBeHidden();
});
