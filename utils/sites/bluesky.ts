import { blueskyFeed } from './feeds/bluesky';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// TipTap with a custom clipboardTextParser (social-app TextInput.web.tsx); TipTap sets role=textbox.
export const bluesky: SiteAdapter = {
  ...SITE_META.bluesky,
  surfaces: [{ id: 'post', selector: '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]' }],
  feed: blueskyFeed,
  // The left nav's "Profile" item links to the signed-in account: `href={makeProfileLink(currentAccount)}`, i.e.
  // `/profile/{handle}` (its DID where the handle is invalid), in the `role="navigation"` view (social-app
  // `src/view/shell/desktop/LeftNav.tsx` at 03e0a332, `src/lib/routes/links.ts` at 05f45c81). It is the nav's
  // only profile link; the account switcher above it is a button.
  currentAccount: (page = document) => {
    for (const link of page.querySelectorAll(
      'nav a[href^="/profile/"], [role="navigation"] a[href^="/profile/"]',
    )) {
      const handle = link.getAttribute('href')?.match(/^\/profile\/([^/?#]+)$/)?.[1];
      if (handle) return handle;
    }
    return undefined;
  },
};
