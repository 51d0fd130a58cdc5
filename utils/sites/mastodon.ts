import { mastodonFeed } from './feeds/mastodon';
import { mastodonCountSettings } from './mastodon-instance-limits';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// A React-controlled textarea (react-textarea-autosize). Any other instance the user adds in the settings
// gets this adapter through a content script registered at runtime (utils/mastodon-instances.ts).
export const mastodon: SiteAdapter = {
  ...SITE_META.mastodon,
  surfaces: [{ id: 'post', selector: '.compose-form textarea.autosuggest-textarea__textarea' }],
  feed: mastodonFeed,
  countSettings: mastodonCountSettings,
};
