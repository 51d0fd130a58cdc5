import type { LazyScript } from '@/utils/lazy-scripts';
import { sendMessage } from '@/utils/messaging';

/**
 * A content script is evaluated on every page load of the sites OnBrand supports, so what it carries is paid
 * on each visit, before the user has done anything: its start-up is a cost the page feels. It therefore holds
 * only what a page needs before the user comes to write (finding composers, their badge with an empty count)
 * and asks the background to inject the rest into its own isolated world when it is first needed: the check
 * engine (check-engine.ts), the composer's tools (counting, panel, underlines, saved replies) and the feed's
 * save buttons. Injected scripts share the content script's isolated world, so the page's scripts cannot
 * reach them; each puts what it offers on a global of that world, named here.
 *
 * Each injected script is bundled on its own, so a module they share with the content script is a second
 * copy with its own state: what that state holds is handed over when the script is used.
 */
export const LAZY_GLOBALS: Record<LazyScript, string> = {
  'check-engine': '__onbrandCheckEngine',
  'composer-tools': '__onbrandComposerTools',
  'research-save': '__onbrandResearchSave',
};

type LazyHost = typeof globalThis & Record<string, unknown>;

const loading = new Map<LazyScript, Promise<unknown>>();

/** What the injected script put on its global, once it is loaded in this frame, else undefined. */
export function loadedScript<T>(script: LazyScript): T | undefined {
  return (globalThis as LazyHost)[LAZY_GLOBALS[script]] as T | undefined;
}

/** Puts an injected script's offer on its global (called by the injected script itself). */
export function offerScript<T>(script: LazyScript, offer: T): void {
  (globalThis as LazyHost)[LAZY_GLOBALS[script]] = offer;
}

/** Loads the script once per frame; resolves to undefined when the background could not inject it. */
export function loadScript<T>(script: LazyScript): Promise<T | undefined> {
  const ready = loadedScript<T>(script);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(script) as Promise<T | undefined> | undefined;
  if (!pending) {
    pending = sendMessage('page.loadScript', { script }).then((reply) => {
      // A failed load may be retried by the next caller (the background was restarting).
      if (!reply.ok) loading.delete(script);
      return loadedScript<T>(script);
    });
    loading.set(script, pending);
  }
  return pending;
}
