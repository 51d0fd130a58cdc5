import { xFeed } from './feeds/x';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  ...SITE_META.x,
  surfaces: [
    {
      // tweetTextarea_0, _1 … : the home composer, reply and quote dialogs and each thread item (CPFT, OpenCLI
      // 2026). Draft.js puts the testid on the contenteditable itself; on mobile web it wraps a <textarea>.
      id: 'post',
      selector:
        '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
    },
  ],
  feed: xFeed,
  // The side bar's profile link points at the signed-in account (Crossposter X adapter, 2026).
  currentAccount: (page = document) =>
    page
      .querySelector('a[data-testid="AppTabBar_Profile_Link"]')
      ?.getAttribute('href')
      ?.match(/^\/([A-Za-z0-9_]{1,15})$/)?.[1],
};
