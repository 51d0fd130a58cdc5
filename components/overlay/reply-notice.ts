import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowHost, element } from './shadow-host';

const STYLE = `
  :host { all: initial; position: fixed; z-index: 2147483647; max-width: 420px; }
  .notice { font: 13px/1.4 system-ui, sans-serif; color: #1d2939; background: #fffaeb; border: 1px solid #f79009;
    border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 12px rgb(16 24 40 / 15%); }
`;
const SHOW_MS = 8000;

/**
 * A short message beside a composer about a saved reply that could not go in ("it is on your clipboard").
 * It never quotes the reply, but that the user keeps saved replies is theirs to know: a closed root, and no
 * copy of the message on the host.
 */
export function showReplyNotice(ctx: ContentScriptContext, near: Element, message: string): void {
  for (const old of document.querySelectorAll('onbrand-reply-notice')) old.remove();
  const { host, root } = createShadowHost('onbrand-reply-notice', STYLE);
  host.setAttribute('role', 'status');
  root.append(element('div', 'notice', message));
  const box = near.getBoundingClientRect();
  host.style.left = `${Math.max(8, box.left)}px`;
  host.style.top = `${Math.min(innerHeight - 80, box.bottom + 6)}px`;
  document.documentElement.append(host);
  ctx.setTimeout(() => host.remove(), SHOW_MS);
  ctx.onInvalidated(() => host.remove());
}
