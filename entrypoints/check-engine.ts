import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeCheckFailures } from '@/utils/checks/diagnostics';
import { type CheckEngine, ENGINE_GLOBAL } from '@/utils/features/check-engine';
import { checkSurface } from '@/utils/features/surface-checks';

// Injected by the background into a supported site's frame, in the content script's isolated world, when the
// first composer appears there (utils/features/check-engine.ts says why).
export default defineUnlistedScript(() => {
  const engine: CheckEngine = { checkSurface, takeCheckFailures };
  (globalThis as typeof globalThis & { [ENGINE_GLOBAL]?: CheckEngine })[ENGINE_GLOBAL] = engine;
});
