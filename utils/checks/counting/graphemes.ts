// Made on first use: constructing a Segmenter loads ICU's break rules, several milliseconds of a page load
// (the content script's start-up bench), and most drafts are counted without it (only rare characters
// reach it).
let segmenter: Intl.Segmenter | undefined;

/**
 * What a code point is to the walk below, a subset of UAX #29's Grapheme_Cluster_Break values: the ones
 * whose rules are short enough to apply here. Everything else is OTHER and goes to Intl.Segmenter.
 */
/**
 * No rule joins it to a neighbour of its own kind: letters, digits, punctuation, symbols, spaces, Hangul
 * syllables, lone surrogates.
 */
const SIMPLE = 1;
/**
 * Controls other than CR and LF, the format characters that are Control (zero-width space, bidi marks, soft
 * hyphen, BOM …), line and paragraph separators: a cluster of their own (GB4, GB5).
 */
const CONTROL = 2;
const CR = 9;
/** Joins only a CR before it (GB3). */
const LF = 10;
/** Joins the cluster before it (GB9): combining marks, variation selectors, emoji modifiers, tags. */
const EXTEND = 3;
const ZWJ = 4;
/** Extended_Pictographic: after `ExtPict Extend* ZWJ` it joins (GB11). */
const PICT = 5;
/** Regional indicators: joined in pairs (GB12, GB13). */
const REGIONAL = 6;
/** Thai and Lao SARA AM, the SpacingMarks of scripts with no conjunct rule: they join the cluster before (GB9a). */
const SPACING = 8;
/**
 * Prepend, other SpacingMarks, Hangul jamo, Indic marks (Unicode 15.1's conjunct rule GB9c needs properties
 * JavaScript has no name for), format characters, unassigned and lone surrogates: the segmenter decides.
 */
const OTHER = 7;

/**
 * Characters around which a cluster may extend (UAX #29): everything but letters, digits, punctuation,
 * symbols, spaces and controls other than CR, and the few of those that are Prepend or SpacingMark
 * (U+0D4E, U+0E33, U+0EB3, U+111C2–3 …), Extend (U+FF9E–F) or Hangul jamo. Hangul syllables are simple
 * here: two syllables never join (GB6–8 join only jamo to them); a syllable before a jamo is a cluster's
 * start, and a jamo sends the stretch to the segmenter.
 */
const COMPLEX =
  /[^\p{L}\p{N}\p{P}\p{S}\p{Zs}\p{Cc}]|[\r\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const GRAPHEME_EXTEND = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
/**
 * Extend characters of scripts with no conjunct rule, taken without the segmenter: Latin, Greek, Cyrillic,
 * Hebrew, Arabic and Thai marks, the combining blocks (U+1AB0–1AFF, U+1DC0–1DFF, U+20D0–20FF with the keycap
 * U+20E3, U+FE20–FE2F), ZWNJ, variation selectors, emoji modifiers and tags. Marks of the Indic scripts may
 * be conjunct linkers (GB9c), so they are left to the segmenter.
 */
const FAST_EXTEND: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05c7],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0e31, 0x0e4e],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200c, 0x200c],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0x1f3fb, 0x1f3ff],
  [0xe0020, 0xe007f],
  [0xe0100, 0xe01ef],
];
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Assigned format characters and separators whose Grapheme_Cluster_Break is Control. */
const FORMAT_CONTROLS: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
];

function classify(codePoint: number): number {
  if (codePoint === 0x200d) return ZWJ;
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return REGIONAL;
  // ICU takes a lone surrogate as any other character: a base that marks join.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return SIMPLE;
  if (FORMAT_CONTROLS.some(([from, to]) => codePoint >= from && codePoint <= to)) return CONTROL;
  if (codePoint === 0x0e33 || codePoint === 0x0eb3) return SPACING;
  const char = String.fromCodePoint(codePoint);
  if (PICTOGRAPHIC.test(char)) return PICT;
  if (!COMPLEX.test(char))
    return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) ? CONTROL : SIMPLE;
  if (GRAPHEME_EXTEND.test(char) && FAST_EXTEND.some(([from, to]) => codePoint >= from && codePoint <= to)) {
    return EXTEND;
  }
  return OTHER;
}

// Each code point is classified once, on first sight (a regular expression per character would be most of
// the count): the BMP and the plane of emoji in a table, the rest (tags, rare scripts) as met.
let kinds: Uint8Array | undefined;
function kindOf(codePoint: number): number {
  if (codePoint >= 0x20000) return classify(codePoint);
  kinds ??= new Uint8Array(0x20000);
  let kind = kinds[codePoint] as number;
  if (kind === 0) {
    kind = classify(codePoint);
    kinds[codePoint] = kind;
  }
  return kind;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the code point at `i` ends, not past `end` (a pair cut by `end` is a lone surrogate there). */
const after = (text: string, i: number, end: number) =>
  i + (i + 1 < end && isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1);

const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) =>
  code === 0x0d ? CR : code === 0x0a ? LF : code < 0x20 || code === 0x7f ? CONTROL : SIMPLE,
);

function kindAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_KINDS[code] as number;
  return kindOf(after(text, i, end) === i + 2 ? (text.codePointAt(i) as number) : code);
}

/** Where a run of simple BMP characters from `i` ends. */
function simpleRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const code = text.charCodeAt(j);
    if (code < 0x80) {
      if (ASCII_KINDS[code] !== SIMPLE) break;
    } else if ((code >= 0xd800 && code <= 0xdfff) || kindOf(code) !== SIMPLE) break;
    j++;
  }
  return j;
}

