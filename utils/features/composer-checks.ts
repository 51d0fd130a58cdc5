import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerBadge } from '@/components/overlay/badge';
import type { Finding } from '@/utils/checks';
import { readComposer } from '@/utils/editors/read-composer';
import type { ComposerSurface, SiteAdapter } from '@/utils/sites/types';
import { createRunTimers } from './run-timers';
import { checkSurface, countSurface } from './surface-checks';

/** How long typing must pause before the full checks run; the count updates while typing regardless. */
const TYPING_PAUSE_MS = 120;
/**
 * Deadlines for the idle callbacks that do OnBrand's work. Work in an idle callback is a task of its own,
 * never part of the page's keystroke or rendering tasks, so it can't stretch them into long tasks; the
 * deadlines keep the badge within 300 ms of the last keystroke even on a busy page.
 */
const COUNT_DEADLINE_MS = 150;
/** While typing runs on, the count refreshes at most this often: a reader can't follow it faster. */
const COUNT_INTERVAL_MS = 100;
const CHECK_DEADLINE_MS = 100;

interface TrackedComposer {
  surface: ComposerSurface;
  badge: ComposerBadge;
  observer: MutationObserver;
  findings: Finding[];
  countQueued: boolean;
  countShownAt: number;
  checkTimer: number | undefined;
}

/**
 * Finds the site's composers as they come and go (in the page and in open shadow roots), gives each one a
 * badge at its corner, and keeps the badge's count and state current as the user types. Returns a function
 * that stops everything and removes the badges.
 */
