import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerBadge } from '@/components/overlay/badge';
import { checkDraft, countDraft } from '@/utils/checks';
import { readComposer } from '@/utils/editors/read-composer';
import type { SiteAdapter } from '@/utils/sites/types';
import { watchActiveBrand } from './active-brand';

interface TrackedComposer {
  badge: ComposerBadge;
  observer: MutationObserver;
}

/**
 * Finds the site's composers as they come and go, gives each one a badge, and keeps the badge's count and
 * state current as the user types. Returns a function that stops everything and removes the badges.
 */
export function startComposerChecks(ctx: ContentScriptContext, site: SiteAdapter): () => void {
  const tracked = new Map<Element, TrackedComposer>();
  let scanQueued = false;
  let placeQueued = false;
  // A new brand or rule set re-checks every composer on the page at once.
  const brand = watchActiveBrand(ctx, site, () => {
    for (const [composer, { badge }] of tracked) update(composer, badge);
  });

  const placeAll = () => {
    placeQueued = false;
    for (const [composer, { badge }] of tracked) badge.placeAt(composer);
  };
  const queuePlace = () => {
    if (placeQueued) return;
    placeQueued = true;
    ctx.requestAnimationFrame(placeAll);
  };

  const update = (composer: Element, badge: ComposerBadge) => {
    const text = readComposer(composer);
    badge.show(countDraft(text, site.id), checkDraft(text, { platform: site.id, ...brand.checkOptions() }));
    queuePlace();
  };

  const track = (composer: Element) => {
    const badge = new ComposerBadge();
    document.documentElement.append(badge.host);
    // Editors rewrite their DOM on every keystroke, paste and programmatic insert; watching the DOM catches
    // all of them, where `input` events miss some.
    let updateQueued = false;
    const observer = new MutationObserver(() => {
      if (updateQueued) return;
      updateQueued = true;
      ctx.requestAnimationFrame(() => {
        updateQueued = false;
        if (tracked.has(composer)) update(composer, badge);
      });
    });
    observer.observe(composer, { childList: true, characterData: true, subtree: true });
    // Textareas change their value without DOM mutations.
    if (composer instanceof HTMLTextAreaElement) {
      ctx.addEventListener(composer, 'input', () => update(composer, badge));
    }
    tracked.set(composer, { badge, observer });
    update(composer, badge);
  };

  const untrack = (composer: Element) => {
    const entry = tracked.get(composer);
    if (!entry) return;
    entry.observer.disconnect();
    entry.badge.remove();
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
    brand.stop();
    pageObserver.disconnect();
    for (const composer of [...tracked.keys()]) untrack(composer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
