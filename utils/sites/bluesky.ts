import { blueskyFeed } from './feeds/bluesky';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// TipTap with a custom clipboardTextParser (social-app TextInput.web.tsx); TipTap sets role=textbox.
export const bluesky: SiteAdapter = {
  ...SITE_META.bluesky,
  surfaces: [{ id: 'post', selector: '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]' }],
  feed: blueskyFeed,
};