export function startComposerChecks(ctx: ContentScriptContext, site: SiteAdapter): () => void {
  // This run of the checks: the site switch can stop it and start a new one while the content script lives
  // on, so listeners and queued callbacks end with the run, not only with ctx.
  const run = new AbortController();
  const stopWithCtx = ctx.onInvalidated(() => stop());
  const listen = (
    target: EventTarget,
    type: string,
    listener: () => void,
    options: AddEventListenerOptions = {},
  ) => target.addEventListener(type, listener, { ...options, signal: run.signal });
  const later = createRunTimers(run.signal, () => ctx.isValid);
  const tracked = new Map<Element, TrackedComposer>();
  // Open shadow roots seen so far. Closed roots are out of reach by design.
  const shadowRoots = new Set<ShadowRoot>();
  let scanQueued = false;
  let placeQueued = false;

  const placeAll = () => {
    placeQueued = false;
    if (run.signal.aborted) return;
    for (const [composer, { badge }] of tracked) {
      // A composer scrolled out of view keeps its badge out of view too, rather than pinned to the edge.
      if (outOfViewport(composer.getBoundingClientRect())) badge.host.style.display = 'none';
      else badge.placeAt(composer);
    }
  };
  const queuePlace = () => {
    if (placeQueued) return;
    placeQueued = true;
    later.frame(placeAll);
  };

  // While typing: only the count, which is cheap; the findings shown are those of the last pause.
  // The badge's own size change (more digits) re-places it through the resize observer.
  const showCount = (composer: Element, entry: TrackedComposer) => {
    entry.countQueued = false;
    if (tracked.get(composer) !== entry) return;
    entry.countShownAt = performance.now();
    const text = readComposer(composer);
    entry.badge.show(countSurface(text, site.id, entry.surface.limit), entry.findings);
  };

  const runChecks = (composer: Element, entry: TrackedComposer) => {
    if (tracked.get(composer) !== entry) return;
    const text = readComposer(composer);
    entry.findings = checkSurface(text, site.id, entry.surface.limit);
    entry.badge.show(countSurface(text, site.id, entry.surface.limit), entry.findings);
  };

  const onEdit = (composer: Element, entry: TrackedComposer) => {
    if (!entry.countQueued) {
      entry.countQueued = true;
      const wait = Math.max(0, entry.countShownAt + COUNT_INTERVAL_MS - performance.now());
      later.timeout(() => later.idle(() => showCount(composer, entry), COUNT_DEADLINE_MS), wait);
    }
    if (entry.checkTimer !== undefined) later.cancelTimeout(entry.checkTimer);
    entry.checkTimer = later.timeout(() => {
      entry.checkTimer = undefined;
      later.idle(() => runChecks(composer, entry), CHECK_DEADLINE_MS);
    }, TYPING_PAUSE_MS);
  };

  const resizeObserver = new ResizeObserver(queuePlace);

  const track = (composer: Element, surface: ComposerSurface) => {
    const badge = new ComposerBadge();
    // Never inside the editor: editors own their DOM (sites.md §6). A modal <dialog> or an open popover sits
    // in the top layer, above anything in the page, so the badge goes in there with its composer.
    (topLayerAncestor(composer) ?? document.documentElement).append(badge.host);
    // Editors rewrite their DOM on every keystroke, paste and programmatic insert; watching the DOM catches
    // all of them, where `input` events miss some.
    const observer = new MutationObserver(() => onEdit(composer, entry));
    const entry: TrackedComposer = {
      surface,
      badge,
      observer,
      findings: [],
      countQueued: false,
      countShownAt: 0,
      checkTimer: undefined,
    };
    observer.observe(composer, { childList: true, characterData: true, subtree: true });
    // Textareas and inputs change their value without DOM mutations.
    if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
      listen(composer, 'input', () => onEdit(composer, entry));
    }
    resizeObserver.observe(composer);
    resizeObserver.observe(badge.host);
    tracked.set(composer, entry);
    runChecks(composer, entry);
  };

  const untrack = (composer: Element) => {
    const entry = tracked.get(composer);
    if (!entry) return;
    entry.observer.disconnect();
    resizeObserver.unobserve(composer);
    resizeObserver.unobserve(entry.badge.host);
    if (entry.checkTimer !== undefined) later.cancelTimeout(entry.checkTimer);
    entry.badge.remove();
    tracked.delete(composer);
  };

  const scan = () => {
    scanQueued = false;
    if (run.signal.aborted) return;
    for (const [composer, { surface }] of tracked) {
      // A composer can stay in the page but stop being one (YouTube drops contenteditable when it collapses).
      if (!composer.isConnected || !composer.matches(surface.selector)) untrack(composer);
    }
    for (const root of shadowRoots) if (!root.host.isConnected) shadowRoots.delete(root);
    for (const root of [document, ...shadowRoots]) {
      for (const surface of site.surfaces) {
        for (const composer of root.querySelectorAll(surface.selector)) {
          if (!tracked.has(composer)) track(composer, surface);
        }
      }
    }
    queuePlace();
  };
  const queueScan = () => {
    if (scanQueued || run.signal.aborted) return;
    scanQueued = true;
    later.frame(scan);
  };

  // One observer for the page and every open shadow root: composers appearing and disappearing. Typing
  // inside a tracked composer is the composer's own observer's business, so it schedules nothing here.
  const pageObserver = new MutationObserver((records) => {
    let outsideComposers = false;
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) adoptShadowRoots(node);
      if (!outsideComposers && !insideTracked(record.target)) outsideComposers = true;
    }
    if (outsideComposers) queueScan();
  });
  const insideTracked = (node: Node) => {
    for (const composer of tracked.keys()) if (composer.contains(node)) return true;
    return false;
  };
  const adoptShadowRoots = (subtree: Element) => {
    const walker = document.createTreeWalker(subtree, NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = subtree; node; node = walker.nextNode()) {
      const root = (node as Element).shadowRoot;
      if (!root || shadowRoots.has(root)) continue;
      shadowRoots.add(root);
      pageObserver.observe(root, { childList: true, subtree: true });
      for (const child of root.children) adoptShadowRoots(child);
    }
  };

  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  adoptShadowRoots(document.documentElement);
  listen(window, 'scroll', queuePlace, { capture: true, passive: true });
  listen(window, 'resize', queuePlace, { passive: true });
  // Dialogs and popovers slide in: place again once they have arrived.
  listen(window, 'transitionend', queuePlace, { capture: true, passive: true });
  listen(window, 'animationend', queuePlace, { capture: true, passive: true });
  // SPA navigation swaps the page without a load (WXT's own watcher, started by listening through ctx);
  // a focused editor may have been swapped in unseen.
  ctx.addEventListener(window, 'wxt:locationchange', () => queueScan());
  listen(document, 'focusin', queueScan, { capture: true });
  scan();

  function stop() {
    if (run.signal.aborted) return;
    run.abort();
    stopWithCtx();
    pageObserver.disconnect();
    resizeObserver.disconnect();
    for (const composer of [...tracked.keys()]) untrack(composer);
    shadowRoots.clear();
  }
  return stop;
}

function outOfViewport(box: DOMRect): boolean {
  return box.bottom < 0 || box.right < 0 || box.top > window.innerHeight || box.left > window.innerWidth;
}

/** The modal dialog or open popover holding the element, across shadow-root boundaries. */
function topLayerAncestor(element: Element): Element | undefined {
  for (let node: Element | null = element; node; ) {
    const layer = node.closest('dialog:modal, :popover-open');
    if (layer) return layer;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
