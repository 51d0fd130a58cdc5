import endMentionMatch from 'twitter-text/dist/esm/regexp/endMentionMatch';
import { countGraphemes } from './graphemes';
import { extractUrls } from './urls';

/**
 * Mastodon's server (StatusLengthValidator) counts grapheme clusters of the text after rewriting the entities
 * its formatter will link: every URL becomes 23 characters (`characters_reserved_per_url`), every mention
 * `@user@domain` becomes `@user`. Entities are found the server's way (Extractor + twitter-text), so a URL
 * glued to a word, a URL over twitter-text's 4,096 characters or a mention whose domain is longer than DNS
 * allows (253) is counted as typed. Sources: docs/platform-limits.md.
 */

/** Account::MENTION_RE: Ruby's [[:word:]] is letters, marks, decimal digits and connector punctuation. */
const MENTION =
  /(?<![=/\p{L}\p{M}\p{Nd}\p{Pc}])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[\p{L}\p{M}\p{Nd}\p{Pc}.-]+[\p{L}\p{M}\p{Nd}\p{Pc}]+)?)/giu;
/** Extractor::MAX_DOMAIN_LENGTH. */
const MAX_DOMAIN_LENGTH = 253;

export const MASTODON_URL_WEIGHT = 23;

interface Entity {
  start: number;
  end: number;
  /** What the server counts in its place. */
  weight: number;
}

function mentions(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const found: Entity[] = [];
  for (const match of text.matchAll(MENTION)) {
    const end = match.index + match[0].length;
    if (endMentionMatch.test(text.slice(end, end + 3))) continue;
    const [user = '', domain] = (match[1] ?? '').split('@');
    if (domain !== undefined && domain.length > MAX_DOMAIN_LENGTH) continue;
    found.push({ start: match.index, end, weight: 1 + user.length });
  }
  return found;
}

/** Extractor.remove_overlapping_entities: by start, dropping any that begins inside the one before. */
function withoutOverlaps(entities: Entity[]): Entity[] {
  entities.sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  for (const entity of entities) {
    const previous = kept[kept.length - 1];
    if (!previous || previous.end <= entity.start) kept.push(entity);
  }
  return kept;
}

/**
 * `contentWarning`: the spoiler text, counted in graphemes as typed (the server joins it to the status text
 * before counting, without rewriting its links or mentions). What it takes leaves less room for the text: a
 * warning at the limit already puts the whole text over.
 */
export function countMastodon(
  text: string,
  limit: number,
  urlWeight = MASTODON_URL_WEIGHT,
  contentWarning = '',
): { count: number; overflowAt: number | null } {
  const warning = contentWarning
    ? countGraphemes(contentWarning, 0, contentWarning.length, Infinity).count
    : 0;
  // `countable_text` returns '' for a blank text: whitespace alone counts nothing.
  if (text.trim() === '') return { count: warning, overflowAt: warning > limit ? 0 : null };
  const urls = text.includes(':')
    ? extractUrls(text, { extractUrlsWithoutProtocol: false }).map(({ indices: [start, end] }) => ({
        start,
        end,
        weight: urlWeight,
      }))
    : [];
  const entities = withoutOverlaps([...urls, ...mentions(text)]);
  let count = warning;
  let overflowAt: number | null = warning > limit ? 0 : null;
  let at = 0;
  const plain = (end: number) => {
    const part = countGraphemes(text, at, end, overflowAt === null ? limit - count : Infinity);
    if (overflowAt === null && part.overflowAt !== null) overflowAt = part.overflowAt;
    count += part.count;
  };
  for (const entity of entities) {
    plain(entity.start);
    count += entity.weight;
    if (overflowAt === null && count > limit) overflowAt = entity.start;
    at = entity.end;
  }
  plain(text.length);
  return { count, overflowAt };
}
