import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type FeatureEnv, featureEnv, listenForNotices } from '@/utils/features/feature';
import type { SiteAdapter } from '@/utils/sites/types';
import { x } from '@/utils/sites/x';

/**
 * One run of content features outside a page, as run-site starts it: notices come through the same single
 * `runtime.onMessage` listener (fakeBrowser's), and `stop()` ends the run as the site switch does.
 */
export function featureRun(site: SiteAdapter = x): { env: FeatureEnv; stop: () => void } {
  const run = new AbortController();
  const ctx = { isValid: true, isInvalid: false, signal: run.signal } as unknown as ContentScriptContext;
  return { env: featureEnv(ctx, site, run.signal, listenForNotices(run.signal)), stop: () => run.abort() };
}
