import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { englishOn, englishOnlyPieces } from './english-leftovers';
import { type ExtensionFixtures, expect, newestTabId, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';
import { pickerFrame, seedReplies } from './replies-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's WCAG 2.x A/AA rules plus its best practices (headings, landmarks, one h1), on every surface a
// user reads, in both colour schemes and both UI languages.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ROUTES = [
  'calendar',
  'analytics',
  'analytics/report',
  'guidelines',
  'replies',
  'research',
  'follow-ups',
  'partners',
  'crisis',
  'settings',
];
const SCHEMES = ['light', 'dark'] as const;

/** Stores a calendar entry, a research post and follow-ups the way OnBrand saves them, so each route has data. */
async function seedCalendarAndResearch(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['calendarEntries', 'researchPosts', 'followUps'], 'readwrite');
    const now = Date.now();
    tx.objectStore('calendarEntries').put({
      id: 'a11y-entry',
      title: 'Launch teaser for the new serum',
      at: now + 60 * 60_000,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      platforms: ['x', 'instagram'],
      status: 'scheduled',
      drafts: { x: 'Launch day! Our new serum is here.' },
      relationship: 'own-product',
      createdAt: 1,
      updatedAt: 1,
    });
    tx.objectStore('researchPosts').put({
      id: 'a11y-post',
      platform: 'x',
      permalink: 'https://x.com/acme/status/1000',
      author: { name: 'Acme', handle: '@acme' },
      text: 'Use code QUINCE for 20% off our quince jam #jam',
      publishedAt: now - 86_400_000,
      metrics: [{ readAt: now - 3_600_000, likes: 12234, replies: 5 }],
      media: { kind: 'image', count: 1 },
      hashtags: ['#jam'],
      mentions: [],
      tags: [],
      collections: [],
      isAd: false,
    });
    // One overdue, one snoozed: the page shows both kinds of line.
    for (const [id, dueAt, snoozedUntil] of [
      ['a11y-overdue', now - 3_600_000, undefined],
      ['a11y-snoozed', now - 60_000, now + 86_400_000],
    ] as const)
      tx.objectStore('followUps').put({
        id,
        platform: 'x',
        url: `https://x.com/acme/status/${id}`,
        author: { name: 'Acme', handle: '@acme' },
        excerpt: 'Where is my order? It has been two weeks.',
        note: 'Check with support first',
        dueAt,
        ...(snoozedUntil ? { snoozedUntil } : {}),
        status: 'open',
        createdAt: now - 86_400_000,
      });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

type Violations = Record<string, string[]>;

/** axe's violations on a page or frame, as "rule: selector" lines a failing run prints in full. */
async function audit(page: Page): Promise<string[]> {
  return describe((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations);
}

function describe(
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[],
): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}

async function auditEverySurface(
  {
    context,
    background,
    openExtensionPage,
  }: Pick<ExtensionFixtures, 'context' | 'background' | 'openExtensionPage'>,
  expectText: { calendar: string; picker: RegExp },
  /** Set in German: also lists, per surface, the English catalogue words it shows (in `english`). */
  english?: Violations,
): Promise<Violations> {
  const pieces = english ? englishOnlyPieces() : [];
  const check = async (surface: string, target: Page | Frame) => {
    if (english) english[surface] = await englishOn(target, pieces);
  };
  await serveFixture(context, 'https://x.com/home', 'x/home');
  const dashboard = await seedReplies(openExtensionPage, [
    { title: 'Thanks', body: 'Thanks for reaching out!', shortcut: 'thanks' },
  ]);
  await seedCalendarAndResearch(dashboard);
  const site = await context.newPage();
  await site.goto('https://x.com/home');
  await userArrives(site);
  await expect(site.locator('onbrand-badge')).toHaveCount(1);
  const tab = await newestTabId(background);
  const popup = await openExtensionPage(`popup.html?tab=${tab}`);
  const welcome = await openExtensionPage('welcome.html');

  const found: Violations = {};
  for (const scheme of SCHEMES) {
    for (const page of [dashboard, popup, welcome, site]) await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await dashboard.goto(dashboard.url().replace(/#.*/, `#/${route}`));
      await expect(dashboard.getByRole('heading', { level: 1 })).toBeVisible();
      if (route === 'calendar') await expect(dashboard.getByText(expectText.calendar).first()).toBeVisible();
      found[`dashboard ${route} (${scheme})`] = await audit(dashboard);
      await check(`dashboard ${route}`, dashboard);
    }
    await popup.reload();
    await expect(popup.getByText(expectText.calendar).first()).toBeVisible();
    found[`popup (${scheme})`] = await audit(popup);
    await check('popup', popup);
    await welcome.reload();
    await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
    found[`welcome (${scheme})`] = await audit(welcome);
    await check('welcome', welcome);

    await site.reload();
    const editor = site.getByTestId('tweetTextarea_0');
    await editor.click();
    await expect(site.locator('onbrand-badge')).toHaveCount(1);
    await site.keyboard.press('Alt+Shift+R');
    const picker = await pickerFrame(site);
    await expect(picker.getByText(expectText.picker).first()).toBeVisible();
    found[`reply picker (${scheme})`] = await auditFrame(picker);
    await check('reply picker', picker);
    await site.keyboard.press('Escape');
  }
  return found;
}

/**
 * The picker is framed inside OnBrand's closed shadow root, where axe run from the site's page cannot reach;
 * axe runs inside the frame's own document instead (the frame inherits the page's colour scheme).
 */
async function auditFrame(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, TAGS);
  return describe(violations);
}

function expectNoViolations(found: Violations) {
  for (const [surface, violations] of Object.entries(found)) expect.soft(violations, surface).toEqual([]);
  expect(Object.keys(found).length).toBe(SCHEMES.length * (ROUTES.length + 3));
}

test('every surface in English has no axe violations, light and dark', async ({
  context,
  background,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  expectNoViolations(
    await auditEverySurface(
      { context, background, openExtensionPage },
      { calendar: 'Launch teaser', picker: /Thanks/ },
    ),
  );
});

test.describe('in German', () => {
  test.use({ browserLocale: { lang: 'de-DE', timeZone: 'Europe/Berlin' } });
  test('every surface in German has no axe violations, light and dark, and shows no English UI words', async ({
    context,
    background,
    openExtensionPage,
  }) => {
    test.setTimeout(120_000);
    const english: Violations = {};
    expectNoViolations(
      await auditEverySurface(
        { context, background, openExtensionPage },
        { calendar: 'Launch teaser', picker: /Thanks/ },
        english,
      ),
    );
    expect(Object.keys(english)).toHaveLength(ROUTES.length + 3);
    for (const [surface, words] of Object.entries(english)) expect.soft(words, surface).toEqual([]);
  });
});
