import { SURFACE_LIMITS } from '../checks/packs/surface-limits';
import { youtubeFeed } from './feeds/youtube';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// Comments and community posts: Polymer's light-DOM #contenteditable-root, which turns contenteditable only
// after the placeholder is clicked; mobile web uses a textarea in a bottom sheet.
export const youtube: SiteAdapter = {
  ...SITE_META.youtube,
  surfaces: [
    {
      id: 'comment',
      selector: '#contenteditable-root[contenteditable="true"], textarea.YtmCommentSimpleboxRendererReply',
      // A comment, not a description: the platform's 5,000 is the description's limit.
      limit: SURFACE_LIMITS.youtube.comment.limit,
    },
  ],
  feed: youtubeFeed,
};
