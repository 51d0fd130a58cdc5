import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { takeCheckFailures } from '@/utils/checks/diagnostics';
import { startComposerChecks } from '@/utils/features/composer-checks';
import { COMPOSER_TOOLS } from '@/utils/features/composer-tools-offer';
import { featureEnv, listenForNotices } from '@/utils/features/feature';
import { offerScript } from '@/utils/features/lazy-script';
import { checkSurface } from '@/utils/features/surface-checks';
import type { SiteAdapter } from '@/utils/sites/types';
import { x } from '@/utils/sites/x';

/** The welcome page's composer counts and is checked the way X's is: X has the most users of the eleven. */
const PRACTICE_SITE: SiteAdapter = {
  ...x,
  surfaces: [{ id: 'post', selector: 'textarea[data-practice-composer]' }],
  currentAccount: undefined,
};

/**
 * Runs the composer checks that run on the sites (badge, panel, underlines, fixes through the editor) on the
 * welcome page's own textarea. On a site the background injects the check engine and the composer tools into
 * the content script's world; an extension page cannot be injected into and needs no isolation from itself,
 * so it brings both in its own bundle. Returns the function that stops them (to start again after the markets change).
 */
export function startPracticeComposer(): () => void {
  offerScript('check-engine', { checkSurface, takeCheckFailures });
  offerScript('composer-tools', COMPOSER_TOOLS);
  const ctx = new ContentScriptContext('welcome-practice');
  startComposerChecks(featureEnv(ctx, PRACTICE_SITE, ctx.signal, listenForNotices(ctx.signal)));
  return () => ctx.abort();
}
