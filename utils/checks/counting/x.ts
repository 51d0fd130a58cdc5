import configs from 'twitter-text/dist/esm/configs';
import parseTweet from 'twitter-text/dist/esm/parseTweet';

/**
 * X's weighted length through twitter-text's `parseTweet`, in pieces. parseTweet's URL extraction is worse
 * than quadratic in the length of a run without whitespace (measured: 10,000 characters of `a.` took 0.33 s,
 * 20,000 took 1.7 s, 100,000 took 48 s), which froze the page on a pasted blob. Its weights add up over
 * pieces cut after whitespace: no URL or emoji entity holds whitespace, NFC never composes across it, and a
 * URL preceded by whitespace is found as one at the start of a text (twitter-text's `validUrlPrecedingChars`
 * accepts both). A run without whitespace longer than `MAX_RUN` is cut every `MAX_RUN` characters: only a
 * URL longer than that (none a person types) is counted by parts instead of as one link.
 */
const PIECE = 2_000;
export const MAX_RUN = 1_000;
const SCALE = configs.defaults.scale;

export interface XCount {
  weightedLength: number;
  /** UTF-16 index of the last character within X's 280 (parseTweet's `validRangeEnd`). */
  validRangeEnd: number;
}

export function parseTweetInPieces(text: string): XCount {
  if (text.length <= PIECE) return parseTweet(text);
  const limit = configs.defaults.maxWeightedTweetLength;
  let weighted = 0;
  let validRangeEnd = 0;
  let previous = { start: 0, weighted: 0 };
  const shrink = text.length - text.normalize().length;
  for (const { start, end } of pieces(text)) {
    const before = weighted;
    weighted += parseTweet(text.slice(start, end)).weightedLength * SCALE;
    if (weighted <= limit * SCALE) validRangeEnd = text.slice(0, end).normalize().length - 1 + shrink;
    else if (before <= limit * SCALE) {
      // The piece where the text stops fitting: measured again together with the piece before it (which fit
      // whole, so its first character is within the limit) against what was left of the allowance there.
      const room = (limit * SCALE - previous.weighted) / SCALE;
      const inside = parseTweet(text.slice(previous.start, end), {
        ...configs.defaults,
        maxWeightedTweetLength: room,
      });
      // parseTweet's index is into the NFC text, moved by how much NFC shortened the whole text (not the
      // part before it): the same here, for the same answer.
      const sliceShrink = end - previous.start - text.slice(previous.start, end).normalize().length;
      const normalizedBefore = text.slice(0, previous.start).normalize().length;
      validRangeEnd = normalizedBefore + inside.validRangeEnd - sliceShrink + shrink;
    }
    previous = { start, weighted: before };
  }
  return { weightedLength: weighted / SCALE, validRangeEnd };
}

/** Pieces of about `PIECE` characters, each ending after whitespace, or every `MAX_RUN` characters of a run. */
function* pieces(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  let lastSpace = -1;
  let runStart = 0;
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index] as string)) {
      lastSpace = index;
      runStart = index + 1;
    } else if (index - runStart >= MAX_RUN && !isLowSurrogate(text.charCodeAt(index))) {
      // A run too long: cut it here (never inside a surrogate pair).
      yield { start, end: index };
      start = index;
      runStart = index;
      lastSpace = -1;
      continue;
    }
    if (index - start >= PIECE && lastSpace >= start) {
      yield { start, end: lastSpace + 1 };
      start = lastSpace + 1;
    }
  }
  if (start < text.length) yield { start, end: text.length };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
