import { PLATFORM_LIMITS } from '@/utils/checks/packs/platform-limits';
import { deepActiveElement } from '@/utils/editors/deep-active-element';
import { sendMessage } from '@/utils/messaging';
import type { ComposerSurface } from '@/utils/sites/types';
import { watchActiveBrand } from './active-brand';
import { checkEngine, loadCheckEngine } from './check-engine';
import type { ComposerSession } from './composer-session';
import { type ComposerTools, loadComposerTools, type PageActions } from './composer-tools';
import { type FeatureEnv, onLocationChange } from './feature';
import { watchSavedPosts } from './saved-posts';
import { type ComposerView, WaitingComposer, type WakeReason } from './waiting-composer';

/** Where the sites switch their theme: classes and attributes on <html> or <body> (docs/sites.md §8.3), or X's body style. */
const THEME_ATTRIBUTES = ['class', 'style', 'dark', 'data-theme', 'data-color-mode'];

/** The session's actions that stay with the content script: the engine it loads once per frame, messaging. */
const PAGE_ACTIONS: PageActions = { engine: checkEngine, loadEngine: loadCheckEngine, send: sendMessage };

interface TrackedComposer {
  surface: ComposerSurface;
  session: ComposerView;
  /** The composer's own edits, and the field that counts with it being switched on or off. */
  observers: MutationObserver[];
}

/**
 * Composer checks start with the user's first move in the page (pointer, wheel, touch, key:
 * `firstUserInput`), or at once when the user switches the site back on. Until then nothing is looked for: a
 * page load, and a tab restored or opened in the background and never looked at, pay nothing for them
 * (bench/startup.pw.ts). The shortcut, whose keys the browser keeps from the page, starts them too and opens
 * its panel. (`navigator.userActivation` is no guide: Chromium reports it for a page the browser itself
 * navigated to.)
 */
export function startComposerChecks(env: FeatureEnv): void {
  const { signal } = env;
  if (!env.atLoad) {
    runComposerChecks(env);
    return;
  }
  let running: ComposerChecks | undefined;
  const start = () => {
    if (!running && !signal.aborted) running = runComposerChecks(env);
    return running;
  };
  void env.atLoad.userArrived.then(start);
  env.onNotice((notice) => {
    if (notice.type === 'findings.open' && !running) start()?.openFindings();
  });
}

interface ComposerChecks {
  /** The findings panel of the composer holding focus, else of the first one the user can see. */
  openFindings(): void;
}

/**
 * Finds the site's composers as they come and go (in the page and in open shadow roots), gives each one a
 * badge at its corner, and keeps the badge's count and state current as the user types. Everything stops and
 * the badges go when `env.signal` aborts.
 */
