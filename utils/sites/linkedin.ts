import { SURFACE_LIMITS } from '../checks/packs/surface-limits';
import { linkedinFeed } from './feeds/linkedin';
import { SITE_META } from './meta';
import type { SiteAdapter } from './types';

// Two UIs live at once: the classic share box and legacy comments are Quill; the 2026 "SDUI" share dialog
// (a native <dialog>, replaced by a second one ~0.5 s after opening) and the new comments are TipTap.
export const linkedin: SiteAdapter = {
  ...SITE_META.linkedin,
  shadowRoots: true,
  surfaces: [
    {
      // Comments take 1,250 characters where posts take 3,000.
      id: 'comment',
      selector: [
        '.comments-comment-box__form .ql-editor[contenteditable="true"]',
        '.comments-reply-box__form .ql-editor[contenteditable="true"]',
        '[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
      ].join(', '),
      limit: SURFACE_LIMITS.linkedin.comment.limit,
    },
    {
      id: 'post',
      selector: [
        '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
        '[data-test-ql-editor-contenteditable="true"]',
        "[componentkey='ShareBox_textEditor'][contenteditable='true']",
        "dialog .ProseMirror[contenteditable='true']",
      ].join(', '),
    },
  ],
  feed: linkedinFeed,
};
