import type { Severity } from '@/utils/checks';

export type UnderlineKind = Severity | 'fold';

/** Highlight names in the page's registry, one per kind, shared by every composer on the page. */
export const HIGHLIGHT_NAMES: Record<UnderlineKind, string> = {
  error: 'onbrand-error',
  warning: 'onbrand-warning',
  info: 'onbrand-info',
  fold: 'onbrand-below-fold',
};

// Only colour, background and text-decoration apply to ::highlight (MDN). The fold mark is a faint dotted line,
// not a tint: a tint reads like a selection. It says "may be hidden", not "wrong".
const HIGHLIGHT_CSS = `
  ::highlight(onbrand-error) { text-decoration: underline wavy #d92d20; text-decoration-skip-ink: none; }
  ::highlight(onbrand-warning) { text-decoration: underline wavy #f79009; text-decoration-skip-ink: none; }
  ::highlight(onbrand-info) { text-decoration: underline dotted #2e90fa; text-decoration-skip-ink: none; }
  ::highlight(onbrand-below-fold) { text-decoration: underline dotted rgb(102 112 133 / 70%); }
`;

export interface Underline {
  range: AbstractRange;
  kind: UnderlineKind;
}

/**
 * Underlines in contenteditable composers through the CSS Custom Highlight API: Ranges over the editor's own
 * text nodes, registered in the page document's highlight registry, styled by a `::highlight()` rule in the
 * page document. Nothing inside the editor changes (sites.md §7). Each composer owns its ranges; the registry
 * holds the union.
 */
export class PageUnderlines {
  private readonly owners = new Map<object, Underline[]>();
  private style: HTMLStyleElement | null = null;

  /** The Highlight API exists here (Chrome 105, Firefox 140, Safari 17.2). */
  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  set(owner: object, underlines: Underline[]): void {
    if (!PageUnderlines.supported()) return;
    if (underlines.length === 0) this.owners.delete(owner);
    else this.owners.set(owner, underlines);
    this.ensureStyle();
    this.publish();
  }

  clear(owner: object): void {
    if (!this.owners.delete(owner)) return;
    this.publish();
  }

  /** Removes every highlight and the style rule (the content script is going away). */
  dispose(): void {
    this.owners.clear();
    this.publish();
    this.style?.remove();
    this.style = null;
  }

  private publish(): void {
    if (!PageUnderlines.supported()) return;
    for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES) as [UnderlineKind, string][]) {
      const ranges = [...this.owners.values()].flat().filter((underline) => underline.kind === kind);
      if (ranges.length === 0) CSS.highlights.delete(name);
      else CSS.highlights.set(name, new Highlight(...ranges.map((underline) => underline.range)));
    }
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    this.style = document.createElement('style');
    this.style.dataset.onbrand = 'highlights';
    // Text set before the element is attached: applied even under `style-src 'none'` (sites.md §6, §7).
    this.style.textContent = HIGHLIGHT_CSS;
    (document.head ?? document.documentElement).append(this.style);
  }
}
