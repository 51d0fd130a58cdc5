import { browser } from 'wxt/browser';
import type { Handlers } from '../router';

/** The file WXT builds from entrypoints/check-engine.ts. */
const ENGINE_FILE = '/check-engine.js';

/**
 * Injects the check engine into the frame of the content script that asks (utils/features/check-engine.ts).
 * Only into a supported site's tab, and only the file OnBrand ships: the sender chooses nothing but the moment.
 */
export function checksHandlers(): Pick<Handlers, 'checks.loadEngine'> {
  return {
    'checks.loadEngine': async (_payload, sender, { site }) => {
      const tabId = sender.tab?.id;
      if (site === undefined || tabId === undefined)
        throw new Error('Only a supported site’s page loads the check engine.');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [ENGINE_FILE],
      });
      return { loaded: true };
    },
  };
}
