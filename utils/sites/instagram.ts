import type { SiteAdapter } from './types';

// The new-post caption is a contenteditable in the create dialog; comment boxes are React textareas.
export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  matches: ['https://www.instagram.com/*'],
  composerSelector: [
    'div[role="dialog"] div[contenteditable="true"][role="textbox"][aria-label]',
    'form textarea[aria-label]',
  ].join(', '),
};
