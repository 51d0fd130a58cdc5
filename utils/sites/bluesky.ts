import type { SiteAdapter } from './types';

// TipTap with a custom clipboardTextParser (social-app TextInput.web.tsx).
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  composerSelector: ['.tiptap.ProseMirror[contenteditable="true"][role="textbox"]'].join(', '),
};
