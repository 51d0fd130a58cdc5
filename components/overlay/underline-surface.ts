import { mapComposerText, rangeAt } from '@/utils/editors/text-map';
import type { PageUnderlines, UnderlineKind } from './highlights';

/** A span of the composer's text to mark, in UTF-16 offsets of the text the findings were made on. */
export interface TextMark {
  start: number;
  end: number;
  kind: UnderlineKind;
}

/** Where a composer's underlines are drawn: the page's highlight registry, or our own mirror for textareas. */
export interface UnderlineSurface {
  /** Marks `text` (the checked text); ignored if the composer no longer holds it. */
  show(text: string, marks: TextMark[]): void;
  /** The viewport box of the character at `offset` of the text as drawn now, for markers beside the text. */
  characterBox(offset: number): DOMRect | null;
  /** Follows the composer after scrolling, resizing or layout changes; hidden while the composer is covered. */
  place(visible?: boolean): void;
  destroy(): void;
}

/** Contenteditable composers: Ranges over the editor's own text nodes in the page's highlight registry. */
export class HighlightSurface implements UnderlineSurface {
  constructor(
    private readonly composer: Element,
    private readonly registry: PageUnderlines,
  ) {}

  show(text: string, marks: TextMark[]): void {
    const map = mapComposerText(this.composer);
    if (map.text !== text) return;
    this.registry.set(
      this,
      marks.map((mark) => ({ kind: mark.kind, range: rangeAt(map, this.composer, mark.start, mark.end) })),
    );
  }

  characterBox(offset: number): DOMRect | null {
    const map = mapComposerText(this.composer);
    if (offset >= map.text.length) return null;
    return rangeAt(map, this.composer, offset, offset + 1).getClientRects()[0] ?? null;
  }

  place(): void {
    // Highlights follow reflow by themselves.
  }

  destroy(): void {
    this.registry.clear(this);
  }
}
