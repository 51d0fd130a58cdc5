/**
 * One key per published post, whatever form of its link an export, a page or the user gave: the same post is
 * `https://twitter.com/acme/status/1?s=20` in an X export, `https://x.com/acme/status/1` on the page, and a
 * LinkedIn post is `…/feed/update/urn:li:activity:7/` in the page export and `…/posts/acme_spring-activity-7-AbCd`
 * when copied from the feed. Fragments, `www.`/`m.`/`mobile.`, the host's letter case, trailing slashes and
 * tracking parameters (`s=`, `utm_…`, `igsh`) never tell two posts apart; where a site's link carries the
 * post's id beside a name that may change (the handle on X and TikTok, a slug on LinkedIn and Reddit), the
 * key is the id alone. Other query parameters stay: Facebook's `permalink.php?story_fbid=…` and YouTube's
 * `watch?v=…` name the post there.
 */

type KeyRule = (path: string, url: URL) => string | undefined;

/** `site:id` when the link's path gave the id. */
const keyed = (site: string, id: string | undefined) => (id === undefined ? undefined : `${site}:${id}`);

const RULES: Record<string, KeyRule> = {
  // `/acme/status/1`, `/i/web/status/1`, `/acme/status/1/photo/1`
  'x.com': (path) => keyed('x', path.match(/\/status(?:es)?\/(\d+)/)?.[1]),
  // `/feed/update/urn:li:activity:7…` (also URL-encoded), `/posts/acme_spring-activity-7…-AbCd`; a share or
  // ugcPost urn is another id of the post and is kept as it is.
  'linkedin.com': (path) => {
    const urn = decodeURIComponent(path).match(/urn:li:(activity|share|ugcPost):(\d+)/);
    if (urn) return `linkedin:${urn[1]}:${urn[2]}`;
    return keyed('linkedin:activity', path.match(/^\/posts\/[^/]*-activity-(\d+)-/)?.[1]);
  },
  // `/p/CODE/`, `/reel/CODE/`, `/acme/p/CODE/`: one shortcode whichever way the post is opened.
  'instagram.com': (path) => keyed('instagram', path.match(/\/(?:p|reels?|tv)\/([\w-]+)/)?.[1]),
  'tiktok.com': (path) => keyed('tiktok', path.match(/\/video\/(\d+)/)?.[1]),
  // `watch?v=ID`, `/shorts/ID`, `/live/ID`; youtu.be is mapped here with its id as the path.
  'youtube.com': (path, url) =>
    keyed('youtube', url.searchParams.get('v') ?? path.match(/^\/(?:shorts|live|embed)\/([\w-]+)/)?.[1]),
  'youtu.be': (path) => keyed('youtube', path.match(/^\/([\w-]+)/)?.[1]),
  'threads.net': (path) => keyed('threads', path.match(/\/post\/([\w-]+)/)?.[1]),
  'pinterest.com': (path) => keyed('pinterest', path.match(/\/pin\/(\d+)/)?.[1]),
  // `/r/sub/comments/ID/slug/`
  'reddit.com': (path) => keyed('reddit', path.match(/\/comments\/(\w+)/)?.[1]),
  // `/acme/posts/ID`, `/permalink.php?story_fbid=ID&id=PAGE` (the query names the post: kept below)
  'facebook.com': (path) => keyed('facebook', path.match(/^\/[^/]+\/posts\/([\w.]+)/)?.[1]),
};

/** Another name of a site's host: a country domain, the old name, the short-link domain. */
function siteHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^(?:www|m|mobile|mbasic|web|old)\./, '');
  if (host === 'twitter.com') return 'x.com';
  if (host === 'threads.com') return 'threads.net';
  if (host === 'fb.com') return 'facebook.com';
  if (/^(?:[a-z]{2}\.)?pinterest\.[a-z.]+$/.test(host)) return 'pinterest.com';
  return host;
}

/** Parameters that say where a link was shared from, never which post it is. */
const TRACKING =
  /^(?:utm_\w+|s|t|si|igsh|igshid|ref|ref_src|ref_url|fbclid|mibextid|rcm|trk|trackingId|lipi|_r|is_from_webapp|sender_device|feature)$/i;

/** The key of a post's link, or undefined when it is not a web address. */
export function permalinkKey(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = siteHost(url.hostname);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const key = RULES[host]?.(path, url);
  if (key) return key;
  // Any other link (Bluesky, Mastodon, Facebook's permalink.php): host, path and the parameters that name a
  // post, in a fixed order.
  const named = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(named).toString();
  return `${host}${path}${query ? `?${query}` : ''}`;
}
