import { threadsFeed } from './feeds/threads';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// Lexical, in a popover (a role=menu ancestor) rather than a dialog; every aria-label is localised.
export const threads: SiteAdapter = {
  ...SITE_META.threads,
  surfaces: [
    { id: 'post', selector: "[contenteditable='true'][role='textbox'][data-lexical-editor='true']" },
  ],
  feed: threadsFeed,
};