/** UTF-16 units handed to Intl.Segmenter at a time. */
const SEGMENT_PIECE = 256;

export interface GraphemeCount {
  count: number;
  /** UTF-16 offset of the grapheme that no longer fits in `budget`, or null. */
  overflowAt: number | null;
}

/**
 * User-perceived characters (extended grapheme clusters, as Intl.Segmenter finds them) in
 * `text.slice(start, end)`. Letters, emoji sequences, flags, keycaps and Latin, Cyrillic, Arabic or Thai
 * marks are clustered here by UAX #29's own rules; only a stretch holding a character those rules do not
 * cover (an Indic mark, a jamo, a Prepend character) goes through the segmenter, so a 3,000-character
 * draft in any script costs a walk over its characters rather than 3,000 segment objects.
 * tests/unit/graphemes.test.ts checks it against Intl.Segmenter.
 */
export function countGraphemes(
  text: string,
  start = 0,
  end = text.length,
  budget = Infinity,
  /** What a cluster of more than one simple character counts for (a simple one counts 1); 1 when absent. */
  weigh?: (cluster: string) => number,
): GraphemeCount {
  let count = 0;
  let overflowAt: number | null = null;
  const add = (from: number, weight: number) => {
    count += weight;
    if (overflowAt === null && count > budget) overflowAt = from;
  };
  /** Start of the cluster still open (it may take the next code point), or -1. */
  let open = -1;
  let openSimple = false;
  let previous = 0;
  /** 1 after `ExtPict Extend*`, 2 after `ExtPict Extend* ZWJ` (GB11). */
  let pictographic = 0;
  /** Regional indicators in a row just before (GB12, GB13 pair them from the first). */
  let regional = 0;
  const close = (to: number) => {
    if (open >= 0) add(open, openSimple || !weigh ? 1 : weigh(text.slice(open, to)));
  };
  // Intl.Segmenter's cost per cluster grows with the length of the string it was given (V8, measured here: a
  // cluster of a 4,096-unit string costs three times one of a 256-unit string), so a long stretch is segmented
  // in pieces. Every cluster
  // of a piece but its last ends where it does in the whole text (a boundary depends on what precedes it and
  // on the code point after it, which the piece holds whole); the last one may go on, so the next piece
  // starts at it.
  const segmentStretch = (from: number, to: number) => {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let at = from;
    let size = SEGMENT_PIECE;
    while (at < to) {
      let pieceEnd = Math.min(to, at + size);
      if (pieceEnd < to && isHigh(text.charCodeAt(pieceEnd - 1)) && isLow(text.charCodeAt(pieceEnd))) {
        pieceEnd += 1;
      }
      let last: Intl.SegmentData | undefined;
      let complete = 0;
      for (const data of segmenter.segment(text.slice(at, pieceEnd))) {
        if (last) {
          add(at + last.index, weigh ? weigh(last.segment) : 1);
          complete += 1;
        }
        last = data;
      }
      if (!last) break;
      if (pieceEnd === to) {
        add(at + last.index, weigh ? weigh(last.segment) : 1);
        break;
      }
      if (complete === 0) {
        // One cluster fills the piece (a base with a thousand marks): look further.
        size *= 2;
        continue;
      }
      at += last.index;
      size = SEGMENT_PIECE;
    }
  };
  let i = start;
  while (i < end) {
    const kind = kindAt(text, i, end);
    const next = after(text, i, end);
    if (kind === OTHER) {
      // The segmenter sees the open cluster, this character and what follows up to a pair of simple
      // characters (no rule joins those, so the segmenter's last cluster ends where the text's does).
      const from = open >= 0 ? open : i;
      let to = next;
      while (to < end) {
        const toKind = kindAt(text, to, end);
        const afterTo = after(text, to, end);
        if (toKind !== SIMPLE && toKind !== CONTROL && toKind !== LF) {
          to = afterTo;
          continue;
        }
        if (afterTo < end) {
          const nextKind = kindAt(text, afterTo, end);
          if (nextKind !== SIMPLE && nextKind !== CONTROL && nextKind !== LF) {
            to = after(text, afterTo, end);
            continue;
          }
        }
        to = afterTo;
        break;
      }
      segmentStretch(from, to);
      open = -1;
      previous = 0;
      pictographic = 0;
      regional = 0;
      i = to;
      continue;
    }
    if (kind === SIMPLE && next === i + 1) {
      // A run of simple characters: each is a cluster, and only the last may take what follows.
      close(i);
      const run = simpleRunEnd(text, next, end);
      const closed = run - 1 - i;
      if (overflowAt === null && count + closed > budget) overflowAt = i + Math.floor(budget - count);
      count += closed;
      open = run - 1;
      openSimple = true;
      previous = SIMPLE;
      pictographic = 0;
      regional = 0;
      i = run;
      continue;
    }
    const joins =
      open >= 0 &&
      (kind === LF
        ? previous === CR
        : previous !== CONTROL &&
          previous !== CR &&
          previous !== LF &&
          (kind === EXTEND ||
            kind === ZWJ ||
            kind === SPACING ||
            (kind === PICT && pictographic === 2) ||
            (kind === REGIONAL && regional % 2 === 1)));
    if (joins) openSimple = false;
    else {
      close(i);
      open = i;
      openSimple = kind === SIMPLE;
    }
    if (kind === PICT) pictographic = 1;
    else if (pictographic === 1 && kind === ZWJ) pictographic = 2;
    else if (pictographic !== 1 || kind !== EXTEND) pictographic = 0;
    regional = kind === REGIONAL ? regional + 1 : 0;
    previous = kind;
    i = next;
  }
  close(end);
  return { count, overflowAt };
}
