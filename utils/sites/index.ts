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
