import type { CheckFailure } from '@/utils/checks/diagnostics';
import { sendMessage } from '@/utils/messaging';
import type { checkSurface } from './surface-checks';

/**
 * The check engine (every rule kind, the disclosure law of every market, the privacy detectors) is most of
 * what OnBrand runs in a page, and a page only needs it once a composer is there. So the content script
 * carries the live count and the overlay, and asks the background to inject `check-engine.js`
 * (entrypoints/check-engine.ts) into its own isolated world when the first composer shows up: pages without
 * a composer never load it, and the content script stays within its size budget (scripts/bundle-budget.mjs).
 * Injected scripts share the content script's isolated world, so the page's scripts cannot reach it.
 */
export interface CheckEngine {
  checkSurface: typeof checkSurface;
  /** The checks that threw in this frame since the last call (each then counts from zero again). */
  takeCheckFailures(): CheckFailure[];
}

/** Where the injected engine puts itself in the isolated world. */
export const ENGINE_GLOBAL = '__onbrandCheckEngine';

type EngineHost = typeof globalThis & { [ENGINE_GLOBAL]?: CheckEngine };

let loading: Promise<CheckEngine | undefined> | undefined;

/** The engine once it is loaded, else undefined (the caller shows the count and checks when it arrives). */
export function checkEngine(): CheckEngine | undefined {
  return (globalThis as EngineHost)[ENGINE_GLOBAL];
}

/** Loads the engine once per frame; resolves to undefined when the background could not inject it. */
export function loadCheckEngine(): Promise<CheckEngine | undefined> {
  if (checkEngine()) return Promise.resolve(checkEngine());
  loading ??= sendMessage('checks.loadEngine', {}).then((reply) => {
    // A failed load may be retried by the next composer (the background was restarting).
    if (!reply.ok) loading = undefined;
    return checkEngine();
  });
  return loading;
}
