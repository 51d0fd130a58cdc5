import { facebookFeed } from './feeds/facebook';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// Lexical everywhere. The same attributes also match Messenger chat boxes, so each surface is scoped: the
// post composer to its dialog, comments to their form. aria-labels are localised, so none is used.
const LEXICAL_TEXTBOX = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export const facebook: SiteAdapter = {
  ...SITE_META.facebook,
  surfaces: [
    { id: 'post', selector: `[role="dialog"] ${LEXICAL_TEXTBOX}` },
    { id: 'comment', selector: `form ${LEXICAL_TEXTBOX}` },
  ],
  feed: facebookFeed,
};
