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
   * it when there is no caret box. The label keeps off `badge`, which also sits beside the composer's edge:
   * on a short draft the fold's line is the badge's line.
   */
  placeAt(caret: DOMRect | null, composer: DOMRect | null, badge: DOMRect | null = null): void {
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
    const fits = (left: number) =>
      left >= 0 &&
      left + width <= window.innerWidth &&
      !(
        badge &&
        left < badge.right &&
        left + width > badge.left &&
        caret.top < badge.bottom &&
        caret.top + height > badge.top
      );
    // Beside the composer's right edge, else past the badge there, else beside its left edge.
    const left = [composer.right + 4, (badge?.right ?? 0) + 4, composer.left - width - 4].find(fits);
    this.label.style.left = `${left ?? Math.max(0, composer.left - width - 4)}px`;
    this.label.style.top = `${caret.top}px`;
  }

  remove(): void {
    this.host.remove();
  }
}
