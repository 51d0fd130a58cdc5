import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The picker page, an unlisted extension page (entrypoints/reply-picker) web-accessible to the sites only. */
export const REPLY_PICKER_PAGE = '/reply-picker.html';

const WIDTH = 560;
const HEIGHT = 400;
const GAP = 6;

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483647; width: ${WIDTH}px; height: ${HEIGHT}px;
    max-width: calc(100vw - 16px); box-shadow: 0 12px 32px rgb(16 24 40 / 25%); border-radius: 12px; }
  iframe { width: 100%; height: 100%; }
  iframe { border: 0; border-radius: 12px; color-scheme: normal; background: transparent; }
`;

/**
 * The saved-reply picker framed beside a composer. The page's scripts can neither read the replies (the frame
 * is extension-origin) nor find the frame (it sits in a closed shadow root); the user's keys go to the frame.
 */
export class ReplyPickerFrame {
  private readonly host: HTMLElement;
  private readonly stopWatchingInvalidation: () => void;

  constructor(ctx: ContentScriptContext, query: URLSearchParams, near: Element) {
    this.host = document.createElement('onbrand-reply-picker');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    // Plain DOM rather than WXT's createIframeUi: that helper brings mount-watching code (wait-element, defu)
    // into every content script for a frame OnBrand places itself.
    const frame = document.createElement('iframe');
    frame.title = 'OnBrand saved replies';
    // Set before the frame is attached, so it loads once, with its context.
    frame.src = `${browser.runtime.getURL(REPLY_PICKER_PAGE)}?${query}`;
    // The frame's own script focuses its search box; focusing the frame hands it the keyboard.
    frame.addEventListener('load', () => frame.focus(), { once: true });
    root.append(style, frame);
    document.documentElement.append(this.host);
    this.stopWatchingInvalidation = ctx.onInvalidated(() => this.remove());
    this.placeNear(near);
  }

  /** Below the composer when it fits in the viewport, else above it; always on screen. */
  placeNear(composer: Element): void {
    const box = composer.getBoundingClientRect();
    const below = box.bottom + GAP + HEIGHT <= innerHeight;
    const top = below ? box.bottom + GAP : Math.max(8, box.top - GAP - HEIGHT);
    const left = Math.min(Math.max(8, box.left), Math.max(8, innerWidth - WIDTH - 8));
    this.host.style.top = `${top}px`;
    this.host.style.left = `${left}px`;
  }

  contains(node: Node | null): boolean {
    return node === this.host;
  }

  remove(): void {
    this.stopWatchingInvalidation();
    this.host.remove();
  }
}
