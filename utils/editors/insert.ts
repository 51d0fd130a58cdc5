import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { plainContentEditable } from './contenteditable';
import { draftEditor } from './draft';
import { lexicalEditor } from './lexical';
import { type AttemptVerdict, judgeAttempt, type PlannedEdit, planEdit } from './plan';
import { quillEditor } from './quill';
import { readComposer } from './read-composer';
import { mapComposerText, rangeAt } from './text-map';
import { textareaEditor } from './textarea';
import { tiptapEditor } from './tiptap';
import type { BrowserFamily, EditorKind, InsertMethod } from './types';

// Most specific first: a Draft, Lexical, Quill or TipTap root is also a plain contenteditable.
const EDITOR_KINDS: readonly EditorKind[] = [
  textareaEditor,
  draftEditor,
  lexicalEditor,
  quillEditor,
  tiptapEditor,
  plainContentEditable,
];

/** The editor library behind a composer element, told by the element itself; null if it is not editable. */
export function editorKindOf(element: Element): EditorKind | null {
  return EDITOR_KINDS.find((kind) => kind.matches(element)) ?? null;
}

export interface InsertResult {
  /**
   * `done`: the editor holds the expected text. `unchanged`: no method changed it. `wrong`: the editor changed
   * the text but not as asked, and nothing else was tried. `stale`: the draft no longer is the text the edit
   * was planned for. `not-editable`: hidden, disabled, read-only or not an editor.
   */
  status: 'done' | 'unchanged' | 'wrong' | 'stale' | 'not-editable';
  /** The method that changed the text, if one did. */
  method?: InsertMethod;
  /** The composer text afterwards, as read back. */
  text: string;
  /** When the edit could not be verified: whether the wanted text was put on the clipboard instead. */
  copied: boolean;
}

export interface ReplaceOptions {
  /** The content script's context: the waits stop (and nothing more is inserted) when it is invalidated. */
  ctx: ContentScriptContext;
  /** Refuse (status `stale`) unless the composer holds exactly this text, e.g. the text a finding was made on. */
  expectedText?: string;
  /** Defaults to the build's browser. */
  browser?: BrowserFamily;
}

/** Time the editor gets to read the new selection (Lexical and Draft.js read it on `selectionchange`). */
const SELECTION_SETTLE_MS = 50;
/** Time the editor gets to commit an edit before it is judged (Threads shows pasted text late). */
const EDIT_SETTLE_MS = 200;
const READ_BACK_EVERY_MS = 20;

/**
 * Replaces `[start, end)` of the composer's text (UTF-16 offsets into `readComposer(editor)`) with
 * `replacement`, through the editor's own input handling so the site's state and its Post button agree with
 * what is shown. Follows sites.md §4.4: focus, select, wait, insert, read back; try the next method only when
 * the text is unchanged; never insert twice; when it can't be verified, put the text on the clipboard.
 * Inserting (a saved reply) is replacing an empty span: `replaceRange(editor, n, n, text)` puts it at offset n;
 * `replaceRange(editor, 0, readComposer(editor).length, text)` replaces the whole draft.
 */
export async function replaceRange(
  editor: Element,
  start: number,
  end: number,
  replacement: string,
  options: ReplaceOptions,
): Promise<InsertResult> {
  const { ctx } = options;
  const kind = editorKindOf(editor);
  const before = readComposer(editor);
  if (!kind || !isEditable(editor)) return { status: 'not-editable', text: before, copied: false };
  if (options.expectedText !== undefined && options.expectedText !== before) {
    return { status: 'stale', text: before, copied: false };
  }
  const plan = planEdit(before, start, end, replacement, { widenDeletion: kind.id !== 'textarea' });
  if (plan.expected === before) return { status: 'done', text: before, copied: false };

  const browser = options.browser ?? (import.meta.env.FIREFOX ? 'firefox' : 'chromium');
  const methods = kind.methods(browser, {
    multiline: plan.replacement.includes('\n'),
    editorHasText: before.length > 0,
  });
  let verdict: AttemptVerdict = 'unchanged';
  let after = before;
  for (const method of methods) {
    select(editor, plan);
    await sleep(ctx, SELECTION_SETTLE_MS);
    // The page may have re-rendered or the user typed while we waited: never edit a text we did not plan for.
    if (readComposer(editor) !== before)
      return { status: 'stale', text: readComposer(editor), copied: false };
    select(editor, plan);
    runMethod(method, editor, plan, before);
    after = await readBackEdit(ctx, editor, plan.expected);
    verdict = judgeAttempt(before, after, plan.expected);
    if (verdict === 'done') return { status: 'done', method, text: after, copied: false };
    if (verdict === 'wrong') {
      return { status: 'wrong', method, text: after, copied: await copyToClipboard(replacement) };
    }
  }
  return { status: 'unchanged', text: after, copied: await copyToClipboard(replacement) };
}

