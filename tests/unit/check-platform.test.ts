import { describe, expect, it } from 'vitest';
import { checkDraft, countDraft } from '@/utils/checks';
import { onlyCategory, spans } from './check-helpers';

const platform = onlyCategory('platform');
const tags = (sigil: string, n: number) => Array.from({ length: n }, (_, i) => `${sigil}t${i}`).join(' ');
/** `start-end ruleId severity` for the span from `from` to the end of `to` in the text. */
const span = (text: string, from: string, to: string, rest: string) =>
  `${text.indexOf(from)}-${text.lastIndexOf(to) + to.length} ${rest}`;

describe('platform limits, counted the way each platform counts', () => {
  it.each([
    ['Bluesky counts graphemes: a family emoji is one', 'bluesky', '👨‍👩‍👧'.repeat(300), 300],
    ['Mastodon counts a link as 23', 'mastodon', `see https://example.com/${'x'.repeat(100)}`, 4 + 23],
    ['Mastodon counts a remote mention as the local part', 'mastodon', 'hi @anna@example.social', 3 + 5],
    ['LinkedIn counts UTF-16 code units', 'linkedin', 'a😀', 3],
    ['Threads counts an emoji as its UTF-8 bytes', 'threads', 'a😀', 5],
    ['Threads counts a ZWJ family as its 18 UTF-8 bytes', 'threads', '👨‍👩‍👧', 18],
    ['Threads counts other characters one each, accents and CJK included', 'threads', 'é日本', 3],
  ] as const)('%s', (_name, id, text, expected) => {
    expect(countDraft(text, id).count).toBe(expected);
  });

  it.each([
    ['X: the 281st character', 'x', 'a'.repeat(281), ['280-281 platform-length']],
    [
      'Bluesky: the 301st grapheme, after emoji',
      'bluesky',
      `${'🙂'.repeat(300)}ok`,
      ['600-602 platform-length'],
    ],
    [
      'Mastodon: links count 23, so this fits',
      'mastodon',
      `${'a'.repeat(470)} https://example.com/${'b'.repeat(60)}`,
      [],
    ],
    ['Mastodon: 501 characters', 'mastodon', 'a'.repeat(501), ['500-501 platform-length']],
    ['Threads: 501 characters', 'threads', 'a'.repeat(501), ['500-501 platform-length']],
    ['Threads: 125 emoji of 4 bytes fit exactly', 'threads', '😀'.repeat(125), []],
    ['Threads: the 126th emoji is over', 'threads', '😀'.repeat(126), ['250-252 platform-length']],
    ['Pinterest: exactly 500 fits', 'pinterest', 'a'.repeat(500), []],
  ] as const)('%s', (_name, id, text, expected) => {
    expect(spans(text, { platform: id }, (f) => f.ruleId === 'platform-length')).toEqual(expected);
  });

  it('refuses a Bluesky post over 3,000 UTF-8 bytes even under 300 graphemes', () => {
    const fits = '👩🏽‍💻'.repeat(200); // 200 graphemes of 15 bytes: exactly 3,000 bytes
    expect(spans(fits, { platform: 'bluesky' }, platform)).toEqual([]);
    const tooHeavy = '👩🏽‍💻'.repeat(201);
    expect(countDraft(tooHeavy, 'bluesky').count).toBe(201);
    expect(spans(tooHeavy, { platform: 'bluesky' }, platform)).toEqual(['0-0 platform-length']);
  });

  const six = tags('#', 6);
  const thirtyOne = tags('#', 31);
  const threads = '🧵 #one #two';
  const sixteen = tags('#', 16);
  const mentions = tags('@', 21);
  it.each([
    [
      'Instagram: a sixth hashtag warns',
      'instagram',
      six,
      [span(six, '#t5', '#t5', 'hashtag-limit warning')],
    ],
    [
      'Instagram: 31 hashtags are refused',
      'instagram',
      thirtyOne,
      [span(thirtyOne, '#t30', '#t30', 'hashtag-limit error')],
    ],
    ['Threads: one topic tag', 'threads', threads, [span(threads, '#two', '#two', 'hashtag-limit error')]],
    [
      'YouTube: more than 15 warns',
      'youtube',
      sixteen,
      [span(sixteen, '#t15', '#t15', 'hashtag-limit warning')],
    ],
    ['LinkedIn: no known cap', 'linkedin', tags('#', 40), []],
    [
      'Instagram: 21 mentions',
      'instagram',
      mentions,
      [span(mentions, '@t20', '@t20', 'mention-limit error')],
    ],
  ] as const)('%s', (_name, id, text, expected) => {
    const found = checkDraft(text, { platform: id }).filter(platform);
    expect(found.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.severity}`)).toEqual(expected);
  });

  it('flags the hashtags past the cap as one span', () => {
    const text = tags('#', 8);
    const [finding] = checkDraft(text, { platform: 'instagram' }).filter(platform);
    expect(text.slice(finding?.start, finding?.end)).toBe('#t5 #t6 #t7');
  });

  it('Threads refuses a sixth different link and Instagram says links are not clickable', () => {
    const links = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(spans(links, { platform: 'threads' }, (f) => f.ruleId === 'link-limit')).toEqual([
      span(links, 'https://example.com/5', 'https://example.com/5', 'link-limit'),
    ]);
    expect(
      spans('shop at https://example.com.', { platform: 'instagram' }, (f) => f.ruleId === 'link-limit'),
    ).toEqual(['8-27 link-limit']);
  });
});
