/**
 * Small readers shared by the feed adapters. Sites localise labels and abbreviate numbers, inject decoy
 * characters (Facebook) and draw emoji as images, so none of this trusts what it reads.
 */
import type { Media, Metrics } from './types';

// Zero-width and bidi marks Facebook injects as decoys (sites.md §5), and soft hyphens.
const DECOYS = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export function cleanText(text: string): string {
  return text
    .replace(DECOYS, '')
    .replace(/[ \t\u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'SECTION',
]);

/**
 * The text a reader sees: emoji drawn as `<img alt="😀">` keep their alt, `<br>` and block ends are new
 * lines, our own save button and hidden (decoy) nodes are left out.
 */
export function visibleText(root: Element | null | undefined): string | undefined {
  if (!root) return undefined;
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.tagName;
    if (tag === 'ONBRAND-SAVE' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return;
    if (tag === 'IMG') {
      out += node.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  const text = cleanText(out);
  return text || undefined;
}

const SUFFIXES: [RegExp, number][] = [
  [/^(k|tsd\.?|mil|k\.)$/i, 1e3],
  [/^(m|mio\.?|mn|mln|millions?|million)$/i, 1e6],
  [/^(b|bn|mrd\.?|billions?|billion)$/i, 1e9],
  [/^万$/, 1e4],
  [/^亿$/, 1e8],
  [/^천$/, 1e3],
  [/^만$/, 1e4],
];

/**
 * The first count in a label such as "1,234 Likes. Like", "12.5K reposts", "1,2 Mio. Aufrufe",
 * "1 234 j'aime" or "Reply (5 replies)". A separator followed by exactly three digits groups thousands;
 * otherwise it is the decimal mark (and always before a K/M suffix).
 */
export function parseCount(label: string | null | undefined): number | undefined {
  if (!label) return undefined;
  const match =
    /(\d[\d.,'\u00A0\u202F ]*)\s?(k\.?|tsd\.?|mil|mio\.?|mln|mn|mrd\.?|bn|[kmb]|万|亿|천|만)?(?![\p{L}\d])/iu.exec(
      label.replace(DECOYS, ''),
    );
  if (!match?.[1]) return undefined;
  const digits = match[1].replace(/[\s\u00A0\u202F']+$/u, '').replace(/[.,]+$/, '');
  const suffix = match[2];
  const multiplier = suffix ? (SUFFIXES.find(([pattern]) => pattern.test(suffix))?.[1] ?? 1) : 1;
  const groups = digits.split(/[.,'\u00A0\u202F ]/u);
  const separators = digits.match(/[.,'\u00A0\u202F ]/gu) ?? [];
  let value: number;
  if (groups.length === 1) {
    value = Number(groups[0]);
  } else {
    const last = groups.at(-1) ?? '';
    const lastSeparator = separators.at(-1) ?? '';
    const isDecimal =
      (suffix !== undefined ||
        last.length !== 3 ||
        (separators.length > 1 && new Set(separators).size > 1)) &&
      /[.,]/.test(lastSeparator);
    value = isDecimal ? Number(`${groups.slice(0, -1).join('')}.${last}`) : Number(groups.join(''));
  }
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * multiplier);
}

/**
 * A count from an element: its aria-label first (sites put the full number there, "1,234 reposts", where
 * the visible text is abbreviated, "1.2K"), else its visible text.
 */
export function countIn(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  return parseCount(element.getAttribute('aria-label')) ?? parseCount(element.textContent);
}

export function hashtagsIn(text: string): string[] {
  return unique(
    [...text.matchAll(/(?:^|[^\p{L}\p{N}_&/])(#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)].map((m) => m[1] ?? ''),
  );
}

/** `@name`, `@name@instance` (Mastodon), `@name.bsky.social` (Bluesky), `u/name` (Reddit). */
export function mentionsIn(text: string): string[] {
  const at = [
    ...text.matchAll(/(?:^|[^\p{L}\p{N}_.@])(@[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*(?:@[\w.-]+\w)?)/gu),
  ].map((m) => m[1] ?? '');
  const reddit = [...text.matchAll(/(?:^|[^\p{L}\p{N}_/])(\/?u\/[A-Za-z0-9_-]{3,20})/gu)].map((m) =>
    (m[1] ?? '').replace(/^\//, ''),
  );
  return unique([...at, ...reddit]);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** An absolute https URL for an href read from the page, or undefined. */
export function absoluteUrl(href: string | null | undefined, base = location.href): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function timeFromDatetime(element: Element | null | undefined): number | undefined {
  const value = element?.getAttribute('datetime');
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/** X (Twitter) ids are snowflakes: the top bits are milliseconds since 2010-11-04. */
export function snowflakeTime(id: string, epoch = 1288834974657n): number | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + epoch);
}

/** LinkedIn activity ids carry their creation time in the top 41 bits, in Unix milliseconds. */
export function linkedinActivityTime(id: string): number | undefined {
  return snowflakeTime(id, 0n);
}

/**
 * Mastodon's ids are the server's Unix milliseconds shifted left by 16 bits over a sequence
 * (mastodon/mastodon `lib/mastodon/snowflake.rb`, `timestamp_id`: `time_part := … * 1000 << 16`).
 */
export function mastodonIdTime(id: string): number | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  return Number(BigInt(id) >> 16n);
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** Bluesky record keys are TIDs: 13 base32-sortable characters whose top 53 bits are microseconds. */
export function tidTime(rkey: string): number | undefined {
  if (!/^[234567a-j][234567a-z]{12}$/.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = (value << 5n) | BigInt(TID_ALPHABET.indexOf(char));
  return Number((value >> 10n) / 1000n);
}

/** Media shown in a post, from one selector per kind. */
export function mediaIn(post: Element, selectors: { image?: string; video?: string; link?: string }): Media {
  const count = (selector?: string) => (selector ? post.querySelectorAll(selector).length : 0);
  const images = count(selectors.image);
  const videos = count(selectors.video);
  const links = images + videos === 0 ? Math.min(count(selectors.link), 1) : 0;
  const kinds = [images && 'image', videos && 'video', links && 'link'].filter(Boolean);
  const kind = kinds.length > 1 ? 'mixed' : ((kinds[0] || 'none') as Media['kind']);
  return { kind, count: images + videos + links };
}

/** The first element matching `selector` in `post` that doesn't belong to a post nested inside it. */
export function own(post: Element, selector: string, nested?: string): Element | undefined {
  for (const element of post.querySelectorAll(selector)) {
    const inner = nested ? element.closest(nested) : null;
    if (!inner || inner === post || !post.contains(inner)) return element;
  }
  return undefined;
}

export function ownAll(post: Element, selector: string, nested?: string): Element[] {
  return [...post.querySelectorAll(selector)].filter((element) => {
    const inner = nested ? element.closest(nested) : null;
    return !inner || inner === post || !post.contains(inner);
  });
}

/** Counts from elements whose text reads like "12 comments": English-only, the last fallback (sites.md §2). */
export function countsFromWords(post: Element, words: Partial<Record<keyof Metrics, RegExp>>): Metrics {
  const metrics: Metrics = {};
  const texts = [...post.querySelectorAll('span, a, button, div')]
    .filter((element) => element.children.length === 0 || element.tagName === 'BUTTON')
    .map((element) => element.textContent ?? element.getAttribute('aria-label') ?? '');
  for (const [field, pattern] of Object.entries(words) as [keyof Metrics, RegExp][]) {
    const text = texts.find((t) => pattern.test(t));
    const value = parseCount(text);
    if (value !== undefined) metrics[field] = value;
  }
  return metrics;
}
