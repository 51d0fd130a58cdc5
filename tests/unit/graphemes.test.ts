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
