import type { SiteAdapter } from './types';

// Studio upload caption is Draft.js; video comments are a plain contenteditable.
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com'],
  matches: ['https://www.tiktok.com/*'],
  composerSelector: [
    '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]',
    '[data-e2e="comment-input"] [contenteditable="true"]',
  ].join(', '),
};
