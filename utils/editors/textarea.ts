import type { EditorKind } from './types';

// Textareas and inputs (Mastodon, Instagram comments, X mobile, old Reddit). execCommand keeps the native
// undo stack; the native value setter is what React-controlled fields pick up when execCommand does nothing.
export const textareaEditor: EditorKind = {
  id: 'textarea',
  matches: (element) => element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement,
  methods: () => ['execCommand', 'native-setter'],
};
