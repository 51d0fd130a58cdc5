import { mastodonFeed } from './feeds/mastodon';
import { mastodonSignedInAccount } from './mastodon-initial-state';
import { fetchMastodonCountSettings, mastodonCountSettings } from './mastodon-instance-limits';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// A React-controlled textarea (react-textarea-autosize). Any other instance the user adds in the settings
// gets this adapter through a content script registered at runtime (utils/mastodon-instances.ts).
export const mastodon: SiteAdapter = {
  ...SITE_META.mastodon,
  surfaces: [{ id: 'post', selector: '.compose-form textarea.autosuggest-textarea__textarea' }],
  feed: mastodonFeed,
  // The account the server says is signed in, from the state it embeds in the page (mastodon-initial-state.ts).
  currentAccount: mastodonSignedInAccount,
  countSettings: mastodonCountSettings,
  fetchCountSettings: () => fetchMastodonCountSettings(),
  // The content warning: compose_form's `spoiler-input__input`, disabled while the CW is off (then the web
  // composer and the server count only the text).
  countedWith: (composer) => {
    const field = composer.closest('form')?.querySelector('input.spoiler-input__input, #cw-spoiler-input');
    return field instanceof HTMLInputElement && !field.disabled ? field : undefined;
  },
};
