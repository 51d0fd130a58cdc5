import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResearchPost } from '@/utils/db/records';
import { cadenceGrid, engagementByFormat, topHashtags } from '@/utils/research/charts';
import { hasDisclosure, looksSponsoredUndisclosed } from '@/utils/research/disclosure';
import { researchToCsv, researchToJson } from '@/utils/research/export';
import { ResearchSearch } from '@/utils/research/search';
import { researchPost } from './research-post';

const post = researchPost;

const library = [
  post({
    id: 'latte',
    text: 'Marmalade latte is back 🍊 #coffee',
    metrics: [{ readAt: 1, likes: 500, reposts: 20 }],
  }),
  post({
    id: 'roast',
    author: { name: 'Bean Co', handle: '@beanco' },
    text: 'Roasting day, caramel everywhere',
    publishedAt: Date.UTC(2026, 2, 1),
    tags: ['inspiration'],
    metrics: [{ readAt: 1, likes: 40 }],
  }),
  post({
    id: 'ad',
    platform: 'linkedin',
    author: { name: 'Grind Gear' },
    text: 'Use code GRIND for 20% off grinders',
    isAd: false,
    collections: ['competitors'],
    metrics: [{ readAt: 1, likes: 3 }],
  }),
  post({
    id: 'disclosed',
    text: 'Loving these grinders #ad',
    publishedAt: Date.UTC(2025, 11, 1),
    metrics: [],
  }),
];

const all = { query: '', sort: 'newest' as const };
const ids = (posts: ResearchPost[]) => posts.map((p) => p.id);

describe('searching the research library', () => {
  const search = new ResearchSearch();
  beforeAll(() => search.sync(library));

  it('finds posts by a word of their text, a prefix, an author or a tag', () => {
    expect(ids(search.search({ ...all, query: 'marmalade' }))).toEqual(['latte']);
    expect(ids(search.search({ ...all, query: 'carame' }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, query: 'beanco' }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, query: 'inspiration' }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, query: 'grinders', sort: 'newest' }))).toEqual(['ad', 'disclosed']);
    // Typos in longer words still match; the most common words alone are matched as text.
    expect(ids(search.search({ ...all, query: 'marmelade' }))).toEqual(['latte']);
    expect(ids(search.search({ ...all, query: 'is back' }))).toEqual(['latte']);
  });

  it('filters by platform, author, tag, collection, date range and disclosure', () => {
    expect(ids(search.search({ ...all, platform: 'linkedin' }))).toEqual(['ad']);
    expect(ids(search.search({ ...all, author: '@beanco' }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, author: 'Grind Gear' }))).toEqual(['ad']);
    expect(ids(search.search({ ...all, tag: 'inspiration' }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, collection: 'competitors' }))).toEqual(['ad']);
    expect(ids(search.search({ ...all, from: Date.UTC(2026, 1, 1) }))).toEqual(['roast']);
    expect(ids(search.search({ ...all, to: Date.UTC(2025, 11, 31) }))).toEqual(['disclosed']);
    expect(ids(search.search({ ...all, disclosure: 'disclosed' }))).toEqual(['disclosed']);
    expect(ids(search.search({ ...all, disclosure: 'undisclosed-sponsored' }))).toEqual(['ad']);
  });

  it('sorts by date either way or by engagement', () => {
    expect(ids(search.search(all))).toEqual(['roast', 'latte', 'ad', 'disclosed']);
    expect(ids(search.search({ ...all, sort: 'oldest' }))).toEqual(['disclosed', 'latte', 'ad', 'roast']);
    expect(ids(search.search({ ...all, sort: 'engagement' }))).toEqual(['latte', 'roast', 'ad', 'disclosed']);
  });

  it('re-indexes an edited post and forgets a deleted one', async () => {
    const edited = new ResearchSearch();
    await edited.sync(library);
    const [latte, ...rest] = library;
    if (!latte) throw new Error('fixture');
    await edited.sync([{ ...latte, notes: 'Try a citrus special in spring' }, ...rest.slice(1)]);
    expect(ids(edited.search({ ...all, query: 'citrus' }))).toEqual(['latte']);
    expect(edited.search({ ...all, query: 'roasting' })).toEqual([]);
    expect(edited.size).toBe(3);
  });

  it('answers from a text scan, never stale, while a big first index is still being built', async () => {
    const big = Array.from({ length: 5000 }, (_, i) =>
      post({ id: `bulk${i}`, text: i === 4321 ? 'the one with quince jam' : `ordinary post ${i}` }),
    );
    const building = new ResearchSearch();
    const done = building.sync(big);
    expect(building.ready).toBe(false);
    expect(ids(building.search({ ...all, query: 'quince' }))).toEqual(['bulk4321']);
    await done;
    expect(building.ready).toBe(true);
    expect(ids(building.search({ ...all, query: 'quinc' }))).toEqual(['bulk4321']);
  });
});

