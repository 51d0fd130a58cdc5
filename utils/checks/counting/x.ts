import emojiPattern from 'twemoji-parser/dist/lib/regex';
import configs from 'twitter-text/dist/esm/configs';
import invalidChars from 'twitter-text/dist/esm/regexp/invalidChars';
import { extractUrls } from './urls';

/**
 * X's weighted count, exactly as twitter-text's `parseTweet` computes it (the same URL and emoji entities,
 * the same character walk and weights), in one pass without the per-character allocations that make
 * `parseTweet` the slowest part of a keystroke on X: it builds a substring and runs a regular expression for
 * every character, and builds an image URL for every emoji. tests/conformance/twitter-text runs upstream's
 * counting cases and a seeded comparison against `parseTweet` itself.
 */

/** A twitter-text config: weights, scale, URL length, whether emoji sequences weigh as one. */
export type XConfig = typeof configs.defaults;

export interface XParse {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  validRangeStart: number;
  /** Inclusive UTF-16 index of the last character that still fits (and is not refused). */
  validRangeEnd: number;
  displayRangeStart: number;
  displayRangeEnd: number;
}

/** X's current weighting (twitter-text's default config, v3). */
export const X_CONFIG: XConfig = configs.defaults;

interface Span {
  start: number;
  length: number;
}

/**
 * twemoji-parser's own pattern, found where its `parse` finds it, keeping only where each emoji is. Every
 * match starts at a non-ASCII EMOJI_CHARACTER or at the ASCII `#`, `*` or digit of a keycap right before a
 * non-ASCII one (U+FE0F, U+20E3): the pattern has no other ASCII and no lookbehind, and no sequence it lists
 * starts with any other character (tests/unit/x-emoji-starts.test.ts tries it at every other code point).
 * So only those positions (and every surrogate, where the astral emoji are) are tried, in order, each
 * anchored: the same leftmost matches as scanning every position, without running the pattern on the text
 * in between, Latin or not.
 */
const emojiAt = new RegExp(emojiPattern.source, 'y');
/** Characters an emoji can start with or continue from; U+E50A is the private-use glyph twemoji lists. */
export const EMOJI_CHARACTER = /^[\p{Emoji}\p{Emoji_Component}\uE50A]$/u;

// Whether each BMP unit is an EMOJI_CHARACTER, decided once per unit on first sight (1 no, 2 yes): a
// regular expression per character is most of the cost of a non-Latin draft.
let emojiUnits: Uint8Array | undefined;
function mayBeEmoji(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return true;
  emojiUnits ??= new Uint8Array(0x10000);
  let known = emojiUnits[code] as number;
  if (known === 0) {
    known = EMOJI_CHARACTER.test(String.fromCharCode(code)) ? 2 : 1;
    emojiUnits[code] = known;
  }
  return known === 2;
}

const isKeycapBase = (code: number) => code === 0x23 || code === 0x2a || (code >= 0x30 && code <= 0x39);

/**
 * The pattern consumes only EMOJI_CHARACTERs (its ASCII ones are the keycap bases) and surrogates, looks
 * ahead one character (`(?!\uFE0E)`) and repeats nothing (only `?`): a match at `start` is decided by the
 * run of such units there and the one unit after, at most MAX_EMOJI_KEY units. Running the pattern (a
 * microsecond each time) once per distinct run makes an emoji-dense draft cost lookups.
 */
const MAX_EMOJI_KEY = 64;
/** Runs seen, by a hash of their units (FNV-1a), with the run itself to tell a collision apart. */
const emojiLengths = new Map<number, { key: string; length: number }>();
function emojiLengthAt(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_EMOJI_KEY - 1);
  let end = start;
  let hash = 0x811c9dc5;
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (code < 0x80 ? !isKeycapBase(code) : !mayBeEmoji(code)) break;
    hash = Math.imul(hash ^ code, 0x01000193);
    end++;
  }
  const keyEnd = Math.min(text.length, end + 1);
  if (end < keyEnd) hash = Math.imul(hash ^ text.charCodeAt(end), 0x01000193);
  hash = Math.imul(hash ^ (keyEnd - start), 0x01000193);
  const known = emojiLengths.get(hash);
  if (known && known.key.length === keyEnd - start) {
    let same = true;
    for (let i = 0; same && i < known.key.length; i++)
      same = known.key.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return known.length;
  }
  const key = text.slice(start, keyEnd);
  emojiAt.lastIndex = 0;
  const length = emojiAt.exec(key)?.[0].length ?? 0;
  if (emojiLengths.size >= 2_000) emojiLengths.clear();
  emojiLengths.set(hash, { key, length });
  return length;
}

