import { mkdirSync } from 'node:fs';
import { importAnalyticsFixture, SPRING_TEASER, seedCalendarEntries } from './analytics-helpers';
import { expect, test } from './extension';

test.use({ reuseBrowser: true });

/** An idea is not yet a plan: the report's plan table leaves it out, the content mix counts it. */
const LINKEDIN_IDEA = {
  id: 'report-idea',
  title: 'Maybe a poll',
  at: Date.UTC(2026, 2, 20, 12),
  platforms: ['linkedin'],
  status: 'idea',
  pillar: 'community',
};

/** Pages in a PDF Chromium wrote: one `/Type /Page` object each (`/Pages` is the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('the monthly report shows the month’s KPIs, top posts, mix and plan, and prints without the dashboard around it', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/analytics');
  await seedCalendarEntries(dashboard, [SPRING_TEASER, LINKEDIN_IDEA]);
  await dashboard.reload();
  for (const name of ['x-post-activity.csv', 'linkedin-page-posts.csv'])
    await importAnalyticsFixture(dashboard, name);

  await dashboard.getByRole('link', { name: 'Monthly report' }).click();
  await dashboard.getByLabel('Month', { exact: true }).fill('2026-03');
  await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Monthly report: March 2026');

  const kpi = (platform: string, label: string) =>
    dashboard.getByRole('region', { name: `${platform} KPIs` }).getByRole('region', { name: label });
  // (80 + 30) / (2,000 + 1,000) and (60 + 15) / 2,000, each with its formula.
  await expect(kpi('X', 'Engagement rate by impressions')).toContainText('3.67 %');
  await expect(kpi('X', 'Engagement rate by impressions')).toContainText('÷ Σ impressions');
  await expect(kpi('LinkedIn', 'Engagement rate by impressions')).toContainText('3.75 %');

  const top = dashboard.getByRole('table', { name: 'The month’s posts with the most engagements' });
  await expect(top.getByRole('row')).toHaveCount(5);
  await expect(top.getByRole('row').nth(1)).toContainText('Spring collection is here, made to last.');
  await expect(top.getByRole('row').nth(1)).toContainText('80');

  await expect(dashboard.getByRole('region', { name: 'Campaigns' })).toContainText(
    'No web analytics imported',
  );
  const mix = dashboard.getByRole('region', { name: 'Content mix' });
  await expect(mix.getByRole('row', { name: 'Education' })).toHaveText(/Education\s*1\s*50 %/);
  await expect(mix.getByRole('row', { name: 'Community' })).toHaveText(/Community\s*1\s*50 %/);

  const plan = dashboard.getByRole('table', {
    name: 'Calendar entries of the month past the idea stage, and the posts the exports have',
  });
  // Planned, marked published, posts in the exports, matched to an entry.
  await expect(plan.getByRole('row', { name: /^X / })).toHaveText(/X\s*1\s*0\s*2\s*1/);
  await expect(plan.getByRole('row', { name: /^LinkedIn / })).toHaveText(/LinkedIn\s*0\s*0\s*2\s*0/);

  // Another month has none of it.
  await dashboard.getByLabel('Month', { exact: true }).fill('2026-04');
  await expect(dashboard.getByRole('region', { name: 'KPIs per platform' })).toContainText(
    'No post in the imported exports was published in April 2026.',
  );
  await dashboard.getByLabel('Month', { exact: true }).fill('2026-03');

  // On paper: no navigation, no buttons, light colours even from a dark screen.
  await dashboard.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(dashboard.getByRole('navigation')).toBeHidden();
  await expect(dashboard.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  expect(await dashboard.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  mkdirSync('reports', { recursive: true });
  const pdf = await dashboard.pdf({ path: 'reports/analytics-report.pdf', format: 'A4' });
  // Five parts, each starting a page; none so long it needs more than two.
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(5);
  expect(pageCount(pdf)).toBeLessThanOrEqual(8);
  expect(pageErrors).toEqual([]);
});
