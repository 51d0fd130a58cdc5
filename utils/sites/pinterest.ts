import { SURFACE_LIMITS } from '../checks/packs/surface-limits';
import { pinterestFeed } from './feeds/pinterest';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// The Pin builder: the description is Draft.js behind a click-to-activate overlay, the title an <input>.
// Titles take 100 characters, descriptions 500 (platforms.md, Pinterest).
export const pinterest: SiteAdapter = {
  ...SITE_META.pinterest,
  surfaces: [
    { id: 'title', selector: 'input#storyboard-selector-title', limit: SURFACE_LIMITS.pinterest.title.limit },
    { id: 'description', selector: '.public-DraftEditor-content[contenteditable="true"]' },
  ],
  feed: pinterestFeed,
};
