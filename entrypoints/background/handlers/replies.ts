import { browser } from 'wxt/browser';
import type { OnBrandDatabase } from '@/utils/db/database';
import { repliesRepository } from '@/utils/db/replies';
import { settingsRepository } from '@/utils/db/settings';
import type { ReplyPickerNotice } from '@/utils/messaging';
import type { Handlers } from '../router';

type RepliesHandlers = Pick<Handlers, 'replies.list' | 'replies.used' | 'replies.pickerEvent'>;

/** Sends a notice to the top frame of a tab, where the site's content script runs. */
export type NoticeTab = (tabId: number, notice: ReplyPickerNotice) => Promise<void>;

const noticeTopFrame: NoticeTab = async (tabId, notice) => {
  await browser.tabs.sendMessage(tabId, notice, { frameId: 0 });
};

export function repliesHandlers(db: OnBrandDatabase, noticeTab: NoticeTab = noticeTopFrame): RepliesHandlers {
  const replies = repliesRepository(db);
  const settings = settingsRepository(db);
  return {
    'replies.list': async ({ platform }, _sender, { site: senderSite }) => {
      // A content script on x.com gets X's replies, not LinkedIn's; extension pages may ask for any.
      if (senderSite && senderSite.id !== platform) {
        throw new Error(`A page on ${senderSite.name} can only list replies for ${senderSite.name}.`);
      }
      const [list, myName] = await Promise.all([replies.forPlatform(platform), settings.read('myName')]);
      return { replies: list, myName };
    },
    'replies.used': async ({ id }) => {
      const reply = await replies.recordUse(id);
      return reply?.lastUsedAt === undefined
        ? null
        : { usageCount: reply.usageCount, lastUsedAt: reply.lastUsedAt };
    },
    'replies.pickerEvent': async (event, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { delivered: false };
      const notice: ReplyPickerNotice =
        event.kind === 'insert'
          ? { type: 'replies.picked', replyId: event.replyId, text: event.text, cursor: event.cursor }
          : { type: 'replies.pickerClosed' };
      try {
        await noticeTab(tabId, notice);
        return { delivered: true };
      } catch {
        // The page navigated away or the content script is gone: nothing left to insert into.
        return { delivered: false };
      }
    },
  };
}
