import { describe, expect, it } from 'vitest';
import { countGraphemes } from '@/utils/checks/counting/graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string, budget: number) => {
  const starts = [...segmenter.segment(text)].map((segment) => segment.index);
  return { count: starts.length, overflowAt: starts[budget] ?? null };
};

// Pieces that exercise every rule of UAX #29: CR LF, combining marks, Indic conjuncts, Hangul jamo and
// syllables, Thai SARA AM, halfwidth voiced marks, emoji with ZWJ, modifiers, variation selectors, tags,
// regional indicators, Prepend, lone surrogates, astral letters, and plain Latin, CJK, Cyrillic text.
const PIECES = [
  'a',
  'Z',
  ' ',
  '.',
  '\n',
  '\r',
  '\r\n',
  '\t',
  'é',
  'e\u0301',
  'e\u0301\u0302',
  '\u0301',
  'ö',
  'ñ',
  'न',
  'म',
  'स',
  '्',
  'त',
  'े',
  'क्ष',
  'ক্ষ',
  'ශ්‍රී',
  '\u0D4E',
  'ന',
  'กำ',
  '\u0E33',
  'ຳ',
  '\u1100',
  '\u1161',
  '\u11A8',
  '한',
  '\uAC00\u11A8',
  'ｶ',
  '\uFF9E',
  '日',
  '本',
  '。',
  'ж',
  'Ω',
  '😀',
  '👍',
  '\u{1F3FD}',
  '👨\u200D👩\u200D👧',
  '\u200D',
  '\uFE0F',
  '❤',
  '©',
  '™',
  '☎',
  '🏳\uFE0F\u200D\u26A7\uFE0F',
  '🇩',
  '🇪',
  '🇩🇪',
  '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
  '1\uFE0F\u20E3',
  '\u0600',
  '\u{111C2}',
  '\u{11000}',
  '𓋓',
  '\uD83D',
  '\uDE00',
  '\u00AD',
  '\u200B',
  '\u2060',
  '#',
  '5',
];

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('countGraphemes agrees with Intl.Segmenter', () => {
  it('on 2,000 random strings of tricky pieces, with the overflow at every budget tried', () => {
    const next = random(14);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const budget = Math.floor(next() * (length + 2));
      expect({ text, ...countGraphemes(text, 0, text.length, budget) }).toEqual({
        text,
        ...reference(text, budget),
      });
    }
  }, 20_000);

  it('counts a slice the way the segmenter counts that slice', () => {
    const text = 'ab👨‍👩‍👧cd e\u0301f';
    expect(countGraphemes(text, 2, text.length - 2).count).toBe(reference(text.slice(2, -2), Infinity).count);
  });

  it.each([
    ['👨‍👩‍👧', 1],
    ['🇩🇪', 1],
    ['नमस्ते', 3],
    ['\r\n', 1],
    ['a'.repeat(3000), 3000],
  ])('%s is %i', (text, expected) => {
    expect(countGraphemes(text).count).toBe(expected);
  });
});

// Words of real scripts and emoji, so a draft has the runs the walk clusters itself (CJK, Cyrillic, Latin
// with marks, Arabic, Thai, emoji sequences, flags, keycaps) next to the ones only the segmenter decides
// (Devanagari and Bengali conjuncts, Hangul jamo, CR LF, format characters).
const WORDS = [
  '新品今日発売。',
  '東京',
  'Новая куртка',
  'уже в продаже!',
  'naïve café',
  'Zoë',
  'a\u0308\u0301',
  'ё\u0301',
  'नमस्ते',
  'क्षत्रिय',
  'हिन्दी',
  'বাংলা',
  'ক্ষ',
  'สวัสดีครับ',
  'กำลัง',
  'ภาษาไทย',
  'مرحبا',
  'السَّلَامُ',
  'שָׁלוֹם',
  '한국어',
  '\u1112\u1161\u11AB',
  '👨‍👩‍👧',
  '👩🏽‍💻',
  '🏳️‍🌈',
  '❤️',
  '❤',
  '🧥',
  '👍🏿',
  '🇩🇪',
  '🇯🇵🇺🇸',
  '🇩',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '1️⃣',
  '#️⃣',
  '*\u20E3',
  '©',
  '™️',
  '\u200D',
  '\uFE0F',
  '\u0301',
  '\u200B',
  '\u00AD',
  '\r\n',
  '\n',
  '\t',
  ' ',
  '. ',
  '𝐁𝐨𝐥𝐝',
  '\uD83D',
];

const drafts = (seed: number, rounds: number) => {
  const next = random(seed);
  return Array.from({ length: rounds }, () => {
    let text = '';
    const words = 1 + Math.floor(next() * 40);
    for (let i = 0; i < words; i++) {
      text += WORDS[Math.floor(next() * WORDS.length)];
      if (next() < 0.5) text += ' ';
    }
    return text;
  });
};

describe('countGraphemes agrees with Intl.Segmenter on mixed-script drafts', () => {
  it('on 5,000 seeded drafts: the count and the overflow at a random budget', () => {
    const next = random(2026);
    for (const text of drafts(7, 5000)) {
      const budget = Math.floor(next() * 60);
      expect({ text, ...countGraphemes(text, 0, text.length, budget) }).toEqual({
        text,
        ...reference(text, budget),
      });
    }
  }, 30_000);

  it('weighs every cluster of more than one code point the way the weight says (Threads’ emoji bytes)', () => {
    const weigh = (cluster: string) => (/\p{Extended_Pictographic}/u.test(cluster) ? cluster.length * 10 : 1);
    for (const text of drafts(8, 2000)) {
      const expected = [...segmenter.segment(text)].reduce((sum, { segment }) => sum + weigh(segment), 0);
      expect({ text, count: countGraphemes(text, 0, text.length, Infinity, weigh).count }).toEqual({
        text,
        count: expected,
      });
    }
  }, 30_000);

  it('counts slices of the drafts as the segmenter counts the slices', () => {
    const next = random(9);
    for (const text of drafts(10, 2000)) {
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 1));
      expect({ text, from, to, count: countGraphemes(text, from, to).count }).toEqual({
        text,
        from,
        to,
        count: reference(text.slice(from, to), Infinity).count,
      });
    }
  }, 30_000);
});
