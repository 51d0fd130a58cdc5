// Made on first use: constructing a Segmenter loads ICU's break rules, several milliseconds of a page load
// (the content script's start-up bench), and most drafts are counted without it (only complex characters
// reach it).
let segmenter: Intl.Segmenter | undefined;

/**
 * Characters around which a grapheme cluster may extend (UAX #29). Everything else ("simple": letters,
 * digits, punctuation, symbols, spaces, controls other than CR) starts and ends its own cluster whenever
 * its neighbour is simple too: no rule of UAX #29 joins two of them. Not simple: marks, format characters
 * (ZWJ, variation selectors, tags), CR, Hangul jamo and syllables, Extended_Pictographic, emoji modifiers,
 * regional indicators, and the few letters that are Prepend or SpacingMark (U+0D4E, U+0E33, U+0EB3,
 * U+111C2–3 …) or Extend (U+FF9E–F).
 */
const COMPLEX =
  /[^\p{L}\p{N}\p{P}\p{S}\p{Zs}\p{Cc}]|[\r\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export interface GraphemeCount {
  count: number;
  /** UTF-16 offset of the grapheme that no longer fits in `budget`, or null. */
  overflowAt: number | null;
}

const COMPLEX_AT = new RegExp(COMPLEX.source, 'uy');

/** Whether the code point at `i` is one a cluster may extend around (ASCII tested without a regex). */
function complexAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x0d;
  COMPLEX_AT.lastIndex = i;
  return COMPLEX_AT.test(text);
}

/** Where the code point at `i` ends. */
const after = (text: string, i: number) =>
  i + (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1);

/**
 * User-perceived characters (extended grapheme clusters, as Intl.Segmenter finds them) in
 * `text.slice(start, end)`. Simple characters are counted one per code point; only the stretches around
 * other characters go through the segmenter, so a 3,000-character draft costs a few segmenter calls rather
 * than 3,000 segment objects. tests/unit/graphemes.test.ts checks it against Intl.Segmenter.
 */
export function countGraphemes(
  text: string,
  start = 0,
  end = text.length,
  budget = Infinity,
  /** What a cluster the segmenter found counts for (simple characters count 1); 1 when absent. */
  weigh?: (cluster: string) => number,
): GraphemeCount {
  let count = 0;
  let overflowAt: number | null = null;
  /** Start of the last code point counted as simple (a base a following mark would join), or -1. */
  let lastSimple = -1;
  let i = start;
  while (i < end) {
    if (!complexAt(text, i)) {
      count += 1;
      if (overflowAt === null && count > budget) overflowAt = i;
      lastSimple = i;
      i = after(text, i);
      continue;
    }
    // The stretch the segmenter sees: the simple character before (a cluster's base), the complex ones,
    // and each single simple character between or after them (which may join the cluster before it).
    let from = i;
    if (lastSimple >= 0 && after(text, lastSimple) === i) {
      from = lastSimple;
      count -= 1;
      if (overflowAt === from) overflowAt = null;
    }
    let to = after(text, i);
    while (to < end) {
      if (complexAt(text, to)) {
        to = after(text, to);
        continue;
      }
      const next = after(text, to);
      if (next < end && complexAt(text, next)) {
        to = after(text, next);
        continue;
      }
      to = Math.min(next, end);
      break;
    }
    to = Math.min(to, end);
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
      count += weigh ? weigh(segment) : 1;
      if (overflowAt === null && count > budget) overflowAt = from + index;
    }
    lastSimple = -1;
    i = to;
  }
  return { count, overflowAt };
}
