import type { EditorKind } from './types';

// Quill 1 and 2 (LinkedIn classic). execCommand works in both; Quill 1 ignores synthetic paste, so paste only
// comes second (Quill 2 takes it). Firefox drops newlines from a multi-line execCommand: insert line by line.
export const quillEditor: EditorKind = {
  id: 'quill',
  matches: (element) => element.classList.contains('ql-editor'),
  methods: (browser, { multiline }) => {
    if (browser === 'firefox') return multiline ? ['execCommand-lines'] : ['execCommand'];
    return ['execCommand', 'paste'];
  },
};
