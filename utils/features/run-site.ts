import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { asTabNotice, sendMessage } from '@/utils/messaging';
import type { SiteAdapter } from '@/utils/sites/types';
import { startComposerChecks } from './composer-checks';
import { startSavePost } from './save-post';
import { startSavedReplies } from './saved-replies';

/**
 * Everything OnBrand does on a site page, driven by that site's adapter. Does nothing while the user has
 * switched OnBrand off for the site, and starts or stops at once when the switch changes.
 */
export async function runSite(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  let stopFeatures: (() => void) | undefined;
  const apply = (enabled: boolean) => {
    if (ctx.isInvalid) return;
    if (enabled && !stopFeatures) {
      const stops = [startComposerChecks(ctx, site), startSavePost(ctx, site), startSavedReplies(ctx, site)];
      stopFeatures = () => {
        for (const stop of stops) stop();
      };
    }
    if (!enabled && stopFeatures) {
      stopFeatures();
      stopFeatures = undefined;
    }
  };

  const onNotice = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const notice = asTabNotice(raw);
    if (notice?.type === 'site.statusChanged' && notice.site === site.id) {
      apply(notice.enabled);
    }
  };
  browser.runtime.onMessage.addListener(onNotice);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));

  const status = await sendMessage('site.status', { site: site.id });
  // If the background can't answer, check anyway: the checks are local and change nothing.
  apply(status.ok ? status.data.enabled : true);
}
