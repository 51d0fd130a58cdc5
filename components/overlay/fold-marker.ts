import { t } from '@/utils/i18n';
import { createShadowHost, element } from './shadow-host';
import { THEME_CSS, type Theme } from './theme';

const STYLE = `${THEME_CSS}
  :host { all: initial; position: fixed; z-index: 2147483645; pointer-events: none; }
  .marker { position: relative; width: 0; border-left: 2px dashed var(--fold); }
  .label {
    position: fixed; padding: 0 4px; border-radius: 4px; white-space: nowrap;
    font: 600 10px/14px system-ui, sans-serif; color: var(--onFold); background: var(--fold);
  }
`;

/**
 * A dashed line where the platform's "…more" fold falls in the composer, drawn over the page (never inside the
 * editor) at the position of the first character that may be cut, and its "…more" label beside the
 * composer's edge on that line, off the text.
 */
export class FoldMarker {
  readonly host: HTMLElement;
  private readonly line = element('div', 'marker');
  private readonly label = element('span', 'label');
  private labelWidth = 0;
  private labelHeight = 0;

  constructor() {
    const { host, root } = createShadowHost('onbrand-fold', STYLE);
    this.host = host;
    this.host.setAttribute('aria-hidden', 'true');
    root.append(this.line, this.label);
  }

  setTheme(theme: Theme): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  /**
   * Shows the marker at a caret box and its label beside the composer's box (viewport coordinates), or hides
   * it when there is no caret box. The label never covers the composer's box, so it covers no character of the
   * draft, and keeps off `badge` (on a short draft the fold's line is the badge's line) and the site's
   * `controls`.
   */
  placeAt(
    caret: DOMRect | null,
    composer: DOMRect | null,
    badge: DOMRect | null = null,
    controls: readonly DOMRect[] = [],
  ): void {
    if (!caret || !composer) {
      this.host.remove();
      return;
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    // Worded when first shown, not when built: a composer's session starts before the page needs a catalogue.
    if (!this.label.textContent) this.label.textContent = t('foldMarkerLabel');
    this.host.style.left = `${caret.left}px`;
    this.host.style.top = `${caret.top}px`;
    this.line.style.height = `${Math.max(caret.height, 12)}px`;
    // Its text never changes: measured once, so placing on each frame reads no layout after writing.
    if (!this.labelWidth)
      [this.labelWidth, this.labelHeight] = [this.label.offsetWidth, this.label.offsetHeight];
    const width = this.labelWidth;
    const height = this.labelHeight;
    const column = Math.max(0, Math.min(window.innerWidth - width, caret.left));
    // On the fold's line beside the composer's right edge, past the badge there, or beside its left edge; where
    // the composer fills the width (a phone), just outside the composer's box at the fold's column, on the side
    // nearer the fold's line.
    const above: [number, number] = [column, composer.top - height - 2];
    const below: [number, number] = [column, composer.bottom + 2];
    const nearerBelow = composer.bottom - caret.bottom < caret.top - composer.top;
    const spots: [number, number][] = [
      [composer.right + 4, caret.top],
      [(badge?.right ?? 0) + 4, caret.top],
      [composer.left - width - 4, caret.top],
      ...(nearerBelow ? [below, above] : [above, below]),
    ];
    const covers = (left: number, top: number, r: DOMRect) =>
      left < r.right && r.left < left + width && top < r.bottom && r.top < top + height;
    const fits = (left: number, top: number, obstacles: readonly DOMRect[]) =>
      left >= 0 &&
      top >= 0 &&
      left + width <= window.innerWidth &&
      top + height <= window.innerHeight &&
      !covers(left, top, composer) &&
      obstacles.every((o) => !covers(left, top, o));
    const around = badge ? [badge, ...controls] : controls;
    // Off the site's controls if it can be, else only off the text and the badge; with no such spot the label
    // is hidden (the dashed line still marks the fold, and the panel names where it falls).
    const spot =
      spots.find(([left, top]) => fits(left, top, around)) ??
      spots.find(([left, top]) => fits(left, top, badge ? [badge] : []));
    this.label.hidden = !spot;
    if (!spot) return;
    this.label.style.left = `${spot[0]}px`;
    this.label.style.top = `${spot[1]}px`;
  }

  remove(): void {
    this.host.remove();
  }
}
