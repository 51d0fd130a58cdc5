import { browser } from 'wxt/browser';
import type { TabNotice } from '@/utils/messaging';

/** The manifest's `commands` entry: the user can change its keys on the browser's shortcuts page. */
export const OPEN_FINDINGS_COMMAND = 'open-findings';

/** Sends a notice to the top frame of a tab, where the site's content script runs. */
export type NoticeTopFrame = (tabId: number, notice: TabNotice) => Promise<unknown>;

const noticeTopFrame: NoticeTopFrame = (tabId, notice) =>
  browser.tabs.sendMessage(tabId, notice, { frameId: 0 });

/**
 * The keyboard shortcut opens the findings panel of the composer the user is typing in: the background hears
 * the command (content scripts cannot) and tells the tab. A tab without OnBrand has no listener and rejects;
 * that is expected.
 */
export function onCommand(
  command: string,
  tabId: number | undefined,
  notice = noticeTopFrame,
): Promise<void> {
  if (command !== OPEN_FINDINGS_COMMAND || tabId === undefined) return Promise.resolve();
  return notice(tabId, { type: 'findings.open' }).then(
    () => undefined,
    () => undefined,
  );
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
}
