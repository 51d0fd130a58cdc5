import { browser } from 'wxt/browser';
import type { Handlers } from '../router';

/**
 * Injects one of OnBrand's lazily loaded scripts (utils/lazy-scripts.ts) into the frame of the content script
 * that asks, in its isolated world (utils/features/lazy-script.ts). Only into a supported site's tab, and only
 * a file OnBrand ships, named from a fixed list: the sender chooses nothing but which one and the moment.
 */
export function pageScriptHandlers(): Pick<Handlers, 'page.loadScript'> {
  return {
    'page.loadScript': async ({ script }, sender, { site }) => {
      const tabId = sender.tab?.id;
      if (site === undefined || tabId === undefined)
        throw new Error('Only a supported site’s page loads OnBrand’s page scripts.');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [`/${script}.js`],
      });
      return { loaded: true };
    },
  };
}
