import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  asReplyPickerNotice,
  asTabNotice,
  type ReplyPickerNotice,
  sendMessage,
  type TabNotice,
} from '@/utils/messaging';
import type { SiteAdapter } from '@/utils/sites/types';
import { createRunTimers, type RunTimers } from './run-timers';

/** What the background tells a content script: a setting changed, or the user acted in the reply picker. */
export type Notice = TabNotice | ReplyPickerNotice;

/**
 * What a content feature gets to run with. Everything it adds to the page (listeners, observers, timers,
 * elements) ends when `signal` aborts: the user switched the site off, or the content script's context ended.
 * `onNotice` and `timers` end with it on their own; a feature passes `signal` to `addEventListener` and
 * disconnects its observers in an abort listener.
 */
export interface FeatureEnv {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  signal: AbortSignal;
  timers: RunTimers;
  /** Notices from the background, until `signal` aborts. */
  onNotice(handler: (notice: Notice) => void): void;
  send: typeof sendMessage;
  /** Set when this run started at page load (not after a switch back on). */
  atLoad?: AtLoad;
}

export interface AtLoad {
  /** What `site.status` said. */
  ownHandles: readonly string[];
  /**
   * The user's first move in the page (`firstUserInput`), one wait per run shared by the features that hold
   * back until then (composer checks, the feed's save buttons): five window listeners, not five per feature.
   */
  userArrived: Promise<void>;
}

/** A content feature: starts at once and stops when `env.signal` aborts. */
export type Feature = (env: FeatureEnv) => void;

type Subscribe = (handler: (notice: Notice) => void, until: AbortSignal) => void;

/**
 * The content script's one `runtime.onMessage` listener, until `signal` aborts: each notice is read once and
 * handed to the features that asked for notices. Only OnBrand's own background is listened to.
 */
export function listenForNotices(signal: AbortSignal): Subscribe {
  const handlers = new Set<(notice: Notice) => void>();
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const notice = asTabNotice(raw) ?? asReplyPickerNotice(raw);
    if (!notice) return;
    // A handler may stop a run (the site switch), which unsubscribes others while this loop runs.
    for (const handler of [...handlers]) if (handlers.has(handler)) handler(notice);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(listener);
      handlers.clear();
    },
    { once: true },
  );
  return (handler, until) => {
    if (until.aborted || signal.aborted) return;
    handlers.add(handler);
    until.addEventListener('abort', () => handlers.delete(handler), { once: true });
  };
}

/** The env of one run of the features, ending with `signal`. */
export function featureEnv(
  ctx: ContentScriptContext,
  site: SiteAdapter,
  signal: AbortSignal,
  subscribe: Subscribe,
  atLoad?: FeatureEnv['atLoad'],
): FeatureEnv {
  return {
    ...(atLoad ? { atLoad } : {}),
    ctx,
    site,
    signal,
    timers: createRunTimers(signal, () => ctx.isValid),
    onNotice: (handler) => subscribe(handler, signal),
    send: sendMessage,
  };
}

/** Controllers whose signal aborts with `parent`'s too (a run of the features ends with the content script). */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else {
    const abortChild = () => child.abort();
    parent.addEventListener('abort', abortChild, { once: true });
    child.signal.addEventListener('abort', () => parent.removeEventListener('abort', abortChild), {
      once: true,
    });
  }
  return child;
}

const locationHandlers = new WeakMap<ContentScriptContext, Set<() => void>>();

/**
 * SPA navigation (WXT's location watcher, which only `ctx.addEventListener` starts). WXT binds that listener
 * to the context, not to a run: one per context, shared by the runs, so switching a site off and on does not
 * pile them up.
 */
export function onLocationChange(env: FeatureEnv, handler: () => void): void {
  let handlers = locationHandlers.get(env.ctx);
  if (!handlers) {
    const all = new Set<() => void>();
    handlers = all;
    locationHandlers.set(env.ctx, all);
    env.ctx.addEventListener(window, 'wxt:locationchange', () => {
      for (const each of [...all]) each();
    });
  }
  if (env.signal.aborted) return;
  const registered = handlers;
  registered.add(handler);
  env.signal.addEventListener('abort', () => registered.delete(handler), { once: true });
}

/**
 * What the user does first in a page (a pointer moving or pressing, the wheel, a touch, a key): they are
 * here, reading or writing. Only their own input, never a page's synthetic events. Resolves once, or never
 * when `signal` aborts first.
 */
export function firstUserInput(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const waiting = new AbortController();
    signal.addEventListener('abort', () => waiting.abort(), { once: true, signal: waiting.signal });
    const begin = (event: Event) => {
      if (!event.isTrusted) return;
      waiting.abort();
      resolve();
    };
    for (const type of ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown'])
      window.addEventListener(type, begin, { capture: true, passive: true, signal: waiting.signal });
  });
}
