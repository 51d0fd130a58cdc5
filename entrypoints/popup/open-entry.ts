import { browser } from 'wxt/browser';

/** Opens the entry in the dashboard's calendar in a new tab and closes the popup. */
export function openEntryInDashboard(entryId: string): void {
  void browser.tabs.create({
    url: browser.runtime.getURL(`/options.html#/calendar?entry=${encodeURIComponent(entryId)}`),
  });
  window.close();
}
