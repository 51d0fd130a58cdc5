import type { SiteAdapter } from './types';

// Lexical. The same attributes also match Messenger chat boxes, so composers are scoped to a dialog or a form.
export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com'],
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  composerSelector: [
    '[role="dialog"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    'form div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ].join(', '),
};
