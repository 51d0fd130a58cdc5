import type { Check } from '../context';
import { countDraft, type DraftCount } from '../count';
import { BLUESKY_MAX_BYTES } from '../counting/bluesky';
import { PLATFORM_LIMITS } from '../packs/platform-limits';
import { type Finding, type PlatformId, type WordingArg, worded } from '../types';

/** How far back from the overflow a sentence end may be and still be where the trim ends (UTF-16 units). */
const SENTENCE_REACH = 120;
/** How far back a space may be; a longer unbroken run (a URL, text without spaces) is cut where it overflows. */
const WORD_REACH = 40;
/** Characters of the cut text quoted in the message. */
const QUOTE_LENGTH = 40;

/**
 * Where "trim to the limit" ends the draft: at the last sentence end that fits when one is within reach,
 * else at the last word boundary that fits, so the kept text never ends mid-word. The span from here to the
 * end is what the trim removes (trailing spaces of the kept part included).
 */
export function trimPoint(text: string, overflowAt: number): number {
  const fits = text.slice(Math.max(0, overflowAt - SENTENCE_REACH), overflowAt + 1);
  const offset = Math.max(0, overflowAt - SENTENCE_REACH);
  // A sentence ends at . ! ? … (and closing quotes or brackets) followed by a space or the overflow itself.
  let sentence = -1;
  for (const match of fits.matchAll(/[.!?…]["'”’)\]]*(?=\s)/g)) {
    const end = offset + match.index + match[0].length;
    if (end <= overflowAt) sentence = end;
  }
  if (sentence > 0) return sentence;
  let cut = overflowAt;
  // At a word boundary already (a space on either side)? Otherwise back to the space before the word.
  if (!/\s/.test(text[overflowAt] ?? ' ') && !/\s/.test(text[overflowAt - 1] ?? ' ')) {
    const space = text.slice(Math.max(0, overflowAt - WORD_REACH), overflowAt + 1).search(/\s\S*$/);
    if (space >= 0) cut = Math.max(0, overflowAt - WORD_REACH) + space;
  }
  while (cut > 0 && /\s/.test(text[cut - 1] ?? '')) cut -= 1;
  return cut;
}

/** The cut text as quoted in a message: its first words, from a word start. */
function quoteFrom(text: string, start: number): string {
  const cut = text.slice(start).trimStart().replace(/\s+/g, ' ');
  return cut.length <= QUOTE_LENGTH ? cut : `${cut.slice(0, QUOTE_LENGTH).replace(/\s\S*$/, '')}…`;
}

/**
 * The error for a draft over its limit: the span is what "trim to the limit" removes, starting at a word (or
 * sentence) boundary; the message gives the count and quotes what does not fit. `ofField`: the limit is the
 * field's own (a Reddit title), so the message speaks of "this field" rather than the platform.
 */
export function lengthFinding(
  text: string,
  platform: PlatformId,
  counted: DraftCount,
  ofField = false,
): Finding[] {
  const { count, limit, overflowAt } = counted;
  const { source, name } = PLATFORM_LIMITS[platform];
  const where = ofField ? 'this field' : name;
  const whereArg: WordingArg = ofField ? { key: 'findingLengthThisField' } : name;
  const shorts = counted.shortLinks?.map((link) => link.short) ?? [];
  const links = shorts.length
    ? ` ${where} counts links as its composer posts them: ${shorts.map((short) => `“${short}”`).join(', ')}.`
    : '';
  if (overflowAt !== null) {
    const start = trimPoint(text, overflowAt);
    const cut = quoteFrom(text, start);
    const over = [count, limit, count - limit, whereArg, cut] as const;
    return [
      {
        ruleId: 'platform-length',
        category: 'platform',
        severity: 'error',
        start,
        end: text.length,
        message: `${count} / ${limit}: ${count - limit} over the limit for ${where}. Trimming to the limit cuts from “${cut}”.${links}`,
        source,
        wording: shorts.length
          ? worded('findingLengthOverLinks', ...over, shorts)
          : worded('findingLengthOver', ...over),
      },
    ];
  }
  if (counted.bytes !== undefined && counted.bytes > BLUESKY_MAX_BYTES) {
    return [
      {
        ruleId: 'platform-length',
        category: 'platform',
        severity: 'error',
        start: 0,
        end: 0,
        message: `${counted.bytes} bytes: ${where} also allows at most ${BLUESKY_MAX_BYTES} bytes of UTF-8.${links}`,
        source,
        wording: shorts.length
          ? worded('findingLengthBytesLinks', counted.bytes, whereArg, BLUESKY_MAX_BYTES, shorts)
          : worded('findingLengthBytes', counted.bytes, whereArg, BLUESKY_MAX_BYTES),
      },
    ];
  }
  return [];
}

/** Over the platform's limit, counted the way the platform counts: an error on what does not fit. */
export const platformLength: Check = (draft) =>
  lengthFinding(draft.text, draft.platform, draft.count ?? countDraft(draft.text, draft.platform));
