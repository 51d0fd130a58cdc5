import { createShadowHost, element } from './shadow-host';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483645; pointer-events: none; }
  .marker { position: relative; width: 0; border-left: 2px dashed #667085; }
  .label {
    position: absolute; left: 3px; top: -15px; padding: 0 4px; border-radius: 4px; white-space: nowrap;
    font: 600 10px/14px system-ui, sans-serif; color: #fff; background: #667085;
  }
`;

/**
 * A dashed line with "…more" where the platform's fold falls in the composer, drawn over the page (never
 * inside the editor) at the position of the first character that may be cut.
 */
export class FoldMarker {
  readonly host: HTMLElement;
  private readonly line: HTMLElement;

  constructor() {
    const { host, root } = createShadowHost('onbrand-fold', STYLE, 'open');
    this.host = host;
    this.host.setAttribute('aria-hidden', 'true');
    this.line = element('div', 'marker');
    this.line.append(element('span', 'label', '…more'));
    root.append(this.line);
  }

  /** Shows the marker at a caret box (viewport coordinates), or hides it when there is none. */
  placeAt(caret: DOMRect | null): void {
    if (!caret) {
      this.host.remove();
      return;
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.host.style.left = `${caret.left}px`;
    this.host.style.top = `${caret.top}px`;
    this.line.style.height = `${Math.max(caret.height, 12)}px`;
  }

  remove(): void {
    this.host.remove();
  }
}
