import type { Check } from '../context';
import { type Finding, worded } from '../types';

/** Quotations up to this many words are ordinary speech; longer ones need their author or source. */
const MAX_UNATTRIBUTED_WORDS = 12;
const QUOTATION = /"([^"\n]{20,})"|“([^”\n]{20,})”|«([^»\n]{20,})»|„([^“”\n]{20,})[“”]|^>\s?(.{20,})$/gmu;
const ATTRIBUTION_AFTER =
  /^[\s,.)]*(?:[—–―-]\s*\S|\(?\s*(?:via|source|quelle|says|said|wrote|writes|according to|from)\b|@[\p{L}\p{N}_]|https?:\/\/)/iu;
const ATTRIBUTION_BEFORE =
  /(?:said|says|wrote|writes|according to|as [\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}]+)? (?:put|puts) it|quote from|source|@[\p{L}\p{N}_.]+|[\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)\s*[:,]?\s*$/u;

const QUOTE_MARKS = ['"', '“', '«', '„', '>'];

/** A long quotation with no author or source next to it. */
export const quoteSource: Check = (draft) => {
  if (!draft.mentions(QUOTE_MARKS)) return [];
  const { text } = draft;
  const findings: Finding[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = match.slice(1).find((group) => group !== undefined) ?? '';
    const words = quoted.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words <= MAX_UNATTRIBUTED_WORDS) continue;
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 60), start);
    if (ATTRIBUTION_AFTER.test(after) || ATTRIBUTION_BEFORE.test(before)) continue;
    findings.push({
      ruleId: 'quote-source',
      category: 'copyright',
      severity: 'warning',
      start,
      end,
      message: `A ${words}-word quotation with no source: add the author or a link ("— Name" or "via @handle").`,
      wording: worded('findingQuoteSource', words),
    });
    if (findings.length >= 5) break;
  }
  return findings;
};
