import type { CheckFailure } from '@/utils/checks/diagnostics';
import { loadedScript, loadScript } from './lazy-script';
import type { checkSurface } from './surface-checks';

/**
 * The check engine (every rule kind, the disclosure law of every market, the privacy detectors) is most of
 * what OnBrand runs in a page, and a page only needs it once the user comes to write. The background injects
 * `check-engine.js` (entrypoints/check-engine.ts) when it is asked (lazy-script.ts): pages without a
 * composer never load it, and the content script stays within its size budget (scripts/bundle-budget.mjs).
 */
export interface CheckEngine {
  checkSurface: typeof checkSurface;
  /** The checks that threw in this frame since the last call (each then counts from zero again). */
  takeCheckFailures(): CheckFailure[];
}

/** The engine once it is loaded, else undefined (the caller shows the count and checks when it arrives). */
export function checkEngine(): CheckEngine | undefined {
  return loadedScript<CheckEngine>('check-engine');
}

/** Loads the engine once per frame; resolves to undefined when the background could not inject it. */
export function loadCheckEngine(): Promise<CheckEngine | undefined> {
  return loadScript<CheckEngine>('check-engine');
}
