import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/utils/i18n';

/** The picker page, an unlisted extension page (entrypoints/reply-picker) web-accessible to the sites only. */
export const REPLY_PICKER_PAGE = '/reply-picker.html';

// Sizes at the picker's base text size (14 px); they grow with the page's text size.
const BASE_FONT = 14;
const WIDTH = 600;
const HEIGHT = 420;
const GAP = 6;

const FRAME_STYLE = `
  iframe { display: block; width: 100%; height: 100%; border: 0; border-radius: 12px; color-scheme: normal;
    background: transparent; }
`;

/**
 * The host's own look, set inline with !important: a page stylesheet cannot hide, shrink, move or dim it
 * (inline important declarations win over every author rule), and a page script that rewrites the style
 * attribute gets it put back.
 */
function hostStyle(visible: boolean, box: { top: number; left: number; width: number; height: number }) {
  const important = (declarations: Record<string, string>) =>
    Object.entries(declarations)
      .map(([property, value]) => `${property}: ${value} !important;`)
      .join(' ');
  return important({
    all: 'initial',
    display: 'block',
    position: 'fixed',
    'z-index': '2147483647',
    top: `${box.top}px`,
    left: `${box.left}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    'max-width': 'calc(100vw - 16px)',
    'max-height': 'calc(100vh - 16px)',
    visibility: visible ? 'visible' : 'hidden',
    // Hidden, it takes no clicks and no room; shown, it is fully opaque and unclipped.
    'pointer-events': visible ? 'auto' : 'none',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'clip-path': 'none',
    'box-shadow': visible ? '0 12px 32px rgb(16 24 40 / 25%)' : 'none',
    'border-radius': '12px',
  });
}

/**
 * The saved-reply picker framed beside a composer. It is framed hidden ahead of use with a one-time token
 * (its data then comes over its own port from the background), so opening it is only showing it; closing
 * hides it rather than removing a frame that may still be handling the key that closed it. The page's
 * scripts can neither read the replies (the frame is extension-origin) nor reach the frame (closed root).
 */
export class ReplyPickerFrame {
  private readonly host: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly restyled: MutationObserver;
  private readonly stopWatchingInvalidation: () => void;
  private visible = false;
  private loaded = false;
  private box = { top: 0, left: 0, width: WIDTH, height: HEIGHT };
  private wanted = '';
  private written = '';

  constructor(
    ctx: ContentScriptContext,
    readonly token: string,
  ) {
    this.host = document.createElement('onbrand-reply-picker');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = FRAME_STYLE;
    // Plain DOM rather than WXT's createIframeUi: that helper brings mount-watching code (wait-element, defu)
    // into every content script for a frame OnBrand places itself.
    this.frame = document.createElement('iframe');
    this.frame.title = t('pickerTitle');
    // The token rides in the fragment: never sent anywhere, and unreadable by the page (closed root,
    // cross-origin frame). Set before the frame is attached, so it loads once.
    this.frame.src = `${browser.runtime.getURL(REPLY_PICKER_PAGE)}#${token}`;
    this.frame.addEventListener(
      'load',
      () => {
        this.loaded = true;
        if (this.visible) this.frame.focus();
      },
      { once: true },
    );
    root.append(style, this.frame);
    this.restyled = new MutationObserver(() => this.applyStyle());
    this.applyStyle();
    document.documentElement.append(this.host);
    this.restyled.observe(this.host, { attributes: true });
    this.stopWatchingInvalidation = ctx.onInvalidated(() => this.remove());
  }

  /** Shows the picker beside `composer`, sized for `fontSize`, and hands it the keyboard. */
  show(composer: Element, fontSize: number): void {
    const scale = fontSize / BASE_FONT;
    const width = Math.min(Math.round(WIDTH * scale), innerWidth - 16);
    const height = Math.min(Math.round(HEIGHT * scale), innerHeight - 16);
    const box = composer.getBoundingClientRect();
    // Below the composer when it fits in the viewport, else above it; always on screen.
    const below = box.bottom + GAP + height <= innerHeight;
    const top = below ? box.bottom + GAP : Math.max(8, box.top - GAP - height);
    const left = Math.min(Math.max(8, box.left), Math.max(8, innerWidth - width - 8));
    this.box = { top, left, width, height };
    this.visible = true;
    this.applyStyle();
    // The frame's own script focuses its search box; focusing the frame hands it the keyboard.
    if (this.loaded) this.frame.focus();
  }

  hide(): void {
    this.visible = false;
    this.applyStyle();
  }

  /** Whether `target` is this picker as the page's document sees it (its host; the frame is in a closed root). */
  holds(target: EventTarget | null): boolean {
    return target === this.host;
  }

  get isConnected(): boolean {
    return this.host.isConnected;
  }

  remove(): void {
    this.stopWatchingInvalidation();
    this.restyled.disconnect();
    this.host.remove();
  }

  private applyStyle(): void {
    const wanted = hostStyle(this.visible, this.box);
    // Through CSSOM, which no page CSP blocks; rewritten only when it differs from what was written last,
    // so the observer that calls this sees our own write once and stops.
    if (wanted !== this.wanted || this.host.style.cssText !== this.written) {
      this.host.style.cssText = wanted;
      this.wanted = wanted;
      this.written = this.host.style.cssText;
    }
    // A class could only bring the page's rules; the inline ones win anyway, but keep the host bare.
    if (this.host.hasAttribute('class')) this.host.removeAttribute('class');
  }
}
