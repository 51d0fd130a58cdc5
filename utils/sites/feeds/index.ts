import type { PlatformId } from '../../checks/types';
import { blueskyFeed } from './bluesky';
import { facebookFeed } from './facebook';
import { instagramFeed } from './instagram';
import { linkedinFeed } from './linkedin';
import { mastodonFeed } from './mastodon';
import { pinterestFeed } from './pinterest';
import { redditFeed } from './reddit';
import { threadsFeed } from './threads';
import { tiktokFeed } from './tiktok';
import type { FeedAdapter } from './types';
import { xFeed } from './x';
import { youtubeFeed } from './youtube';

/** How to read feed posts, per site. To be folded into the site adapters (utils/sites/<site>.ts). */
export const FEEDS: Record<PlatformId, FeedAdapter> = {
  x: xFeed,
  linkedin: linkedinFeed,
  facebook: facebookFeed,
  instagram: instagramFeed,
  threads: threadsFeed,
  tiktok: tiktokFeed,
  youtube: youtubeFeed,
  pinterest: pinterestFeed,
  reddit: redditFeed,
  bluesky: blueskyFeed,
  mastodon: mastodonFeed,
};
