import type { Severity } from '@/utils/checks';

/**
 * What a mark says: a finding's severity, the text below the platform's "…more" fold, or the text a fix
 * just put in (shown for a moment after Apply, so the user sees what changed).
 */
export type UnderlineKind = Severity | 'fold' | 'changed';

/** A span of the composer's text to mark, in UTF-16 offsets of the text the findings were made on. */
export interface TextMark {
  start: number;
  end: number;
  kind: UnderlineKind;
}

/** Where a composer's underlines are drawn: Ranges over the editor's text, or our own mirror for textareas. */
export interface UnderlineSurface {
  /** Marks `text` (the checked text); ignored if the composer no longer holds it. */
  show(text: string, marks: TextMark[]): void;
  /** The viewport box of the character at `offset` of the text as drawn now, for markers beside the text. */
  characterBox(offset: number): DOMRect | null;
  /** Follows the composer after scrolling, resizing or layout changes; hidden while the composer is covered. */
  place(visible?: boolean): void;
  destroy(): void;
}