describe('a query found in thousands of posts', () => {
  // 6,000 posts say "coffee" (past the point where the scan answers), 500 say "coffeehouse", 500 only
  // "decoffeinated" (no word starts with "coffee" there) and 300 "co" as a word of its own.
  const many = Array.from({ length: 7300 }, (_, i) =>
    post({
      id: `many${i}`,
      text:
        i < 6000
          ? `Morning coffee number ${i}`
          : i < 6500
            ? `The coffeehouse, day ${i}`
            : i < 7000
              ? `Decoffeinated, day ${i}`
              : `Co-founder story ${i} with co`,
      publishedAt: Date.UTC(2026, 0, 1) + i * 60_000,
      platform: i % 2 ? 'x' : 'bluesky',
    }),
  );
  const search = new ResearchSearch();
  beforeAll(() => search.sync(many));

  it('finds what the index finds, a word start for three letters or more, newest first', () => {
    const found = search.search({ query: 'coffee', sort: 'relevance' });
    expect(found).toHaveLength(6500);
    expect(found.every((hit) => /(^|\s)coffee/i.test(hit.text))).toBe(true);
    const times = found.map((hit) => hit.publishedAt ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The same words below the threshold go through the index and agree with the scan.
    expect(search.search({ query: 'coffeehouse', sort: 'newest' })).toHaveLength(500);
    expect(search.search({ query: 'coffee', platform: 'x', sort: 'oldest' })).toHaveLength(3250);
  });

  it('keeps a short word whole, and every word and filter must match', () => {
    expect(search.search({ query: 'co', sort: 'newest' })).toHaveLength(300);
    expect(search.search({ query: 'morning coffee', sort: 'newest' })).toHaveLength(6000);
    expect(search.search({ query: 'morning coffee', platform: 'bluesky', sort: 'newest' })).toHaveLength(
      3000,
    );
  });
});

describe("the disclosure filters (the check engine's own detection)", () => {
  it.each([
    ['Loving these #ad', true, false],
    ['In partnership with @brand', true, false],
    ['Werbung: neue Schuhe #werbung', true, false],
    ['Use my code SAVE10 for 10% off', false, true],
    ['Just a nice day', false, false],
  ])('%j: disclosed %s, looks sponsored undisclosed %s', (text, disclosed, undisclosed) => {
    expect(hasDisclosure({ text })).toBe(disclosed);
    expect(looksSponsoredUndisclosed({ text, isAd: false })).toBe(undisclosed);
  });

  it('counts a platform ad without a label as sponsored and undisclosed', () => {
    expect(looksSponsoredUndisclosed({ text: 'Close payroll in one afternoon.', isAd: true })).toBe(true);
  });
});

describe('exports and charts', () => {
  it('exports CSV that spreadsheets read back without running formulas, and JSON with every snapshot', () => {
    const risky = post({ text: '=HYPERLINK("https://evil.example")', author: { name: '@acme' } });
    const rows = Papa.parse<Record<string, string>>(researchToCsv([library[0] as ResearchPost, risky]), {
      header: true,
    }).data;
    expect(rows[0]).toMatchObject({
      text: 'Marmalade latte is back 🍊 #coffee',
      likes: '500',
      engagement: '520',
    });
    expect(rows[1]?.text).toBe('\'=HYPERLINK("https://evil.example")');
    expect(JSON.parse(researchToJson(library)).posts).toEqual(library);
  });

  it('counts posting cadence per weekday and hour, top hashtags and median engagement per format', () => {
    // 2026-01-05 is a Monday.
    const times = [new Date(2026, 0, 5, 9), new Date(2026, 0, 12, 9), new Date(2026, 0, 11, 18)];
    const grid = cadenceGrid(times.map((t) => post({ publishedAt: t.getTime() })));
    expect(grid[0]?.[9]).toBe(2);
    expect(grid[6]?.[18]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b)).toBe(3);
    expect(
      topHashtags([post({ hashtags: ['#Coffee', '#coffee'] }), post({ hashtags: ['#coffee', '#tea'] })]),
    ).toEqual([
      { tag: '#coffee', posts: 2 },
      { tag: '#tea', posts: 1 },
    ]);
    expect(
      engagementByFormat([
        post({ media: { kind: 'video', count: 1 }, metrics: [{ readAt: 1, likes: 90 }] }),
        post({ media: { kind: 'none', count: 0 }, metrics: [{ readAt: 1, likes: 10 }] }),
        post({ media: { kind: 'none', count: 0 }, metrics: [{ readAt: 1, likes: 30 }] }),
      ]),
    ).toEqual([
      { kind: 'video', median: 90, posts: 1 },
      { kind: 'none', median: 30, posts: 2 },
    ]);
  });
});
