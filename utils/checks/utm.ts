import type { PlatformId } from './types';

/**
 * UTM tags on a post's links, so the brand's web analytics (GA4, Matomo, Plausible) can tell the visits a
 * post brought by platform, campaign and post. `utm_medium=social` is one of the mediums GA4's default
 * channel group counts as Organic Social ([GA4] Default channel group,
 * https://support.google.com/analytics/answer/9756891); `utm_source` is the platform.
 */

export interface UtmOptions {
  /** `utm_campaign`: the calendar entry's campaign, else the brand's preset. */
  campaign?: string;
  /** `utm_content`: which post or variant, when the caller knows it. */
  content?: string;
  /** Only links to these hosts (and their subdomains) are tagged; every link when empty. */
  domains: readonly string[];
}

/** The hosts of the platforms themselves: a link to a post or profile there gains nothing from tags. */
const PLATFORM_HOSTS = [
  'x.com',
  'twitter.com',
  't.co',
  'linkedin.com',
  'lnkd.in',
  'facebook.com',
  'fb.me',
  'instagram.com',
  'threads.net',
  'threads.com',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'pinterest.com',
  'pin.it',
  'reddit.com',
  'bsky.app',
];

/** A tag value as analytics tools group it best: lower case, words joined by hyphens. */
export function utmValue(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}._~-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function parse(link: string): { url: URL } | undefined {
  try {
    return { url: new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `https://${link}`) };
  } catch {
    return undefined;
  }
}

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * `link` with `utm_source`, `utm_medium`, `utm_campaign` and `utm_content` added, or undefined when it
 * needs none: it already names a source, is not a web address, points at a platform, or at a host the brand
 * does not tag. Its other parameters, their order and its fragment stay as they were.
 */
export function withUtm(link: string, platform: PlatformId, options: UtmOptions): string | undefined {
  const parsed = parse(link);
  if (!parsed) return undefined;
  const { url } = parsed;
  // `mailto:a@b.example` read with https:// in front has a user name: not a web page.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username) return undefined;
  if (url.searchParams.has('utm_source')) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (PLATFORM_HOSTS.some((domain) => onHost(host, domain))) return undefined;
  if (options.domains.length && !options.domains.some((domain) => onHost(host, domain.toLowerCase())))
    return undefined;
  const tags: [string, string][] = [
    ['utm_source', platform],
    ['utm_medium', 'social'],
  ];
  const campaign = options.campaign && utmValue(options.campaign);
  if (campaign) tags.push(['utm_campaign', campaign]);
  const content = options.content && utmValue(options.content);
  if (content) tags.push(['utm_content', content]);
  // Appended to the query as written: URLSearchParams would re-encode the parameters already there.
  const query = tags.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : link.slice(hashAt);
  // A bare host gets its "/" before the query: "acme.com/?utm_source=…", as linkifiers read it whole.
  const bareHost = url.pathname === '/' && !beforeHash.endsWith('/') && !beforeHash.includes('?');
  const joiner = beforeHash.includes('?') ? (/[?&]$/.test(beforeHash) ? '' : '&') : bareHost ? '/?' : '?';
  return `${beforeHash}${joiner}${query}${hash}`;
}
