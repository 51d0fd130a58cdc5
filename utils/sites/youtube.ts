import type { SiteAdapter } from './types';

// Comments and community posts: Polymer light-DOM #contenteditable-root; mobile web uses a textarea.
export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'm.youtube.com'],
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  composerSelector: [
    '#contenteditable-root[contenteditable="true"]',
    'textarea.YtmCommentSimpleboxRendererReply',
  ].join(', '),
};
