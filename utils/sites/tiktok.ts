import { tiktokFeed } from './feeds/tiktok';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// The Studio upload caption is Draft.js (newer builds add role=combobox); video comments are a plain
// contenteditable under data-e2e hooks, which TikTok keeps stable for its own tests.
export const tiktok: SiteAdapter = {
  ...SITE_META.tiktok,
  surfaces: [
    {
      id: 'caption',
      selector: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]',
    },
    { id: 'comment', selector: '[data-e2e="comment-input"] [contenteditable="true"]' },
  ],
  feed: tiktokFeed,
};
