import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setNumberShape, takeSentMessages } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { SiteAdapter } from '@/utils/sites/types';
import { startComposerChecks } from './composer-checks';
import { startSavedRepliesWhenUsed } from './composer-tools';
import { childController, type Feature, featureEnv, firstUserInput, listenForNotices } from './feature';
import { startSavePostWhenFeedShows } from './research-save';

/**
 * What OnBrand does on a site page, one feature a line. Each loads most of its code when it is first needed
 * (lazy-script.ts says why).
 */
export const SITE_FEATURES: Feature[] = [
  startComposerChecks,
  startSavePostWhenFeedShows,
  startSavedRepliesWhenUsed,
];

/**
 * Everything OnBrand does on a site page, driven by that site's adapter. Does nothing while the user has
 * switched OnBrand off for the site, and starts or stops at once when the switch changes.
 */
export function runSite(
  ctx: ContentScriptContext,
  site: SiteAdapter,
  features: Feature[] = SITE_FEATURES,
): Promise<void> {
  const started = startUp(ctx, site, features);
  // Only for measuring and testing: the start-up bench (bench/startup.pw.ts) and the e2e specs
  // (tests/e2e/onbrand-started.ts) read it over DevTools' protocol, because a page where nobody has come to
  // write shows nothing that says OnBrand's start-up is over (no badge, no message the page could see). A
  // global of the content script's isolated world, out of the page's reach; its cost is one promise and one
  // property per page. No other signal tells the end of the start-up: `site.status` is answered before the
  // features start, and the features add nothing to the page until the user's first move.
  (globalThis as Record<string, unknown>).__onbrandStarted = started.then(() => true);
  return started;
}

async function startUp(ctx: ContentScriptContext, site: SiteAdapter, features: Feature[]): Promise<void> {
  ignoreForgedRestarts(ctx);
  const subscribe = listenForNotices(ctx.signal);
  let run: AbortController | undefined;
  const apply = (enabled: boolean, ownHandlesAtLoad?: readonly string[]) => {
    if (ctx.isInvalid) return;
    if (enabled && !run) {
      run = childController(ctx.signal);
      const atLoad = ownHandlesAtLoad && {
        ownHandles: ownHandlesAtLoad,
        userArrived: firstUserInput(run.signal),
      };
      const env = featureEnv(ctx, site, run.signal, subscribe, atLoad);
      for (const start of features) start(env);
    }
    if (!enabled && run) {
      run.abort();
      run = undefined;
    }
  };
  subscribe((notice) => {
    if (notice.type === 'site.statusChanged' && notice.site === site.id) apply(notice.enabled);
  }, ctx.signal);

  const status = await sendMessage('site.status', { site: site.id });
  if (status.ok && status.data.numbers) setNumberShape(status.data.numbers);
  if (status.ok && status.data.messages) takeSentMessages(status.data.messages);
  // If the background can't answer, check anyway: the checks are local and change nothing.
  apply(status.ok ? status.data.enabled : true, status.ok ? status.data.ownHandles : undefined);
}

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event named after the
 * extension id, which is public (store listings show it). Any page script can dispatch that event, so a page
 * could switch OnBrand off silently. A live extension never runs two copies of a script in one page; a copy
 * whose extension was reloaded or removed has lost `runtime.id` and still lets the event through to stop.
 * (The entrypoints also set `noScriptStartedPostMessage`, so the page is not told the name.)
 */
function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  // Marked private in WXT's types, public at run time; the name is WXT's own, whatever its version.
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  const stopForgery = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // Capturing on window runs before WXT's listener on document.
  window.addEventListener(started, stopForgery, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(started, stopForgery, { capture: true }));
}
