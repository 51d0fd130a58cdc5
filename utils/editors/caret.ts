import { type ComposerTextMap, type DomPoint, mapComposerText, rangeAt } from './text-map';

const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The caret and selection of a composer as text offsets into `readComposer(editor)`, and back: where a saved
 * reply goes and where its `{cursor}` puts the caret. Reading and placing the selection only; text goes in
 * through ./insert.ts.
 */

/** Selections inside a shadow root are only visible through the root in Chromium (sites.md §6). */
function selectionFor(editor: Element): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return root.getSelection?.() ?? editor.ownerDocument.getSelection();
}

/** The text offset of a DOM position inside the composer, or null when it is outside. */
function offsetAt(map: ComposerTextMap, root: Element, point: DomPoint): number | null {
  if (!root.contains(point.node)) return null;
  for (const piece of map.pieces) {
    if (piece.kind === 'text' && piece.node === point.node) {
      // Zero-width characters are in the DOM but not in the text: count only what is left of the caret.
      const clean = piece.raw
        ? piece.raw.slice(0, point.offset).replace(ZERO_WIDTH_ALL, '').length
        : point.offset;
      return Math.min(piece.start + clean, piece.end);
    }
  }
  // A position between elements: the first piece at or after it.
  const caret = root.ownerDocument.createRange();
  caret.setStart(point.node, point.offset);
  for (const piece of map.pieces) {
    if (caret.comparePoint(piece.node, 0) >= 0) return piece.start;
  }
  return map.text.length;
}

/** The selection inside the composer as [start, end] text offsets, or null when it is elsewhere. */
export function caretOffsets(editor: Element): [number, number] | null {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    if (editor.ownerDocument.activeElement !== editor) return null;
    return [editor.selectionStart ?? editor.value.length, editor.selectionEnd ?? editor.value.length];
  }
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const map = mapComposerText(editor);
  const start = offsetAt(map, editor, { node: range.startContainer, offset: range.startOffset });
  const end = offsetAt(map, editor, { node: range.endContainer, offset: range.endOffset });
  return start === null || end === null ? null : [start, end];
}

/** Selects text offsets [start, end) of the composer (a caret when equal); editors read it on `selectionchange`. */
export function selectOffsets(editor: Element, start: number, end: number): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(start, end);
    return;
  }
  const selection = selectionFor(editor);
  if (!selection) return;
  const map = mapComposerText(editor);
  const length = map.text.length;
  selection.removeAllRanges();
  selection.addRange(rangeAt(map, editor, Math.min(start, length), Math.min(end, length)));
}
