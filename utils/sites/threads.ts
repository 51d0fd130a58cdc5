import type { SiteAdapter } from './types';

// Lexical, in a popover rather than a dialog; every aria-label is localised, so none is used.
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
  composerSelector: ["[contenteditable='true'][role='textbox'][data-lexical-editor='true']"].join(', '),
};
