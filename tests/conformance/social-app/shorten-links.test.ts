import { describe, expect, it } from 'vitest';
import { checkDraft, countDraft } from '@/utils/checks';
import { shortenLinks, toShortUrl } from '@/utils/checks/counting/bluesky';

/**
 * social-app's tests of the link shortening its composer applies before counting and posting (MIT, © Bluesky
 * PBC; see README.md), from __tests__/lib/string.test.ts.
 */
const graphemes = (text: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;

describe('toShortUrl', () => {
  it.each([
    ['https://bsky.app', 'bsky.app'],
    ['https://bsky.app/3jk7x4irgv52r', 'bsky.app/3jk7x4irgv52r'],
    ['https://bsky.app/3jk7x4irgv52r2313y182h9', 'bsky.app/3jk7x4irgv52...'],
    ['https://very-long-domain-name.com/foo', 'very-long-domain-name.com/foo'],
    [
      'https://very-long-domain-name.com/foo?bar=baz#andsomemore',
      'very-long-domain-name.com/foo?bar=baz#...',
    ],
  ])('shortens %s', (url, short) => {
    expect(toShortUrl(url)).toBe(short);
  });
});

describe('shortenLinks', () => {
  const cases: [input: string, output: string, links: number][] = [
    ['start https://middle.com/foo/bar?baz=bux#hash end', 'start middle.com/foo/bar?baz=... end', 1],
    ['https://start.com/foo/bar?baz=bux#hash middle end', 'start.com/foo/bar?baz=... middle end', 1],
    ['start middle https://end.com/foo/bar?baz=bux#hash', 'start middle end.com/foo/bar?baz=...', 1],
    [
      'https://newline1.com/very/long/url/here\nhttps://newline2.com/very/long/url/here',
      'newline1.com/very/long/ur...\nnewline2.com/very/long/ur...',
      2,
    ],
    [
      'Classic article https://socket3.wordpress.com/2018/02/03/designing-windows-95s-user-interface/',
      'Classic article socket3.wordpress.com/2018/02/03/d...',
      1,
    ],
  ];

  it.each(cases)('%s', (input, output, links) => {
    expect(shortenLinks(input)).toBe(output);
    // What Bluesky's composer counts and posts, and what OnBrand counts.
    const counted = countDraft(input, 'bluesky');
    expect(counted.count).toBe(graphemes(output));
    expect(counted.shortLinks).toHaveLength(links);
  });
});

describe('a post that fits once its links are shortened', () => {
  const link = 'https://socket3.wordpress.com/2018/02/03/designing-windows-95s-user-interface/';
  it('is not flagged, though it is over 300 characters as typed', () => {
    const text = `${'a'.repeat(240)} ${link}`;
    expect([...text].length).toBeGreaterThan(300);
    expect(checkDraft(text, { platform: 'bluesky' }).filter((f) => f.ruleId === 'platform-length')).toEqual(
      [],
    );
  });

  it('when still over, the finding shows the link as the composer posts it', () => {
    const text = `${'a'.repeat(280)} ${link}`; // 280 + 1 + the 37 characters of the short form
    const [length] = checkDraft(text, { platform: 'bluesky' }).filter((f) => f.ruleId === 'platform-length');
    expect(length?.message).toContain('“socket3.wordpress.com/2018/02/03/d...”');
    expect(length?.message).toMatch(/^318 \/ 300/);
  });
});
