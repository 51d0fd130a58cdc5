import type { EditorKind } from './types';

// A contenteditable no library owns (YouTube's Polymer comment box, TikTok comments): the browser's own
// editing is the editor, so execCommand first; paste for boxes that only listen to paste.
export const plainContentEditable: EditorKind = {
  id: 'contenteditable',
  matches: (element) => element instanceof HTMLElement && element.isContentEditable,
  methods: (browser) => (browser === 'firefox' ? ['execCommand'] : ['execCommand', 'paste']),
};
