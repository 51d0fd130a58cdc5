// Each site's composer page: where the user writes a post, and the fixture served at that site's host.
// Shared by the overlay e2e and the start-up bench, so both load the same pages.

import type { SiteId } from '../../utils/sites/ids';

export interface ComposerPage {
  site: SiteId;
  /** The page the user starts on, and the fixture served for every page of that host. */
  url: string;
  host: RegExp;
  bundle: string;
}

const page = (site: SiteId, url: string, bundle: string): ComposerPage => ({
  site,
  url,
  host: new RegExp(`^${new URL(url).origin.replaceAll('.', '\\.').replaceAll('/', '\\/')}\\/`),
  bundle,
});

export const COMPOSER_PAGES = {
  x: page('x', 'https://x.com/home', 'x/home'),
  linkedin: page('linkedin', 'https://www.linkedin.com/feed/', 'linkedin/share'),
  facebook: page('facebook', 'https://www.facebook.com/', 'facebook/home'),
  instagram: page('instagram', 'https://www.instagram.com/', 'instagram/home'),
  threads: page('threads', 'https://www.threads.com/', 'threads/home'),
  tiktok: page('tiktok', 'https://www.tiktok.com/tiktokstudio/upload', 'tiktok/studio'),
  youtube: page('youtube', 'https://www.youtube.com/watch?v=first-video', 'youtube/watch'),
  pinterest: page('pinterest', 'https://www.pinterest.com/pin-creation-tool/', 'pinterest/pin-builder'),
  reddit: page('reddit', 'https://www.reddit.com/r/brand/submit', 'reddit/submit'),
  bluesky: page('bluesky', 'https://bsky.app/', 'bluesky/home'),
  mastodon: page('mastodon', 'https://mastodon.social/home', 'mastodon/home'),
} satisfies Record<SiteId, ComposerPage>;
