import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import configs from 'twitter-text/dist/esm/configs';
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { describe, expect, it } from 'vitest';
import { seededText } from '@/tests/shared/seeded-text';
import { extractUrls } from '@/utils/checks/counting/urls';
import { parseX } from '@/utils/checks/counting/x';

/**
 * OnBrand counts X without calling parseTweet (utils/checks/counting/x.ts). Proof that the two agree: every
 * counting case of upstream's validate.yml, each run with the config upstream's own JS test gives it, and
 * thousands of seeded drafts compared field by field with parseTweet itself.
 */
interface CounterCase {
  description: string;
  text: string;
  expected: Record<string, number | boolean>;
}
const suite = load(readFileSync(new URL('./validate.yml', import.meta.url), 'utf8')) as {
  tests: Record<string, CounterCase[]>;
};
const SECTIONS = [
  ['WeightedTweetsCounterTest', configs.version2],
  ['WeightedTweetsWithDiscountedEmojiCounterTest', configs.version3],
  ['UnicodeDirectionalMarkerCounterTest', configs.defaults],
] as const;

describe('parseX on twitter-text conformance (every parseTweet section of validate.yml)', () => {
  for (const [section, config] of SECTIONS) {
    const cases = suite.tests[section] ?? [];
    it(`${section} has its cases`, () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    it.each(cases.map((test) => [test.description, test] as const))(`${section}: %s`, (_name, test) => {
      const parsed = parseX(test.text, config);
      expect(parsed).toMatchObject(test.expected);
      expect(parsed).toEqual(parseTweet(test.text, config));
    });
  }
});

/** Pieces a real draft is made of, and the ones that trip counters up. */
const PIECES = [
  ...'the launch is today and we are happy to share it with you'.split(' '),
  ' ',
  ' ',
  '\n',
  '\n\n',
  '. ',
  ', ',
  '!',
  '?',
  '—',
  '“quoted”',
  '…',
  '新品',
  '日本語のテキスト',
  '한국어',
  'Новая куртка',
  'مرحبا',
  'ภาษาไทย',
  'ü',
  'e\u0301',
  'A\u030A',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '👩🏽‍💻',
  '🇩🇪',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '1️⃣',
  '#️⃣',
  '❤',
  '❤️',
  '©',
  '™',
  '☺',
  '🫠',
  '𝕏',
  '\uD83D',
  '\uDE00',
  '\uFFFE',
  '\uFEFF',
  '\uFFFF',
  '\u202A',
  '\u2066',
  '\u200D',
  '\u3000',
  '@outdoorlab',
  '#hiking',
  '$TWTR',
  'https://example.com/terms?utm_source=social',
  'http://bit.ly/dJpywL',
  'https://t.co/abcdefghij',
  `https://example.com/${'a'.repeat(120)}`,
  'example.com/sizing',
  'www.example.org',
  'bücher.de',
  'http://foobar.پاکستان/',
  'word.com',
  'foo@bar.com',
  'https://example.com/😀',
  '(https://example.com)',
  'http://a.example.com:8080/x?q=1&b=2#top',
  `https://t.co/${'x'.repeat(45)}`,
  'a.b.c.d.co.uk',
  'example.com.',
  '.com',
  'x..com',
  'http://',
  '@user.com',
  '$cash.com',
  '#tag.com',
  '-dash.com',
  'ｗｗｗ.example.jp',
  '日本.jp',
  'https://пример.рф/путь',
];

/** 4,000 drafts through twitter-text itself take a few seconds, more on a loaded machine. */
const COMPARISON_TIMEOUT_MS = 30_000;

describe('parseX and extractUrls against twitter-text on seeded drafts', () => {
  const { random } = seededText(20261202);
  const drafts = Array.from({ length: 4000 }, () => {
    const pieces = Math.floor(random() ** 2 * 160);
    let text = '';
    for (let n = 0; n < pieces; n++) text += PIECES[Math.floor(random() * PIECES.length)];
    return text;
  });

  it(
    'covers what the counters disagree on easily',
    () => {
      const all = drafts.join('');
      for (const piece of ['👨‍👩‍👧', '日本語', 'https://', 'example.com', '\uFFFE', 'e\u0301', '\uD83D']) {
        expect(all).toContain(piece);
      }
      expect(drafts.filter((text) => parseTweet(text).weightedLength > 280).length).toBeGreaterThan(400);
    },
    COMPARISON_TIMEOUT_MS,
  );

  it.each([
    ['v3 (X today)', configs.defaults],
    ['v2', configs.version2],
  ] as const)(
    'gives parseTweet’s every field for 4,000 drafts with config %s',
    (_name, config) => {
      const differing = drafts.filter((text) => {
        const ours = parseX(text, config);
        const theirs = parseTweet(text, config);
        return JSON.stringify(ours) !== JSON.stringify(theirs);
      });
      expect(
        differing.slice(0, 3).map((text) => [text, parseX(text, config), parseTweet(text, config)]),
      ).toEqual([]);
    },
    COMPARISON_TIMEOUT_MS,
  );

  it.each([
    ['with or without a protocol (X)', undefined],
    ['with a protocol only (Mastodon)', { extractUrlsWithoutProtocol: false }],
  ] as const)(
    'extractUrls finds extractUrlsWithIndices’ links %s',
    (_name, options) => {
      const differing = drafts.filter(
        (text) =>
          JSON.stringify(extractUrls(text, options)) !==
          JSON.stringify(extractUrlsWithIndices(text, options)),
      );
      expect(differing.slice(0, 3)).toEqual([]);
      expect(drafts.filter((text) => extractUrls(text, options).length > 0).length).toBeGreaterThan(1000);
    },
    COMPARISON_TIMEOUT_MS,
  );
});
