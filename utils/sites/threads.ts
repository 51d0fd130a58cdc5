import { threadsFeed } from './feeds/threads';
import type { SiteAdapter } from './types';

// Lexical, in a popover (a role=menu ancestor) rather than a dialog; every aria-label is localised.
export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  matches: [
    'https://www.threads.com/*',
    'https://threads.com/*',
    'https://www.threads.net/*',
    'https://threads.net/*',
  ],
  surfaces: [
    { id: 'post', selector: "[contenteditable='true'][role='textbox'][data-lexical-editor='true']" },
  ],
  feed: threadsFeed,
};
