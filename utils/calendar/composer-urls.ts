import type { PlatformId } from '../checks/types';

/**
 * Where a reminder sends the user to write the post: the page on which each site opens its composer (or the
 * closest page to it, where the composer is a button away). On hosts the site adapters cover, so the overlay
 * runs there.
 */
export const COMPOSER_URLS: Record<PlatformId, string> = {
  x: 'https://x.com/compose/post',
  linkedin: 'https://www.linkedin.com/feed/?shareActive=true',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  threads: 'https://www.threads.com/',
  tiktok: 'https://www.tiktok.com/tiktokstudio/upload',
  youtube: 'https://www.youtube.com/',
  pinterest: 'https://www.pinterest.com/pin-creation-tool/',
  reddit: 'https://www.reddit.com/submit',
  bluesky: 'https://bsky.app/',
  mastodon: 'https://mastodon.social/publish',
};
