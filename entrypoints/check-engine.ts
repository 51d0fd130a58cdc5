import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeCheckFailures } from '@/utils/checks/diagnostics';
import type { CheckEngine } from '@/utils/features/check-engine';
import { offerScript } from '@/utils/features/lazy-script';
import { checkSurface } from '@/utils/features/surface-checks';

// Injected by the background into a supported site's frame, in the content script's isolated world, when the
// user comes to write there (utils/features/lazy-script.ts says why).
export default defineUnlistedScript(() => {
  offerScript<CheckEngine>('check-engine', { checkSurface, takeCheckFailures });
});
