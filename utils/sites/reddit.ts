import type { SiteAdapter } from './types';

// shreddit: the post body is Lexical, slotted into shreddit-composer in the light DOM.
export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'sh.reddit.com'],
  matches: ['https://www.reddit.com/*', 'https://sh.reddit.com/*'],
  composerSelector: ['shreddit-composer div[role="textbox"][contenteditable="true"]'].join(', '),
};
