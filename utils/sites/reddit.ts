import { SURFACE_LIMITS } from '../checks/packs/surface-limits';
import { redditFeed } from './feeds/reddit';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// shreddit is Lit web components. The post body and comments are Lexical, slotted into shreddit-composer
// in the light DOM; the title is a textarea inside faceplate-textarea-input's open shadow root, so it is
// found by the deep scan. Titles take 300 characters, bodies 40,000 (platforms.md, Reddit).
export const reddit: SiteAdapter = {
  ...SITE_META.reddit,
  shadowRoots: true,
  surfaces: [
    { id: 'title', selector: 'textarea[name="title"]', limit: SURFACE_LIMITS.reddit.title.limit },
    { id: 'body', selector: 'shreddit-composer div[role="textbox"][contenteditable="true"]' },
  ],
  feed: redditFeed,
};
