import type { SiteAdapter } from './types';

// The Pin builder description is Draft.js behind a click-to-activate overlay.
export const pinterest: SiteAdapter = {
  id: 'pinterest',
  name: 'Pinterest',
  hosts: ['www.pinterest.com'],
  matches: ['https://www.pinterest.com/*'],
  composerSelector: ['.public-DraftEditor-content[contenteditable="true"]'].join(', '),
};