function runComposerChecks(env: FeatureEnv): ComposerChecks {
  const { ctx, site, signal } = env;
  const listen = (
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options: AddEventListenerOptions = {},
  ) => target.addEventListener(type, listener, { ...options, signal });
  const later = env.timers;
  const tracked = new Map<Element, TrackedComposer>();
  // Open shadow roots seen so far. Closed roots are out of reach by design.
  const shadowRoots = new Set<ShadowRoot>();
  const recheckAll = () => {
    for (const [composer, { session }] of tracked) {
      // The crisis banner is the full session's: a waiting badge wakes to show it.
      if (session instanceof WaitingComposer && brand.crisis()) wake(composer, 'show');
      else session.recheck();
    }
  };
  // A new brand or rule set, or a newly saved research post, re-checks every composer on the page at once.
  const brand = watchActiveBrand(env, recheckAll);
  const library = watchSavedPosts(env, recheckAll);
  let scanQueued = false;
  let placeQueued = false;
  // The server's own limits: from the page when it states them, else from the server's API once it answers,
  // then every composer is counted again.
  let instanceLimits = site.countSettings?.() ?? {};
  if (instanceLimits.limit === undefined && site.fetchCountSettings) {
    void site.fetchCountSettings().then((fetched) => {
      if (signal.aborted || (fetched.limit === undefined && fetched.urlWeight === undefined)) return;
      instanceLimits = { ...fetched, ...instanceLimits };
      recheckAll();
    });
  }

  // Whether each composer is covered (a modal, inert) changes when the page changes, not while its editor
  // grows with typing: the hit test is made again after scrolls, resizes and page changes only.
  const covered = new WeakMap<Element, boolean>();
  let coverStale = true;
  /** Badges whose theme was read: a badge's first placing also gives it the site's theme. */
  const themed = new WeakSet<ComposerView>();
  const placeAll = () => {
    placeQueued = false;
    if (signal.aborted) return;
    // Every box (and a new badge's theme) is read before anything is written: a read after a write makes the
    // browser lay the page out again there and then, inside OnBrand's code.
    const boxes = [...tracked].map(([composer, { session }]) => {
      const box = composer.getBoundingClientRect();
      if (coverStale || !covered.has(composer)) covered.set(composer, isCovered(composer, box));
      const shown = !covered.get(composer);
      return {
        session,
        box: shown ? box : null,
        badge: session.badgeHost.getBoundingClientRect(),
        controls: shown ? controlsAround(composer, box, shadowRoots) : [],
        // On a dark site a badge nobody has woken yet (a Reddit title's) is dark from its first frame.
        theme: themed.has(session) ? undefined : session.readTheme(),
      };
    });
    coverStale = false;
    for (const { session, box, badge, controls, theme } of boxes) {
      if (theme) {
        session.setTheme(theme);
        themed.add(session);
      }
      session.place(box, badge, controls);
    }
  };
  const queuePlace = () => {
    coverStale = true;
    queueGrowth();
  };
  const queueGrowth = () => {
    if (placeQueued) return;
    placeQueued = true;
    later.frame(placeAll);
  };

  // Also places each new composer's badge: its first notice comes after the browser's first layout with the
  // composer in it, so the frame after finds the layout done. Placing in the frame the composer was found in
  // forced the page's whole first layout inside OnBrand's code (5-9 ms of X's start-up in a CPU profile).
  const resizeObserver = new ResizeObserver(queueGrowth);

  const countSettingsOf = (composer: Element, surface: ComposerSurface) => {
    const warning = site.countedWith?.(composer)?.value;
    return {
      ...instanceLimits,
      ...(surface.limit === undefined ? {} : { limit: surface.limit }),
      ...(warning ? { contentWarning: warning } : {}),
    };
  };
  const fullSession = (
    loaded: ComposerTools,
    composer: Element,
    surface: ComposerSurface,
    badge?: WaitingComposer,
  ): ComposerSession =>
    loaded.createSession(ctx, composer, site, {
      actions: PAGE_ACTIONS,
      countSettings: () => countSettingsOf(composer, surface),
      lengthOfField: surface.limit !== undefined,
      timers: later,
      mountIn: topLayerAncestor(composer) ?? document.documentElement,
      checkOptions: () => ({ ...brand.checkOptions(), savedPosts: library.posts() }),
      markets: brand,
      crisis: brand.crisis,
      badge: badge?.handOver(),
    });

  // The composer tools (counting, panel, underlines) load when a composer is first asked for more than its
  // empty badge; then every waiting composer gets its full session, keeping its badge.
  let tools: ComposerTools | undefined;
  const wake = (composer: Element, reason: WakeReason) => {
    void loadComposerTools().then((loaded) => {
      if (!loaded || signal.aborted) return;
      tools = loaded;
      for (const [each, entry] of tracked) {
        if (!(entry.session instanceof WaitingComposer)) continue;
        const session = fullSession(loaded, each, entry.surface, entry.session);
        entry.session = session;
        const box = each.getBoundingClientRect();
        if (!covered.has(each)) covered.set(each, isCovered(each, box));
        const shown = !covered.get(each);
        session.place(
          shown ? box : null,
          session.badgeHost.getBoundingClientRect(),
          shown ? controlsAround(each, box, shadowRoots) : [],
        );
        // A draft the page put there before the user came shows its count now, its findings when they come.
        if (each !== composer) continue;
        if (reason === 'user') session.prepare();
        else if (reason === 'text') session.textChanged();
        else if (reason === 'panel') session.openPanel();
      }
    });
  };

  const track = (composer: Element, surface: ComposerSurface) => {
    // Never inside the editor: editors own their DOM (sites.md §6). A modal <dialog> or an open popover sits
    // in the top layer, above anything in the page, so the badge goes in there with its composer.
    const mountIn = topLayerAncestor(composer) ?? document.documentElement;
    const session: ComposerView = tools
      ? fullSession(tools, composer, surface)
      : new WaitingComposer(
          composer,
          mountIn,
          () => countSettingsOf(composer, surface).limit ?? PLATFORM_LIMITS[site.id].limit,
          (reason) => wake(composer, reason),
        );
    // Editors rewrite their DOM on every keystroke, paste and programmatic insert; watching the DOM catches
    // all of them, where `input` events miss some.
    // Several keystrokes can land in one frame; the count is read once per frame, not once per edit.
    let editQueued = false;
    const edited = () => {
      if (editQueued) return;
      editQueued = true;
      later.frame(() => {
        editQueued = false;
        tracked.get(composer)?.session.textChanged();
      });
    };
    const observer = new MutationObserver(edited);
    observer.observe(composer, { childList: true, characterData: true, subtree: true });
    // Textareas and inputs change their value without DOM mutations.
    if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
      listen(composer, 'input', edited);
    }
    const observers = [observer];
    // Typing in a field that counts with this one (Mastodon's content warning) changes this one's count.
    const form = composer.closest('form');
    if (site.countedWith && form) {
      listen(form, 'input', (event) => {
        if (event.target !== composer && event.target === site.countedWith?.(composer)) edited();
      });
      // Switching that field off or on (Mastodon's CW button) types nothing: the page disables, enables, adds
      // or removes the field, and the count must follow at once rather than at the next keystroke.
      let countedWith = site.countedWith(composer);
      const toggled = new MutationObserver(() => {
        const now = site.countedWith?.(composer);
        if (now === countedWith) return;
        countedWith = now;
        edited();
      });
      toggled.observe(form, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['disabled'],
      });
      observers.push(toggled);
    }
    resizeObserver.observe(composer);
    resizeObserver.observe(session.badgeHost);
    // The badge is next in Tab order after its editor, wherever its host sits in the document. Only the
    // user's own Tab: a page's synthetic one must not learn from dispatchEvent that it was taken.
    listen(composer, 'keydown', (event) => {
      const key = event as KeyboardEvent;
      if (!key.isTrusted || key.key !== 'Tab' || key.shiftKey || key.altKey || key.ctrlKey || key.metaKey)
        return;
      if (key.defaultPrevented || !tracked.get(composer)?.session.focusBadge()) return;
      key.preventDefault();
    });
    tracked.set(composer, { surface, session, observers });
    if (session instanceof WaitingComposer && hasDraft(composer, site.countedWith?.(composer)))
      wake(composer, 'show');
  };

  const untrack = (composer: Element) => {
    const entry = tracked.get(composer);
    if (!entry) return;
    for (const observer of entry.observers) observer.disconnect();
    resizeObserver.unobserve(composer);
    resizeObserver.unobserve(entry.session.badgeHost);
    entry.session.destroy();
    tracked.delete(composer);
  };

  const scan = (first = false) => {
    scanQueued = false;
    if (signal.aborted) return;
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
    // The page changed, so a modal may now cover a composer. On the first scan nothing was placed yet.
    if (!first) queuePlace();
  };
  const queueScan = () => {
    if (scanQueued || signal.aborted) return;
    scanQueued = true;
    later.frame(scan);
  };

  // One observer for the page and every open shadow root: composers appearing and disappearing. Typing
  // inside a tracked composer is the composer's own observer's business, so it schedules nothing here.
  const pageObserver = new MutationObserver((records) => {
    let outsideComposers = false;
    for (const record of records) {
      if (site.shadowRoots)
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
      // OnBrand's own hosts (badge, panel, fold marker) hold no composer, and the badge rewrites its shadow
      // root on every keystroke: watching it made each keystroke a page change, so every frame of typing
      // scanned the page for composers and hit-tested each one for a modal (Facebook, with its post dialog
      // over the comment box, paid most).
      if (!root || shadowRoots.has(root) || isOnBrandHost(node as Element)) continue;
      shadowRoots.add(root);
      pageObserver.observe(root, { childList: true, subtree: true });
      for (const child of root.children) adoptShadowRoots(child);
    }
  };

  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  if (site.shadowRoots) adoptShadowRoots(document.documentElement);

  // The site switched to dark or back (its class, attribute or style on <html>/<body>, or the browser's scheme)
  // while nobody types: every badge and panel follows at once, not at the composer's next check.
  let themeQueued = false;
  const queueTheme = () => {
    if (themeQueued || signal.aborted) return;
    themeQueued = true;
    later.frame(() => {
      themeQueued = false;
      const themes = [...tracked.values()].map(({ session }) => [session, session.readTheme()] as const);
      for (const [session, theme] of themes) session.setTheme(theme);
    });
  };
  const themeObserver = new MutationObserver(queueTheme);
  for (const root of [document.documentElement, document.body])
    if (root) themeObserver.observe(root, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  listen(matchMedia('(prefers-color-scheme: dark)'), 'change', queueTheme);
  listen(window, 'scroll', queuePlace, { capture: true, passive: true });
  listen(window, 'resize', queuePlace, { passive: true });
  // Dialogs and popovers slide in: place again once they have arrived.
  listen(window, 'transitionend', queuePlace, { capture: true, passive: true });
  listen(window, 'animationend', queuePlace, { capture: true, passive: true });
  // SPA navigation swaps the page without a load (WXT's own watcher, started by listening through ctx);
  // a focused editor may have been swapped in unseen.
  onLocationChange(env, queueScan);
  listen(document, 'focusin', queueScan, { capture: true });
  // The "open findings" shortcut, passed on by the background (entrypoints/background/commands.ts): the panel of
  // the composer holding focus, else of the first one the user can see.
  const openFindings = () => {
    const focused = deepActiveElement();
    // Composers found a moment ago are not placed yet: whether the user can see them is read now.
    if ([...tracked.keys()].some((composer) => !covered.has(composer))) placeAll();
    const sessions = [...tracked].filter(([composer]) => covered.get(composer) === false);
    (sessions.find(([composer]) => focused && composer.contains(focused)) ??
      sessions[0])?.[1].session.openPanel();
  };
  env.onNotice((notice) => {
    if (notice.type === 'findings.open') openFindings();
  });
  scan(true);

  signal.addEventListener(
    'abort',
    () => {
      pageObserver.disconnect();
      themeObserver.disconnect();
      resizeObserver.disconnect();
      for (const composer of [...tracked.keys()]) untrack(composer);
      shadowRoots.clear();
    },
    { once: true },
  );
  return { openFindings };
}

/**
 * Whether the composer holds text (or text counted with it), read without the editors' text mapping: any
 * character in its DOM means the count needs the composer tools. Editors' placeholders are drawn outside
 * the editable element or by CSS.
 */
function hasDraft(composer: Element, countedWith: { value: string } | null | undefined): boolean {
  const text =
    composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement
      ? composer.value
      : composer.textContent;
  return (text ?? '') !== '' || (countedWith?.value ?? '') !== '';
}

/** What a site's modal is made of: a dialog, or the layer holding one (the backdrop that dims the page). */
const MODAL = 'dialog,[role="dialog"],[role="alertdialog"],[aria-modal="true"]';

/**
 * Whether the user cannot see or reach the composer: scrolled out of view, hidden (a hidden tab,
 * `visibility`), inert, or under a modal or its backdrop. Tested at the middle of its visible part: what is
 * on top there covers it only when it is (or holds) a dialog the composer is not in, so the editor's own
 * placeholder or a toolbar over its corner never hides the badge.
 */
function isCovered(composer: Element, box: DOMRect): boolean {
  const left = Math.max(0, box.left);
  const right = Math.min(window.innerWidth, box.right);
  const top = Math.max(0, box.top);
  const bottom = Math.min(window.innerHeight, box.bottom);
  if (right <= left || bottom <= top || !composer.checkVisibility({ visibilityProperty: true })) return true;
  for (let node: Node | null = composer; node; node = composedParent(node)) {
    if ((node as HTMLElement).inert) return true;
  }
  const hit = document
    .elementsFromPoint((left + right) / 2, (top + bottom) / 2)
    .find((element) => !isOnBrandHost(element));
  // Up from what is on top to the first element that also holds the composer: the branch over it.
  for (let node: Node | null = hit ?? null; node && !within(node, composer); node = composedParent(node)) {
    if (node instanceof Element && (node.matches(MODAL) || node.querySelector(MODAL))) return true;
  }
  return false;
}

/**
 * The site's own controls: what the badge and the panel must never cover (a Post button, a dialog's close ×,
 * its "Create a post" title), and a link showing a picture: the author's avatar beside the composer (X's), the
 * user's own face they look at while writing.
 */
const CONTROL = 'button,[role="button"],a[href]:has(img)';
const TITLE = 'h1,h2,h3,[role="heading"]';

/**
 * The boxes of the site's controls around a composer: the buttons and titles of the dialog it is in (its
 * header's title and ×, its toolbar, its Post button), or of the page and its open shadow roots when it is in none; not the buttons
 * inside the editor nor one that holds it. Only those within reach of the badge are kept.
 */
function controlsAround(composer: Element, box: DOMRect, shadowRoots: Set<ShadowRoot>): DOMRect[] {
  let dialog: Element | null = null;
  for (let node: Node | null = composer; node && !dialog; node = composedParent(node)) {
    if (node instanceof Element && node !== composer && node.matches(MODAL)) dialog = node;
  }
  const roots: ParentNode[] = [dialog ?? document];
  for (const root of shadowRoots) if (!dialog || within(dialog, root.host)) roots.push(root);
  const reach = 240;
  const found: DOMRect[] = [];
  for (const root of roots) {
    for (const control of root.querySelectorAll(`${CONTROL},${TITLE}`)) {
      if (within(composer, control) || within(control, composer)) continue;
      const rect = control.matches(TITLE) ? textBox(control) : control.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right < box.left - reach || rect.left > box.right + reach) continue;
      if (rect.bottom < box.top - reach || rect.top > box.bottom + reach) continue;
      found.push(rect);
    }
  }
  return found;
}

/** A title's words, not its block: a heading's box spans its row, its text only part of it. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** `node` is `outer` or inside it, across shadow-root boundaries. */
function within(outer: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === outer) return true;
  }
  return false;
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

/** OnBrand's own in-page elements (`<onbrand-badge>`, `<onbrand-panel>` …), never the page's. */
function isOnBrandHost(element: Element): boolean {
  return element.localName.startsWith('onbrand-');
}
