import type { SiteAdapter } from './types';

// Classic share box and legacy comments are Quill; the 2026 "SDUI" share dialog and comments are TipTap.
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
  matches: ['https://www.linkedin.com/*'],
  composerSelector: [
    '.ql-editor[contenteditable="true"]',
    "[componentkey='ShareBox_textEditor'][contenteditable='true']",
    ".ProseMirror[contenteditable='true']",
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]',
  ].join(', '),
};
