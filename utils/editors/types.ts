/** How text gets into an editor (docs/sites.md §4.1). */
export type InsertMethod =
  /** A synthetic ClipboardEvent carrying text/plain: the editor's own paste handler does the edit. */
  | 'paste'
  /** `document.execCommand('insertText')`: a native edit with a trusted `input` event; keeps native undo. */
  | 'execCommand'
  /** execCommand one line at a time with `insertParagraph` between lines (Quill on Firefox). */
  | 'execCommand-lines'
  /** A synthetic `beforeinput` (insertText): only Lexical acts on it, and keeps newlines. */
  | 'beforeinput'
  /** The prototype's value setter plus an `input` event, which React-controlled textareas pick up. */
  | 'native-setter';

export type BrowserFamily = 'chromium' | 'firefox';

export type EditorKindId = 'draft' | 'lexical' | 'quill' | 'tiptap' | 'textarea' | 'contenteditable';

/** What the strategy of an editor depends on, besides the browser. */
export interface InsertSituation {
  /** The text to insert has a line break. */
  multiline: boolean;
  /** The editor held text before the insertion. */
  editorHasText: boolean;
}

/** One editor library as OnBrand drives it: how to recognise its DOM, and which methods to try, in order. */
export interface EditorKind {
  id: EditorKindId;
  matches(element: Element): boolean;
  methods(browser: BrowserFamily, situation: InsertSituation): InsertMethod[];
}
