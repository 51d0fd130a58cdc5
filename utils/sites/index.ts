import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

/** Every supported site, one adapter each. */
export const SITES: readonly SiteAdapter[] = [
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  tiktok,
  youtube,
  pinterest,
  reddit,
  bluesky,
  mastodon,
];

/** The adapter for a page URL, or undefined when OnBrand doesn't run there. */
export function siteForUrl(url: string | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return SITES.find((site) => site.hosts.includes(host));
}
