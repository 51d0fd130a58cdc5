import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runSite } from '@/utils/features/run-site';
import { x } from '@/utils/sites/x';

/**
 * Everything the content features hold on to in a page, counted live: event listeners on the window and the
 * document (also those ended by an AbortSignal, which never calls removeEventListener), observers observing,
 * runtime.onMessage listeners, pending frames and timeouts.
 */
const live = { listeners: 0, observers: 0, messageListeners: 0, frames: 0 };
/** Live window listeners by event type. */
const onWindow = new Map<string, number>();
const FIRST_MOVE = ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown'];

function countListeners(target: EventTarget): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const registered = new Map<string, () => void>();
  const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}|${registeredId(listener)}`;
  target.addEventListener = (type, listener, options) => {
    const key = keyOf(type, listener, options);
    if (!registered.has(key)) {
      live.listeners++;
      const byType = target === window ? onWindow : undefined;
      byType?.set(type, (byType.get(type) ?? 0) + 1);
      const drop = () => {
        if (!registered.delete(key)) return;
        live.listeners--;
        byType?.set(type, (byType.get(type) ?? 0) - 1);
      };
      registered.set(key, drop);
      const signal = typeof options === 'object' ? options.signal : undefined;
      signal?.addEventListener('abort', drop, { once: true });
      if (typeof options === 'object' && options.once) {
        const wrapped = () => drop();
        add(type, wrapped, { once: true, capture: options.capture });
      }
    }
    add(type, listener, options);
  };
  target.removeEventListener = (type, listener, options) => {
    registered.get(keyOf(type, listener, options))?.();
    remove(type, listener, options);
  };
}
const ids = new WeakMap<object, number>();
let nextId = 0;
function registeredId(listener: unknown): number {
  if (typeof listener !== 'object' && typeof listener !== 'function') return -1;
  const key = listener as object;
  if (!ids.has(key)) ids.set(key, nextId++);
  return ids.get(key) ?? -1;
}

function installPage(): { abort: () => void; ctx: ContentScriptContext } {
  const { window, document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
  const RealObserver = window.MutationObserver;
  class CountedMutationObserver extends RealObserver {
    private observing = false;
    override observe(target: Node, options?: MutationObserverInit) {
      if (!this.observing) live.observers++;
      this.observing = true;
      super.observe(target, options);
    }
    override disconnect() {
      if (this.observing) live.observers--;
      this.observing = false;
      super.disconnect();
    }
  }
  class CountedResizeObserver {
    private observed = new Set<Element>();
    observe(element: Element) {
      if (this.observed.size === 0) live.observers++;
      this.observed.add(element);
    }
    unobserve(element: Element) {
      this.observed.delete(element);
      if (this.observed.size === 0) live.observers--;
    }
    disconnect() {
      if (this.observed.size > 0) live.observers--;
      this.observed.clear();
    }
  }
  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  let frameId = 0;
  const globals: Record<string, unknown> = {
    window,
    document,
    MutationObserver: CountedMutationObserver,
    ResizeObserver: CountedResizeObserver,
    NodeFilter: window.NodeFilter ?? { SHOW_ELEMENT: 1 },
    HTMLTextAreaElement: window.HTMLTextAreaElement,
    HTMLInputElement: window.HTMLInputElement,
    Element: window.Element,
    ShadowRoot: window.ShadowRoot ?? class {},
    // The browser's colour scheme, whose change listeners are counted like every other.
    matchMedia: (media: string) => {
      const list = new EventTarget();
      countListeners(list);
      return Object.assign(list, { media, matches: false });
    },
    requestAnimationFrame: (callback: () => void) => {
      const id = ++frameId;
      live.frames++;
      pending.set(
        id,
        setTimeout(() => {
          pending.delete(id);
          live.frames--;
          callback();
        }, 0),
      );
      return id;
    },
    cancelAnimationFrame: (id: number) => {
      const timer = pending.get(id);
      if (timer === undefined) return;
      clearTimeout(timer);
      pending.delete(id);
      live.frames--;
    },
  };
  // Idle callbacks are frames here: pending work the switch must cancel all the same.
  globals.requestIdleCallback = globals.requestAnimationFrame;
  globals.cancelIdleCallback = globals.cancelAnimationFrame;
  Object.assign(window, { setTimeout, clearTimeout });
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  countListeners(window);
  countListeners(document);
  const life = new AbortController();
  const ctx = {
    signal: life.signal,
    get isValid() {
      return !life.signal.aborted;
    },
    get isInvalid() {
      return life.signal.aborted;
    },
    onInvalidated(callback: () => void) {
      life.signal.addEventListener('abort', callback);
      return () => life.signal.removeEventListener('abort', callback);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler, { signal: life.signal });
    },
  } as unknown as ContentScriptContext;
  return { abort: () => life.abort(), ctx };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const notice = (message: unknown) =>
  fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => {});
const switchX = (enabled: boolean) => notice({ type: 'site.statusChanged', site: 'x', enabled });
const snapshot = () => ({ ...live });

let page: ReturnType<typeof installPage>;
let sent: string[];

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(live, { listeners: 0, observers: 0, messageListeners: 0, frames: 0 });
  onWindow.clear();
  const { onMessage } = fakeBrowser.runtime;
  const add = onMessage.addListener.bind(onMessage);
  const remove = onMessage.removeListener.bind(onMessage);
  onMessage.addListener = (listener) => {
    live.messageListeners++;
    add(listener);
  };
  onMessage.removeListener = (listener) => {
    live.messageListeners--;
    remove(listener);
  };
  sent = [];
  fakeBrowser.runtime.sendMessage = (async (message: { type: string }) => {
    sent.push(message.type);
    // The brand has an account on this site, so the feed's save buttons start at load (research-save.ts).
    if (message.type === 'site.status') return { ok: true, data: { enabled: true, ownHandles: ['acme'] } };
    if (message.type === 'replies.list') return { ok: true, data: { replies: [], myName: '' } };
    return { ok: false, error: 'not in this test' };
  }) as typeof fakeBrowser.runtime.sendMessage;
  page = installPage();
});
afterEach(() => page.abort());

describe('one lifecycle for the content features', () => {
  it('the site switch stops every feature: their listeners, observers and frames go, and come back once', async () => {
    const beforeStart = snapshot();
    await runSite(page.ctx, x);
    await settle();
    // At the page load composer checks wait for the user's first move (trusted input, which this page
    // cannot make): only the save buttons watch the page, as the brand has an account here.
    expect(snapshot().observers).toBe(beforeStart.observers + 1);
    await switchX(false);
    await settle();
    // Switched back on, the user is there: every feature runs at once.
    await switchX(true);
    await settle();
    const running = snapshot();
    // All features are running: composer checks, save buttons and saved replies each listen to the page.
    expect(running.listeners).toBeGreaterThan(beforeStart.listeners + 5);
    // The page observers of composer checks and of save buttons, and composer checks' watch on the site's
    // theme (no composer here to resize-observe).
    expect(running.observers).toBe(beforeStart.observers + 3);
    // One notice dispatcher for every feature.
    expect(running.messageListeners).toBe(1);

    await switchX(false);
    await settle();
    const stopped = snapshot();
    // What is left lives as long as the content script: the dispatcher that hears the switch, the
    // forged-restart guard and the one SPA-navigation listener WXT ties to the context.
    expect(stopped).toEqual({ ...beforeStart, listeners: beforeStart.listeners + 2, messageListeners: 1 });
    expect(document.querySelector('onbrand-save, onbrand-badge')).toBeNull();

    // Switching on and off again does not pile anything up.
    await switchX(true);
    await settle();
    expect(snapshot()).toEqual(running);
    await switchX(false);
    await settle();
    expect(snapshot()).toEqual(stopped);
  });

  it('the user’s first move is waited for once per page, by composer checks and the save buttons together', async () => {
    const statusFor = fakeBrowser.runtime.sendMessage;
    // No brand account on the site: the save buttons too wait for the first move.
    fakeBrowser.runtime.sendMessage = (async (message: { type: string }) =>
      message.type === 'site.status'
        ? { ok: true, data: { enabled: true, ownHandles: [] } }
        : statusFor(message)) as typeof fakeBrowser.runtime.sendMessage;
    await runSite(page.ctx, x);
    await settle();
    expect(Object.fromEntries(FIRST_MOVE.map((type) => [type, onWindow.get(type) ?? 0]))).toEqual(
      Object.fromEntries(FIRST_MOVE.map((type) => [type, 1])),
    );
    // The run ends (switched off): the wait ends with it.
    await switchX(false);
    await settle();
    expect(FIRST_MOVE.map((type) => onWindow.get(type) ?? 0)).toEqual([0, 0, 0, 0, 0]);
  });

  it('the context ending removes everything, run-site’s own listeners too', async () => {
    const beforeStart = snapshot();
    await runSite(page.ctx, x);
    await settle();
    page.abort();
    await settle();
    expect(snapshot()).toEqual({ ...beforeStart, messageListeners: 0 });
  });

  it('a notice reaches the features through the one dispatcher, and none after the switch', async () => {
    await runSite(page.ctx, x);
    await settle();
    // Switched off and on: composer checks run without waiting for a first move.
    await switchX(false);
    await switchX(true);
    await settle();
    await notice({ type: 'brands.changed' });
    await settle();
    const asked = sent.filter((type) => type === 'brand.active').length;
    expect(asked).toBeGreaterThan(0);
    await switchX(false);
    await notice({ type: 'brands.changed' });
    await settle();
    expect(sent.filter((type) => type === 'brand.active').length).toBe(asked);
  });
});
