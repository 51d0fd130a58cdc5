import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '@/utils/db/database';
import { listenForCommands } from './commands';
import { registerResearchContextMenu } from './context-menu';
import { allHandlers } from './handlers';
import { calendarReminders } from './handlers/calendar';
import { followUpReminders } from './handlers/follow-ups';
import { PACK_REFRESH_ALARM, refreshAllPacks, schedulePackRefresh } from './handlers/guidelines';
import { openWelcomePage } from './handlers/markets';
import { isAddedInstanceUrl, watchMastodonInstances } from './handlers/mastodon';
import { replyPickerSessions } from './handlers/reply-picker';
import { announceResearchChanges } from './handlers/research';
import { listenForReviewNotifications, TEAM_SYNC_ALARM, teamSync } from './handlers/team';
import { runContentScriptsInOpenTabs } from './open-tabs';
import { createRouter } from './router';

export default defineBackground({
  main() {
    const pickers = replyPickerSessions(getDatabase());
    const team = teamSync(getDatabase());
    const route = createRouter(allHandlers(getDatabase(), pickers, team), {
      extensionId: browser.runtime.id,
      extensionBaseUrl: browser.runtime.getURL('/'),
      isAddedSiteUrl: isAddedInstanceUrl(getDatabase()),
    });
    // sendResponse + `return true` is the form every browser (and WXT's fake browser) supports.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void route(message, sender).then(sendResponse);
      return true;
    });
    browser.runtime.onConnect.addListener(pickers.connect);

    listenForCommands();
    registerResearchContextMenu(getDatabase());
    announceResearchChanges(getDatabase());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === PACK_REFRESH_ALARM)
        void refreshAllPacks(getDatabase(), (url, init) => fetch(url, init));
      if (alarm.name === TEAM_SYNC_ALARM) void team.resume();
    });
    void schedulePackRefresh();
    calendarReminders(getDatabase()).start();
    followUpReminders(getDatabase()).start();
    watchMastodonInstances(getDatabase());
    listenForReviewNotifications();
    void team.resume();

    runContentScriptsInOpenTabs();
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // A new user first learns what OnBrand checks, where, and for which market's law (entrypoints/welcome).
      if (reason === 'install') void openWelcomePage();
    });
  },
});
