import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
import { isSpace } from '../text';

/** The longest run without whitespace read by twitter-text's URL pattern in one go. */
export const MAX_RUN = 1_000;

/**
 * Every link's domain ends in a `.` and a top-level domain from twitter-text's lists (validGTLD, validCCTLD)
 * or punycode (`xn--`), each of which starts with a letter; tests/unit/url-domain-dot.test.ts checks the
 * lists. A run whose dots are all followed by anything else (`....`, `.\u200D.`, `1.2`) holds no link.
 */
const DOMAIN_DOT = /\.\p{L}/gu;
function domainDot(text: string, from: number): number {
  DOMAIN_DOT.lastIndex = from;
  return DOMAIN_DOT.exec(text)?.index ?? -1;
}

/**
 * twitter-text's `extractUrlsWithIndices`: the same links at the same indices, found by running it only on
 * the stretches that can hold a link. Its pattern needs a `.` and a letter starting the top-level domain and matches no
 * whitespace (`\s`) inside a link (domain, path and query characters exclude it), only as the character before
 * one. So each run of non-whitespace that holds such a `.` (and, for links with a protocol only, a `://`), taken with the whitespace on either side, is extracted
 * exactly as inside the whole text: the same character before, the same lookahead after, the same start of
 * text. The rest of a draft, mostly prose, is never scanned by the large URL pattern, which is most of what
 * counting costs on X and Mastodon. tests/conformance/twitter-text compares the two on seeded drafts.
 */
export function extractUrls(
  text: string,
  options?: Parameters<typeof extractUrlsWithIndices>[1],
): ReturnType<typeof extractUrlsWithIndices> {
  const found: ReturnType<typeof extractUrlsWithIndices> = [];
  const extract = (from: number, to: number) => {
    for (const { url, indices } of extractUrlsWithIndices(text.slice(from, to), options)) {
      found.push({ url, indices: [from + indices[0], from + indices[1]] });
    }
  };
  let chunkStart = -1;
  let chunkEnd = -1;
  const withProtocolOnly = options?.extractUrlsWithoutProtocol === false;
  for (let dot = domainDot(text, 0); dot >= 0; dot = domainDot(text, Math.max(chunkEnd, dot + 1))) {
    let runStart = dot;
    while (runStart > 0 && runStart > chunkEnd && !isSpace(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = dot + 1;
    while (runEnd < text.length && !isSpace(text.charCodeAt(runEnd))) runEnd++;
    // A link with a protocol has its `://` in the same run; without one, nothing here is a link.
    if (withProtocolOnly && !text.slice(runStart, runEnd).includes('://')) {
      dot = runEnd;
      continue;
    }
    // With the whitespace either side (or the start or end of the text).
    const start = Math.max(0, runStart - 1);
    const end = Math.min(text.length, runEnd + 1);
    if (runEnd - runStart > MAX_RUN) {
      // twitter-text's URL pattern is worse than quadratic in the length of a run without whitespace (a
      // pasted blob of 100,000 characters took seconds), so a long run is read in windows of MAX_RUN: only
      // a link longer than that, which nobody types, is found in parts rather than as one.
      if (chunkStart >= 0) extract(chunkStart, chunkEnd);
      for (let window = start; window < end; window += MAX_RUN)
        extract(window, Math.min(end, window + MAX_RUN));
      chunkStart = -1;
      chunkEnd = end;
      continue;
    }
    if (chunkStart < 0 || start >= chunkEnd) {
      if (chunkStart >= 0) extract(chunkStart, chunkEnd);
      chunkStart = start;
    }
    chunkEnd = end;
  }
  if (chunkStart >= 0) extract(chunkStart, chunkEnd);
  return found;
}
