import type { EditorKind } from './types';

// TipTap / ProseMirror (LinkedIn new UI, Bluesky). execCommand keeps the text exact, empty lines included;
// ProseMirror's default paste drops empty lines, so it is only the fallback.
export const tiptapEditor: EditorKind = {
  id: 'tiptap',
  matches: (element) => element.classList.contains('ProseMirror') || element.classList.contains('tiptap'),
  methods: (browser) => (browser === 'firefox' ? ['execCommand'] : ['execCommand', 'paste']),
};
