// The real package, by its file path: the bare `punycode` import is what the build swaps for the stand-in.
import punycode from 'punycode/punycode.js';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { describe, expect, it } from 'vitest';
import viaUrl from '@/utils/build/punycode-via-url';
import { checkDraft, countDraft } from '@/utils/checks';
import { parseX } from '@/utils/checks/counting/x';

describe("X's weighted count", () => {
  it.each([
    ['plain ASCII counts one per character', 'hello', 5],
    ['a skin-toned emoji counts 2', '👍🏽', 2],
    ['a family ZWJ sequence counts 2, not its code points', '👨‍👩‍👧', 2],
    ['CJK weighs 2 each', '日本語', 6],
    ['a bare domain is a link and counts 23', 'see example.com', 4 + 23],
    ['any https URL counts 23 however long', `read https://example.com/${'a'.repeat(80)}`, 5 + 23],
    ['NFD é counts as one character', 'e\u0301', 1],
    ['an internationalised domain is a link and counts 23', 'see https://bücher.de/neu', 4 + 23],
    [
      'a domain label longer than DNS allows (63 once encoded) is not a link',
      `see ${'ü'.repeat(60)}.de`,
      4 + 60 + 3,
    ],
  ])('%s', (_name, text, expected) => {
    expect(countDraft(text, 'x').count).toBe(expected);
  });

  it('allows exactly 280 and flags the 281st character as the overflow', () => {
    expect(checkDraft('a'.repeat(280), { platform: 'x' })).toEqual([]);
    const findings = checkDraft('a'.repeat(281), { platform: 'x' });
    expect(findings.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.severity}`)).toEqual([
      '280-281 platform-length error',
    ]);
  });

  it('puts the overflow after 140 CJK characters', () => {
    const text = '日'.repeat(141);
    const [finding] = checkDraft(text, { platform: 'x' });
    expect(finding?.start).toBe(140);
    expect(text.slice(finding?.start, finding?.end)).toBe('日');
  });

  it('keeps UTF-16 offsets right when emoji come before the overflow', () => {
    const text = `${'😀'.repeat(140)}xyz`;
    const [finding] = checkDraft(text, { platform: 'x' });
    expect(text.slice(finding?.start, finding?.end)).toBe('xyz');
  });
});

describe('the URL-parser stand-in for punycode (utils/build/punycode-via-url.ts)', () => {
  it.each(['example', 'bücher', 'münchen', '日本語', 'пример', 'ü'.repeat(60), 'xn--bcher-kva'])(
    'encodes %s to the same length as punycode.js',
    (label) => {
      expect(viaUrl.toASCII(label).length).toBe(punycode.toASCII(label).length);
    },
  );
});

describe('X counted by counting/x.ts agrees with parseTweet on the whole text', () => {
  // Seeded, so a failure names its input again.
  let seed = 15;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const words = [
    'hello',
    'https://example.com/a?b=c',
    'example.com',
    '👍🏽',
    '👨‍👩‍👧',
    '日本語',
    'e\u0301',
    '#ad',
    '@acme',
    'a.b.c',
    'ü',
  ];
  const spaces = [' ', '\n', '  ', '\u3000', '\t'];
  const draft = (length: number) => {
    let text = '';
    while (text.length < length) {
      text += words[Math.floor(random() * words.length)];
      text += spaces[Math.floor(random() * spaces.length)];
    }
    return text;
  };

  it.each([280, 2_100, 4_500, 9_000])('on 40 random drafts of about %i characters', (length) => {
    for (let run = 0; run < 40; run++) {
      const text = draft(length);
      const whole = parseTweet(text);
      const pieces = parseX(text);
      expect({ weightedLength: pieces.weightedLength, validRangeEnd: pieces.validRangeEnd }).toEqual({
        weightedLength: whole.weightedLength,
        validRangeEnd: whole.validRangeEnd,
      });
    }
  });

  it('counts a 100,000-character run without whitespace in well under a second', () => {
    const text = `${'a.'.repeat(25_000)}@${'b-'.repeat(25_000)}`;
    const started = performance.now();
    const { count } = countDraft(text, 'x');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(count).toBe(text.length);
  });
});
