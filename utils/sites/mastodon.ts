import type { SiteAdapter } from './types';

// React-controlled textarea. Other instances are added by the user at runtime.
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social', 'mastodon.online'],
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*'],
  composerSelector: ['.compose-form textarea.autosuggest-textarea__textarea'].join(', '),
};
