import type { EditorKind } from './types';

// Draft.js (X, TikTok caption, Pinterest). On Chromium, execCommand into an empty Draft editor duplicates the
// text and crashes React, and multi-line execCommand corrupts its model; paste is the reliable path. Firefox
// ignores synthetic paste, and execCommand of the whole string works there (sites.md §4.2).
export const draftEditor: EditorKind = {
  id: 'draft',
  matches: (element) =>
    element.classList.contains('public-DraftEditor-content') || element.closest('.DraftEditor-root') !== null,
  methods: (browser, { multiline, editorHasText }) => {
    if (browser === 'firefox') return ['execCommand'];
    return editorHasText && !multiline ? ['paste', 'execCommand'] : ['paste'];
  },
};
