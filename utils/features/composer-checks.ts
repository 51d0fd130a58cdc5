import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageUnderlines } from '@/components/overlay/highlights';
import type { SiteAdapter } from '@/utils/sites/types';
import { ComposerSession } from './composer-session';

interface TrackedComposer {
  session: ComposerSession;
  observer: MutationObserver;
}

/**
 * Finds the site's composers as they come and go, gives each one a badge, and keeps the badge's count and
 * state current as the user types. Returns a function that stops everything and removes the badges.
 */
export function startComposerChecks(ctx: ContentScriptContext, site: SiteAdapter): () => void {
  const tracked = new Map<Element, TrackedComposer>();
  const underlines = new PageUnderlines();
  let scanQueued = false;
  let placeQueued = false;

  const placeAll = () => {
    placeQueued = false;
    for (const { session } of tracked.values()) session.place();
  };
  const queuePlace = () => {
    if (placeQueued) return;
    placeQueued = true;
    ctx.requestAnimationFrame(placeAll);
  };

  const update = (session: ComposerSession) => {
    session.textChanged();
    queuePlace();
  };

  const track = (composer: Element) => {
    const session = new ComposerSession(ctx, composer, site, underlines);
    // Editors rewrite their DOM on every keystroke, paste and programmatic insert; watching the DOM catches
    // all of them, where `input` events miss some.
    let updateQueued = false;
    const observer = new MutationObserver(() => {
      if (updateQueued) return;
      updateQueued = true;
      ctx.requestAnimationFrame(() => {
        updateQueued = false;
        if (tracked.has(composer)) update(session);
      });
    });
    observer.observe(composer, { childList: true, characterData: true, subtree: true });
    // Textareas change their value without DOM mutations.
    if (composer instanceof HTMLTextAreaElement) {
      ctx.addEventListener(composer, 'input', () => update(session));
    }
    tracked.set(composer, { session, observer });
    queuePlace();
  };

  const untrack = (composer: Element) => {
    const entry = tracked.get(composer);
    if (!entry) return;
    entry.observer.disconnect();
    entry.session.destroy();
    tracked.delete(composer);
  };

  const scan = () => {
    scanQueued = false;
    for (const composer of tracked.keys()) if (!composer.isConnected) untrack(composer);
    for (const composer of document.querySelectorAll(site.composerSelector)) {
      if (!tracked.has(composer)) track(composer);
    }
    queuePlace();
  };
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    ctx.requestAnimationFrame(scan);
  };

  // One observer for composers appearing and disappearing; its callback only schedules a scan.
  const pageObserver = new MutationObserver(queueScan);
  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  ctx.addEventListener(window, 'scroll', queuePlace, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', queuePlace, { passive: true });
  scan();

  const stop = () => {
    pageObserver.disconnect();
    for (const composer of [...tracked.keys()]) untrack(composer);
    underlines.dispose();
  };
  ctx.onInvalidated(stop);
  return stop;
}
