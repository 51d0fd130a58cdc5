import { utf8Length } from '../text';
import { countGraphemes } from './graphemes';

/**
 * Bluesky's record allows 300 graphemes and 3,000 UTF-8 bytes, and the official composer (social-app) counts
 * and posts the text after `shortenLinks`: each http(s) link it detects becomes `toShortUrl(link)`, the host
 * plus at most 15 characters of path (13 and "..." when longer). Sources: docs/platform-limits.md.
 */
export const BLUESKY_MAX_GRAPHEMES = 300;
export const BLUESKY_MAX_BYTES = 3000;

/** atproto's URL_REGEX (rich-text/util.ts), the http(s) branch: only those links are shortened. */
const LINK = /(^|\s|\()(https?:\/\/\S+)/gim;

/** social-app's toShortUrl (src/lib/strings/url-helpers.ts). */
export function toShortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
    const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash;
    return path.length > 15 ? `${parsed.host}${path.slice(0, 13)}...` : parsed.host + path;
  } catch {
    return url;
  }
}

export interface ShortLink {
  start: number;
  end: number;
  short: string;
}

/** The links the composer shortens, with their spans in `text` and the form it posts. */
export function shortLinks(text: string): ShortLink[] {
  if (!text.includes('http')) return [];
  const links: ShortLink[] = [];
  for (const match of text.matchAll(LINK)) {
    let uri = match[2] ?? '';
    const start = match.index + (match[1]?.length ?? 0);
    // atproto's detectFacets: one trailing punctuation mark, then a closing bracket with no opening one.
    if (/[.,;:!?]$/.test(uri)) uri = uri.slice(0, -1);
    if (uri.endsWith(')') && !uri.includes('(')) uri = uri.slice(0, -1);
    const short = toShortUrl(uri);
    if (short !== uri) links.push({ start, end: start + uri.length, short });
  }
  return links;
}

/** The text as the composer posts it. */
export function shortenLinks(text: string, links = shortLinks(text)): string {
  let result = '';
  let at = 0;
  for (const link of links) {
    result += text.slice(at, link.start) + link.short;
    at = link.end;
  }
  return result + text.slice(at);
}

export function countBluesky(text: string, limit: number) {
  const links = shortLinks(text);
  let count = 0;
  let bytes = 0;
  let overflowAt: number | null = null;
  let at = 0;
  const piece = (end: number) => {
    const part = countGraphemes(text, at, end, overflowAt === null ? limit - count : Infinity);
    if (overflowAt === null && part.overflowAt !== null) overflowAt = part.overflowAt;
    count += part.count;
    bytes += utf8Length(text.slice(at, end));
  };
  for (const link of links) {
    piece(link.start);
    // toShortUrl's output is ASCII host (punycode) and path: one grapheme and one byte per character.
    count += link.short.length;
    bytes += utf8Length(link.short);
    if (overflowAt === null && count > limit) overflowAt = link.start;
    at = link.end;
  }
  piece(text.length);
  return { count, overflowAt, bytes, links };
}
