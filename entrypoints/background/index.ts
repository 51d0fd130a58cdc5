import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '@/utils/db/database';
import { repliesHandlers } from './handlers/replies';
import { settingsHandlers } from './handlers/settings';
import { createRouter } from './router';

export default defineBackground({
  main() {
    const route = createRouter(
      { ...settingsHandlers(getDatabase()), ...repliesHandlers(getDatabase()) },
      { extensionId: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/') },
    );
    // sendResponse + `return true` is the form every browser (and WXT's fake browser) supports.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void route(message, sender).then(sendResponse);
      return true;
    });

    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install') void browser.runtime.openOptionsPage();
    });
  },
});