function isEditable(editor: Element): boolean {
  if (!editor.isConnected) return false;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    if (editor.disabled || editor.readOnly) return false;
  } else if (!(editor instanceof HTMLElement) || !editor.isContentEditable) return false;
  const box = editor.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Focuses the editor and selects the planned span. Never `selectAll`: with focus elsewhere it selects the page. */
function select(editor: Element, plan: PlannedEdit): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.focus();
    editor.setSelectionRange(plan.start, plan.end);
    return;
  }
  if (editor instanceof HTMLElement) editor.focus();
  const selection = selectionFor(editor);
  if (!selection) return;
  const range = rangeAt(mapComposerText(editor), editor, plan.start, plan.end);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selections inside a shadow root are only visible through the root in Chromium (sites.md §6). */
function selectionFor(editor: Element): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return root.getSelection?.() ?? editor.ownerDocument.getSelection();
}

function runMethod(method: InsertMethod, editor: Element, plan: PlannedEdit, before: string): void {
  const text = plan.replacement;
  const doc = editor.ownerDocument;
  switch (method) {
    case 'paste': {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      editor.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return;
    }
    case 'execCommand':
      if (text === '') doc.execCommand('delete');
      else doc.execCommand('insertText', false, text);
      return;
    case 'execCommand-lines': {
      const lines = text.split('\n');
      if (lines[0] === '' && plan.start < plan.end) doc.execCommand('delete');
      lines.forEach((line, index) => {
        if (index > 0) doc.execCommand('insertParagraph');
        if (line !== '') doc.execCommand('insertText', false, line);
      });
      return;
    }
    case 'beforeinput':
      editor.dispatchEvent(
        new InputEvent('beforeinput', {
          inputType: text === '' ? 'deleteContentBackward' : 'insertText',
          data: text === '' ? null : text,
          bubbles: true,
          cancelable: true,
        }),
      );
      return;
    case 'native-setter': {
      if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)) return;
      const prototype =
        editor instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
      setValue?.call(editor, before.slice(0, plan.start) + text + before.slice(plan.end));
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      const caret = plan.start + text.length;
      editor.setSelectionRange(caret, caret);
      return;
    }
  }
}

/**
 * Reads the composer back after an edit: as soon as it holds the expected text (usually the next frame), so
 * the user's next keystroke can't be mistaken for a wrong edit; otherwise once the editor has had its time.
 */
async function readBackEdit(ctx: ContentScriptContext, editor: Element, expected: string): Promise<string> {
  await nextFrame(ctx);
  const started = performance.now();
  let text = readComposer(editor);
  while (text !== expected && performance.now() - started < EDIT_SETTLE_MS) {
    await sleep(ctx, READ_BACK_EVERY_MS);
    text = readComposer(editor);
  }
  return text;
}

export async function copyToClipboard(text: string): Promise<boolean> {
  // A deletion has nothing to copy.
  if (text === '') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No focus or no user activation left: the caller tells the user to copy it by hand.
    return false;
  }
}

function sleep(ctx: ContentScriptContext, ms: number): Promise<void> {
  return new Promise((resolve) => ctx.setTimeout(resolve, ms));
}

function nextFrame(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.requestAnimationFrame(() => resolve()));
}
