import type { PlatformId } from '../checks/types';

/**
 * What a site is, apart from what OnBrand does in its pages: the name users call it, the hosts OnBrand runs
 * on, where its composer opens and its colour in the calendar. The background, the dashboard and the popup
 * need only this, so they never load the page adapters' selectors and feed readers (utils/sites/<id>.ts).
 */
export interface SiteMeta {
  id: PlatformId;
  /** What users call the site, in every message they read. */
  name: string;
  /** Hosts OnBrand runs on (exact host names); the manifest's match patterns are made from them. */
  hosts: readonly string[];
  /** The page on which the site opens its composer, or the closest one to it (reminders send users there). */
  composerUrl: string;
  /** The site's own brand colour, so a calendar entry reads at a glance. */
  colour: string;
}

function site(meta: SiteMeta): SiteMeta & { matches: string[] } {
  return { ...meta, matches: meta.hosts.map((host) => `https://${host}/*`) };
}

export const SITE_META: Record<PlatformId, SiteMeta & { matches: string[] }> = {
  x: site({
    id: 'x',
    name: 'X',
    hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
    composerUrl: 'https://x.com/compose/post',
    colour: '#6b7280',
  }),
  linkedin: site({
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['www.linkedin.com'],
    composerUrl: 'https://www.linkedin.com/feed/?shareActive=true',
    colour: '#0a66c2',
  }),
  facebook: site({
    id: 'facebook',
    name: 'Facebook',
    hosts: ['www.facebook.com', 'web.facebook.com'],
    composerUrl: 'https://www.facebook.com/',
    colour: '#1877f2',
  }),
  instagram: site({
    id: 'instagram',
    name: 'Instagram',
    hosts: ['www.instagram.com'],
    composerUrl: 'https://www.instagram.com/',
    colour: '#d62976',
  }),
  threads: site({
    id: 'threads',
    name: 'Threads',
    hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
    composerUrl: 'https://www.threads.com/',
    colour: '#9ca3af',
  }),
  tiktok: site({
    id: 'tiktok',
    name: 'TikTok',
    hosts: ['www.tiktok.com'],
    composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
    colour: '#ee1d52',
  }),
  youtube: site({
    id: 'youtube',
    name: 'YouTube',
    hosts: ['www.youtube.com', 'm.youtube.com'],
    composerUrl: 'https://www.youtube.com/',
    colour: '#ff0000',
  }),
  pinterest: site({
    id: 'pinterest',
    name: 'Pinterest',
    hosts: ['www.pinterest.com'],
    composerUrl: 'https://www.pinterest.com/pin-creation-tool/',
    colour: '#bd081c',
  }),
  reddit: site({
    id: 'reddit',
    name: 'Reddit',
    hosts: ['www.reddit.com', 'sh.reddit.com'],
    composerUrl: 'https://www.reddit.com/submit',
    colour: '#ff4500',
  }),
  bluesky: site({
    id: 'bluesky',
    name: 'Bluesky',
    hosts: ['bsky.app'],
    composerUrl: 'https://bsky.app/',
    colour: '#1185fe',
  }),
  // Any other instance the user adds in the settings is kept apart (utils/mastodon-instances.ts).
  mastodon: site({
    id: 'mastodon',
    name: 'Mastodon',
    hosts: ['mastodon.social', 'mastodon.online'],
    composerUrl: 'https://mastodon.social/publish',
    colour: '#6364ff',
  }),
};

/** Every site, in the order the UI lists them. */
export const SITE_METAS: readonly (SiteMeta & { matches: string[] })[] = Object.values(SITE_META);

/** What users call a platform ('web' is a research post saved from any other page). */
export function siteName(id: PlatformId | 'web'): string {
  return id === 'web' ? 'the web' : SITE_META[id].name;
}

/** The platform a name or id stands for, ignoring case; undefined when none does. */
export function siteFromName(name: string): PlatformId | undefined {
  const wanted = name.trim().toLowerCase();
  return SITE_METAS.find((site) => site.id === wanted || site.name.toLowerCase() === wanted)?.id;
}

/** The site of a page URL, or undefined when OnBrand doesn't run there (user-added instances aside). */
export function siteForUrl(url: string | undefined): SiteMeta | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return SITE_METAS.find((site) => site.hosts.includes(host));
}
