import { blueskyFeed } from './feeds/bluesky';
import type { SiteAdapter } from './types';

// TipTap with a custom clipboardTextParser (social-app TextInput.web.tsx); TipTap sets role=textbox.
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  surfaces: [{ id: 'post', selector: '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]' }],
  feed: blueskyFeed,
};
