import type { EditorKind } from './types';

// Lexical (Facebook, Threads, Reddit body). Paste and a synthetic beforeinput both go through Lexical's own
// handlers; execCommand drops newlines on Chromium, so it is the last resort there and only for one line.
export const lexicalEditor: EditorKind = {
  id: 'lexical',
  matches: (element) => element.getAttribute('data-lexical-editor') === 'true',
  methods: (browser, { multiline }) => {
    if (browser === 'firefox') return ['beforeinput', 'execCommand'];
    return multiline ? ['paste', 'beforeinput'] : ['paste', 'beforeinput', 'execCommand'];
  },
};