function emojiSpans(text: string): Span[] {
  const spans: Span[] = [];
  let searchedTo = 0;
  const tryAt = (start: number) => {
    const length = emojiLengthAt(text, start);
    // An empty match would never move the walk on.
    if (length === 0) return;
    spans.push({ start, length });
    searchedTo = start + length;
  };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80 || at < searchedTo || !mayBeEmoji(code)) continue;
    if (at - 1 >= searchedTo && isKeycapBase(text.charCodeAt(at - 1))) tryAt(at - 1);
    if (at >= searchedTo) tryAt(at);
  }
  return spans;
}

/** Where each character twitter-text refuses is: usually nowhere, so the walk below skips its per-unit test. */
function invalidIndices(text: string): number[] {
  const found: number[] = [];
  const all = new RegExp(invalidChars.source, 'g');
  for (let match = all.exec(text); match?.[0]; match = all.exec(text)) found.push(match.index);
  return found;
}

const weightTables = new WeakMap<XConfig, Uint16Array>();
/**
 * The weight of every UTF-16 unit (twitter-text's: the first range holding it, else the default), a table per
 * config: a lookup per character instead of a range search.
 */
function weightsOf(config: XConfig): Uint16Array {
  let table = weightTables.get(config);
  if (!table) {
    table = new Uint16Array(0x10000).fill(config.defaultWeight);
    // Backwards, so that where ranges overlap the first one listed wins, as in twitter-text's lookup.
    for (const range of [...config.ranges].reverse()) {
      table.fill(range.weight, range.start, Math.min(range.end, 0xffff) + 1);
    }
    weightTables.set(config, table);
  }
  return table;
}

export function parseX(text: string, config: XConfig = X_CONFIG): XParse {
  const normalized = text.normalize();
  const urls: Span[] = extractUrls(normalized).map((entity) => ({
    start: entity.indices[0],
    length: entity.url.length,
  }));
  const emoji = config.emojiParsingEnabled ? emojiSpans(normalized) : [];
  const invalid = invalidIndices(normalized);
  const weights = weightsOf(config);
  const max = config.maxWeightedTweetLength * config.scale;
  const urlWeight = config.transformedURLLength * config.scale;
  const emojiWeight = config.defaultWeight;
  const length = normalized.length;
  let weighted = 0;
  let validIndex = 0;
  let valid = true;
  let nextUrl = 0;
  let nextEmoji = 0;
  let nextInvalid = 0;
  // Where the next entity starts (Infinity after the last): read once per entity, not once per character.
  let urlStart = urls.length > 0 ? (urls[0] as Span).start : Infinity;
  let emojiStart = emoji.length > 0 ? (emoji[0] as Span).start : Infinity;
  for (let index = 0; index < length; index++) {
    // parseTweet looks entities up by start index: one that starts inside an earlier entity is never reached.
    while (urlStart < index) {
      nextUrl++;
      urlStart = nextUrl < urls.length ? (urls[nextUrl] as Span).start : Infinity;
    }
    while (emojiStart < index) {
      nextEmoji++;
      emojiStart = nextEmoji < emoji.length ? (emoji[nextEmoji] as Span).start : Infinity;
    }
    if (urlStart === index) {
      weighted += urlWeight;
      index += Math.max(1, (urls[nextUrl] as Span).length) - 1;
    } else if (emojiStart === index) {
      weighted += emojiWeight;
      index += Math.max(1, (emoji[nextEmoji] as Span).length) - 1;
    } else {
      const code = normalized.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index < length - 1) {
        const next = normalized.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) index += 1;
      }
      // twitter-text weighs the unit it ends on: the low surrogate of a pair.
      weighted += weights[normalized.charCodeAt(index)] as number;
    }
    // Like parseTweet, only the unit a step ends on is tested (the last of an entity or a surrogate pair).
    if (valid && nextInvalid < invalid.length) {
      while ((invalid[nextInvalid] as number) < index) nextInvalid++;
      if (invalid[nextInvalid] === index) valid = false;
    }
    if (valid && weighted <= max) validIndex = index;
  }
  const weightedLength = weighted / config.scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= config.maxWeightedTweetLength,
    permillage: Math.floor((weightedLength / config.maxWeightedTweetLength) * 1000),
    validRangeStart: 0,
    validRangeEnd: validIndex + text.length - normalized.length,
    displayRangeStart: 0,
    displayRangeEnd: text.length > 0 ? text.length - 1 : 0,
  };
}
