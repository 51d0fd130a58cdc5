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
 * match starts at a non-ASCII character or at the ASCII `#`, `*` or digit of a keycap right before one (the
 * pattern has no other ASCII and no lookbehind), so only those positions are tried, in order, each anchored:
 * the same leftmost matches as scanning every position, without scanning the Latin text in between.
 */
const emojiAt = new RegExp(emojiPattern.source, 'y');
const NON_ASCII = /[^\0-\x7f]/g;
const KEYCAP_BASE = /[#*0-9]/;

function emojiSpans(text: string): Span[] {
  const spans: Span[] = [];
  let searchedTo = 0;
  const tryAt = (start: number) => {
    emojiAt.lastIndex = start;
    const match = emojiAt.exec(text);
    // An empty match would never move the walk on.
    if (!match?.[0]) return;
    spans.push({ start, length: match[0].length });
    searchedTo = start + match[0].length;
  };
  NON_ASCII.lastIndex = 0;
  for (let found = NON_ASCII.exec(text); found; found = NON_ASCII.exec(text)) {
    const at = found.index;
    if (at - 1 >= searchedTo && KEYCAP_BASE.test(text[at - 1] as string)) tryAt(at - 1);
    if (at >= searchedTo) tryAt(at);
    if (searchedTo > NON_ASCII.lastIndex) NON_ASCII.lastIndex = searchedTo;
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

/** Characters outside the weight ranges weigh the default; a lookup per UTF-16 unit, like twitter-text's. */
function weightOf(code: number, config: XConfig): number {
  for (const range of config.ranges) if (code >= range.start && code <= range.end) return range.weight;
  return config.defaultWeight;
}

const latinTables = new WeakMap<XConfig, number[]>();
/** Latin text is almost all of a draft: a table for the first 256 units saves the range search there. */
function latinWeightsOf(config: XConfig): number[] {
  let table = latinTables.get(config);
  if (!table) {
    table = Array.from({ length: 256 }, (_, code) => weightOf(code, config));
    latinTables.set(config, table);
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
  const latinWeights = latinWeightsOf(config);
  const max = config.maxWeightedTweetLength * config.scale;
  const length = normalized.length;
  let weighted = 0;
  let validIndex = 0;
  let valid = true;
  let nextUrl = 0;
  let nextEmoji = 0;
  let nextInvalid = 0;
  for (let index = 0; index < length; index++) {
    // parseTweet looks entities up by start index: one that starts inside an earlier entity is never reached.
    while (nextUrl < urls.length && (urls[nextUrl] as Span).start < index) nextUrl++;
    while (nextEmoji < emoji.length && (emoji[nextEmoji] as Span).start < index) nextEmoji++;
    const url = urls[nextUrl];
    const emojiHere = emoji[nextEmoji];
    if (url && url.start === index) {
      weighted += config.transformedURLLength * config.scale;
      index += Math.max(1, url.length) - 1;
    } else if (emojiHere && emojiHere.start === index) {
      weighted += config.defaultWeight;
      index += Math.max(1, emojiHere.length) - 1;
    } else {
      const code = normalized.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index < length - 1) {
        const next = normalized.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff) index += 1;
      }
      // twitter-text weighs the unit it ends on: the low surrogate of a pair.
      const unit = normalized.charCodeAt(index);
      weighted += unit < 256 ? (latinWeights[unit] as number) : weightOf(unit, config);
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
