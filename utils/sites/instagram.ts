import { instagramFeed } from './feeds/instagram';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// The new-post caption is a contenteditable in the create dialog (older builds: a textarea); comment boxes
// are React textareas in a form. aria-labels are localised, so only their presence is required.
export const instagram: SiteAdapter = {
  ...SITE_META.instagram,
  surfaces: [
    {
      id: 'caption',
      selector: [
        'div[role="dialog"] div[contenteditable="true"][role="textbox"][aria-label]',
        'div[role="dialog"] textarea[aria-label]:not(form textarea)',
      ].join(', '),
    },
    { id: 'comment', selector: 'form textarea[aria-label]' },
  ],
  feed: instagramFeed,
};
